"""The clean form of a text (``pipeline.lang.tr.form``): what the stages read, and record
offsets that still point into the text as given."""

import unicodedata

import pytest

import pipeline
from pipeline.lang.tr.form import _FORM, _form_matches, normalize_form


@pytest.mark.parametrize(
    "given, clean",
    [
        ("Ankara’da\r\nİzmir’de", "Ankara'da\nİzmir'de"),
        ("Ankaraʼda\u2028İzmir′de", "Ankara'da\nİzmir'de"),
        ("Selin\u00a0Aydoğan\tgeldi", "Selin Aydoğan geldi"),
        ("iki  boşluk   burada", "iki boşluk burada"),
        ("Cumhur\u00adbaşkanı Erdo\u200bğan", "Cumhurbaşkanı Erdoğan"),
        ("Almanya&#39;ya &quot;resmi&quot; ziyaret &amp; görüşme", "Almanya'ya \"resmi\" ziyaret & görüşme"),
        ("gece&nbsp;yarısı", "gece yarısı"),
        (unicodedata.normalize("NFD", "İŞBİRLİĞİ görüşmesi"), "İŞBİRLİĞİ görüşmesi"),
        ("İSTANBUL ZİRVESİ".lower(), "istanbul zirvesi"),  # Python's lower(): i + U+0307 for İ
        ("bı\u0307r gün sonra", "bir gün sonra"),
        ("‘Kartal’ tatbikatı", "‘Kartal’ tatbikatı"),  # quotation marks, not suffixes: kept
        ("AT&T ve &bilinmeyen; işaret", "AT&T ve &bilinmeyen; işaret"),
        # an apostrophe doubled by a database's escape: one suffix's apostrophe
        ("Konya''da 2019''dan beri", "Konya'da 2019'dan beri"),
        ("''Söz'' dedi", "''Söz'' dedi"),  # two quotation marks around a word: kept
    ],
)
def test_clean_form_writes_dump_characters_the_clean_way(given, clean):
    assert normalize_form(given)[0] == clean


def test_a_clean_text_is_its_own_form_without_a_map():
    text = "Dışişleri Bakanı Selin Aydoğan'ın Berlin ziyareti yarın başlayacak."
    assert normalize_form(text) == (text, None)


@pytest.mark.parametrize(
    "given, word",
    [
        ("Vali&#39;nin Cumhur\u00adbaşkanı ile görüşmesi", "Cumhur\u00adbaşkanı"),
        ("satır\r\nsatır\r\nCumhurbaşkanı geldi", "Cumhurbaşkanı"),
        ("\u200bCumhurbaşkanı\u200b geldi", "Cumhurbaşkanı"),
    ],
)
def test_form_map_takes_a_words_span_back_to_the_given_text(given, word):
    clean, form = normalize_form(given)
    start = clean.index("Cumhurbaşkanı")
    end = start + len("Cumhurbaşkanı")
    assert given[form.start(start) : form.end(end)] == word
    assert form.to_copy(form.start(start)) == start


@pytest.mark.parametrize(
    "text",
    [
        "Dışişleri Bakanı Selin Aydoğan’ın Almanya’ya gideceği açıklandı.",
        "Dışişleri\u00a0Bakanı Selin\u00a0Aydoğan'ın Almanya'ya gideceği açıklandı.",
        "Dışişleri Bakanı Selin Aydoğan&#39;ın Almanya&#39;ya gideceği açıklandı.",
        "Dışişleri Bakanı Selin Ay\u00addoğan'ın Al\u200bmanya'ya\r\ngideceği açıklandı.",
        unicodedata.normalize("NFD", "Dışişleri Bakanı Selin Aydoğan'ın Almanya'ya gideceği açıklandı."),
    ],
    ids=["curly", "nbsp", "entities", "invisible-crlf", "nfd"],
)
def test_a_minister_and_a_country_are_read_in_any_form(text):
    record = pipeline.extract(text)
    people = [e for e in record.entities if e.type == "PERSON"]
    assert [(p.name, [t.title for t in p.titles]) for p in people] == [("Selin Aydoğan", ["Dışişleri Bakanı"])]
    assert [e.iso2 for e in record.entities if e.type == "COUNTRY"] == ["DE"]
    for entity in record.entities:
        for mention in entity.mentions:
            assert text[mention.start : mention.end] == mention.text


def test_money_offsets_point_into_the_given_text():
    text = "Anlaşma&nbsp;kapsamında yaklaşık 2\u00a0milyar dolarlık yatırım yapılacak."
    [money] = pipeline.extract(text).money
    assert (money.amount, money.currency, money.approximate) == (2_000_000_000, "USD", True)
    assert text[money.start : money.end] == money.text


@pytest.mark.parametrize(
    "given, clean",
    [
        ("iki \u00a0boşluk", "iki boşluk"),  # the run starts at the plain space before the trigger
        ("S\u0327ener ile Gu\u0308l", "Şener ile Gül"),  # the letter before the combining mark
        ("Ankara’da&amp;&quot;", "Ankara'da&\""),  # a match right where the last one ended
        ("Bursa''ya ''iki'' kez", "Bursa'ya ''iki'' kez"),  # a doubled apostrophe: two characters
        ("düz bir cümle", "düz bir cümle"),
    ],
)
def test_the_scan_from_trigger_characters_finds_what_the_pattern_finds(given, clean):
    assert [m.span() for m in _form_matches(given)] == [m.span() for m in _FORM.finditer(given)]
    assert normalize_form(given)[0] == clean


def test_a_year_with_a_doubled_apostrophe_is_a_date_at_its_given_offsets():
    text = "Kredinin geri ödemesi 2027''de başlayacak."
    [date] = pipeline.extract(text).dates
    assert (date.value, date.text) == ("2027", "2027''de")
    assert text[date.start : date.end] == date.text
