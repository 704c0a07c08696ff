"""The language layer's reading of text typed without Turkish letters (``pipeline.lang.tr.dotless``,
``pipeline.lang.tr.plain_letters``): how a text is recognized, and each word read back. The
vocabulary and the texts are written for these tests."""

import pytest

from pipeline.lang.tr.dotless import ASCII_TWINS, DOTLESS_TWINS, DotlessReader, plain_twins

VOCABULARY = ["toplantı", "Dışişleri Bakanı", "Bakanlık", "Demir", "yıl başı", "sırasında", "on", "ön",
              "Tıp Merkezi", "tip", "A.Ş.", "Nisan"]
NAMES = ["Aslı", "Gore", "Nişan"]
READER = DotlessReader(VOCABULARY, NAMES)


def typed(words: str, count: int = 40) -> str:
    """A text long enough to tell how it was typed: filler words, then ``words``."""
    return " ".join(["ve"] * count) + " " + words


@pytest.mark.parametrize(
    "text, twins",
    [
        (typed("toplantida bütçe görüsüldü, ücret ödendi"), DOTLESS_TWINS),  # ç, ö, ü kept: ı, ş, ğ missing
        (typed("toplantida butce gorusuldu"), ASCII_TWINS),  # no Turkish letter at all
        (typed("Kaynak: İHA toplantida butce gorusuldu"), ASCII_TWINS),  # a stray word with its letters
        (typed("toplantıda bütçe görüşüldü ışık şarkı ağaç"), None),  # written with its letters
        (typed("toplantida", count=5), None),  # too short to tell
    ],
)
def test_how_a_text_was_typed(text, twins):
    assert plain_twins(text) == twins


@pytest.mark.parametrize(
    "word, twins, restored",
    [
        ("toplantida", DOTLESS_TWINS, "toplantıda"),  # a known word, its suffix by harmony
        ("Disisleri", DOTLESS_TWINS, "Dışişleri"),  # a word of a known phrase
        ("Bakanligina", DOTLESS_TWINS, "Bakanlığına"),  # the known stem softened before a vowel
        ("sira", DOTLESS_TWINS, "sıra"),  # the stem of a known word
        ("Demirbasi", DOTLESS_TWINS, "Demirbaşı"),  # a compound: the second word brings its ş
        ("artirilmasi", DOTLESS_TWINS, "artırılması"),  # unknown: an i before back vowels is ı
        ("valilikler", DOTLESS_TWINS, "valilikler"),  # the suffix vowel after it is front
        ("alanindaki", DOTLESS_TWINS, "alanındaki"),  # the -ki of -DAki stays
        ("yapilacagini", DOTLESS_TWINS, "yapılacağını"),  # a g after a vowel is ğ
        ("geliyor", DOTLESS_TWINS, "geliyor"),  # -yor takes no part in the i's harmony
        ("Istanbul", DOTLESS_TWINS, "Istanbul"),  # a capitalized word no list knows stays as typed
        ("Asli", DOTLESS_TWINS, "Aslı"),  # a capitalized word from the name lists
        ("gore", ASCII_TWINS, "göre"),  # a surname in the lists does not spell a lower-case word
        ("Nisan", DOTLESS_TWINS, "Nisan"),  # the lexicon's month before the name list's Nişan
        ("on", ASCII_TWINS, "on"),  # of two known spellings, the one turning fewer letters
        ("ulkeler", ASCII_TWINS, "ülkeler"),  # ASCII: a first u before an e is ü
        ("sonuc", ASCII_TWINS, "sonuç"),  # ASCII: a c at the end is ç
        ("BAKANLIGI", DOTLESS_TWINS, "BAKANLIĞI"),  # capitals: I is ı or İ as the word has it
    ],
)
def test_word_restored(word, twins, restored):
    assert READER.restore_word(word, twins) == restored


@pytest.mark.parametrize(
    "words, restored",
    [
        ("Tip Merkezi", "Tıp Merkezi"),  # "tip" alone is a word too: the phrase tells
        ("Tip Merkezinde", "Tıp Merkezinde"),  # the phrase's last word goes on with endings
        ("Kale A.S oldu", "Kale A.Ş oldu"),  # a one-letter word read in its phrase
        ("Kaya'nin", "Kaya'nın"),  # the suffix after an apostrophe follows the name's vowels
    ],
)
def test_words_restored_in_their_text(words, restored):
    text = typed(words)
    copy = READER.restore(text)
    assert len(copy) == len(text)
    assert copy.endswith(restored)


def test_a_text_with_its_letters_has_no_reading_copy():
    assert READER.restore(typed("toplantıda Dışişleri Bakanı ışık şarkı ağaç")) is None
