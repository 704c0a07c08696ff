"""The language layer's reading of lines written in capitals (``pipeline.lang.tr.capitals``):
which lines are read so, and the case each word of them is given. The vocabulary and the texts
are written for these tests."""

import pytest

from pipeline.lang.tr.capitals import CapitalsReader, capital_lines, cased, cased_as, without_capital_lines

VOCABULARY = ["Dışişleri Bakanı", "Kültür Bakanlığı", "NATO", "ve", "ile", "bir", "görüşme", "toplantı",
              "bin", "Kuzey Mobilya", "fuar"]
NAMES = ["Ayşe", "Kemal", "Bin"]
OPENERS = ["Hangi"]
TRADE_WORDS = ["Mobilya"]
READER = CapitalsReader(VOCABULARY, NAMES, OPENERS, TRADE_WORDS)


@pytest.mark.parametrize(
    "word, case, written",
    [
        ("İSTANBUL", "lower", "istanbul"),  # dotted capital İ -> i
        ("IRMAK", "title", "Irmak"),  # dotless capital I -> ı
        ("KIYI", "lower", "kıyı"),
        ("ışık", "upper", "IŞIK"),
    ],
)
def test_a_word_is_cased_letter_for_letter(word, case, written):
    assert cased(word, case) == written


@pytest.mark.parametrize(
    "text, lines",
    [
        ("BAKAN AYŞE KAYA TOPLANTIYA KATILDI\nBakan Ayşe Kaya dün konuştu.", [(0, 34)]),
        ("ANKARA (AA) - Bakan Kaya dün konuştu.", []),  # a dateline: the line goes on in lower case
        ("NATO AB\nBakan dün konuştu.", []),  # two acronyms are no headline
    ],
)
def test_which_lines_are_in_capitals(text, lines):
    assert capital_lines(text) == lines


def test_a_text_without_a_line_in_capitals_is_not_copied():
    assert READER.restore("Bakan Ayşe Kaya dün Ankara'da konuştu.") is None


@pytest.mark.parametrize(
    "headline, body, read",
    [
        # the article's own words: the name, the acronym, the verb as the body writes them
        ("BAKAN SELİN ORAL, KFOR KOMUTANI İLE GÖRÜŞTÜ", "Dün Selin Oral, KFOR komutanı ile görüştü.",
         "Bakan Selin Oral, KFOR komutanı ile görüştü"),
        # a phrase of the vocabulary keeps its capitals; a suffix after an apostrophe is lower case
        ("DIŞİŞLERİ BAKANI ORAL'DAN NATO AÇIKLAMASI", "Açıklama dün yapıldı.",
         "Dışişleri Bakanı Oral'dan NATO açıklaması"),
        # a run of words the body writes as a name wins over the body's common noun
        ("KENT KÜLTÜR MERKEZİ AÇILDI", "Kent Kültür Merkezi dün açıldı. Kültür ve kent üzerine konuşuldu.",
         "Kent Kültür Merkezi açıldı"),
        # the words an acronym in brackets spells are a name; an unknown short word is an acronym
        ("GENÇLİK SANAT VAKFI (GSV) TBMM'DE", "Vakıf dün sanat üzerine konuştu.",
         "Gençlik Sanat Vakfı (GSV) TBMM'de"),
        # a line of names alone: names the lists lack are capitalized too
        ("KEMAL DURUKAN SEVİNDİK", "Toplantı dün yapıldı.", "Kemal Durukan Sevindik"),
        # a list's common words: a sentence opener, a trade word, a lexicon's word before a name
        ("FUARDA HANGİ MOBİLYA SATILDI", "Fuar dün açıldı.", "Fuarda hangi mobilya satıldı"),
        ("AYŞE'YE BİN TEŞEKKÜR", "Teşekkür edildi.", "Ayşe'ye bin teşekkür"),
        # a word capitalized only inside a name, and written alone in lower case, is lower case
        ("ÜLKEDE TEKSTİL SEKTÖRÜ BÜYÜYOR", "Kaya Tekstil dün açıklandı. Bölgede tekstil üretimi arttı.",
         "Ülkede tekstil sektörü büyüyor"),
        # the first word after a colon or a quote opens a sentence
        ("AYŞE: \"GÖRÜŞME YARIN\"", "Görüşme yarın.", "Ayşe: \"Görüşme yarın\""),
    ],
)
def test_a_line_in_capitals_is_read_as_running_text_cases_it(headline, body, read):
    restored = READER.restore(headline + "\n" + body)
    assert restored == read + "\n" + body


def test_a_line_in_capitals_says_nothing_of_how_the_text_was_typed():
    text = "TOPLANTİSİ YAPİLDİ BUGÜN\ntoplanti yapildi."
    assert without_capital_lines(text) == " " * 24 + "\ntoplanti yapildi."


def test_a_text_typed_without_turkish_letters_takes_the_case_of_its_reading_copy():
    # typed: plain "I" for both i and ı; the reading copy has the letters back and the case
    assert cased_as("SEVI UGURLU GELDI\nmetin", "Sevi Uğurlu geldi\nmetin") == "Sevi Ugurlu geldi\nmetin"
