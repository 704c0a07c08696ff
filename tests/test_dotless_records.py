"""Records of texts typed without Turkish letters: the stages read a copy with the letters put
back (``pipeline.document``), the record quotes the text as typed. The report is invented for
these tests, written correctly, without ı, ş, ğ, and fully in ASCII."""

import pytest

import pipeline
from pipeline.extensions import doc_text, doc_typed_text

WRITTEN = (
    "Dışişleri Bakanı Hakan Fidan, dün Ankara'da İtalya Dışişleri Bakanı ile görüştü. Görüşmede iki "
    "ülke arasındaki ticaretin artırılması ve göç konuları ele alındı. Bakan Fidan, Kosova Barış Gücü "
    "içindeki Türk askerlerinin görevini de anlattı. Toplantıya Millî Eğitim Bakanlığı temsilcileri ve "
    "bilirkişi Tekin Sağırlar da katıldı. Yaklaşık 3 milyon avroluk yardım paketi 15 Şubat 2024 "
    "tarihinde imzalanacak."
)
DOTLESS = (
    "Disisleri Bakani Hakan Fidan, dün Ankara'da Italya Disisleri Bakani ile görüstü. Görüsmede iki "
    "ülke arasindaki ticaretin artirilmasi ve göç konulari ele alindi. Bakan Fidan, Kosova Baris Gücü "
    "içindeki Türk askerlerinin görevini de anlatti. Toplantiya Millî Egitim Bakanligi temsilcileri ve "
    "bilirkisi Tekin Sagirlar da katildi. Yaklasik 3 milyon avroluk yardim paketi 15 Subat 2024 "
    "tarihinde imzalanacak."
)
ASCII = (
    "Disisleri Bakani Hakan Fidan, dun Ankara'da Italya Disisleri Bakani ile gorustu. Gorusmede iki "
    "ulke arasindaki ticaretin artirilmasi ve goc konulari ele alindi. Bakan Fidan, Kosova Baris Gucu "
    "icindeki Turk askerlerinin gorevini de anlatti. Toplantiya Milli Egitim Bakanligi temsilcileri ve "
    "bilirkisi Tekin Sagirlar da katildi. Yaklasik 3 milyon avroluk yardim paketi 15 Subat 2024 "
    "tarihinde imzalanacak."
)
TYPED = [DOTLESS, ASCII]


def record(text: str):
    return pipeline.extract(text, published="2024-02-01")


def names(text: str, entity_type: str) -> list[str]:
    return [e.name for e in record(text).entities if e.type == entity_type]


@pytest.mark.parametrize("text", TYPED)
def test_an_office_is_read_with_its_letters_back(text):
    (fidan,) = [e for e in record(text).entities if e.name == "Hakan Fidan"]
    assert [(t.role, t.portfolio) for t in fidan.titles] == [("minister", "foreign_affairs")]


@pytest.mark.parametrize("text", TYPED)
def test_a_person_and_an_office_are_named_as_typed(text):
    people = {e.name: [t.title for t in e.titles] for e in record(text).entities if e.type == "PERSON"}
    assert people == {"Hakan Fidan": ["Disisleri Bakani"], "Tekin Sagirlar": ["bilirkisi"]}


@pytest.mark.parametrize("text", TYPED)
def test_mentions_quote_the_text_as_typed(text):
    mentions = [m for e in record(text).entities for m in e.mentions]
    assert mentions and all(m.text == text[m.start : m.end] for m in mentions)
    assert "Italya" in [m.text for m in mentions]


@pytest.mark.parametrize("text", TYPED)
def test_countries_get_their_codes(text):
    assert [e.iso2 for e in record(text).entities if e.type == "COUNTRY"] == ["IT", "XK"]


@pytest.mark.parametrize(
    "text, expected", [(DOTLESS, "Millî Eğitim Bakanlığı"), (ASCII, "Milli Eğitim Bakanlığı")]
)
def test_an_organization_gets_its_name_with_turkish_letters(text, expected):
    # with or without the circumflex, as the text writes it
    assert names(text, "ORGANIZATION") == [expected]


@pytest.mark.parametrize("text", TYPED)
def test_a_mission_is_found(text):
    assert names(text, "MISSION") == ["NATO Kosova Gücü"]


def test_a_hedge_typed_in_ascii_makes_the_amount_approximate():
    (amount,) = record(ASCII).money
    assert (amount.text, amount.amount, amount.currency, amount.approximate) == ("Yaklasik 3 milyon avroluk", 3000000, "EUR", True)


def test_dates_typed_in_ascii_are_resolved():
    assert [(d.text, d.value) for d in record(ASCII).dates] == [("dun", "2024-01-31"), ("15 Subat 2024", "2024-02-15")]


def test_topics_typed_in_ascii_are_cut_from_the_text():
    assert [t.text for t in record(ASCII).topics] == ["iki ulke arasindaki ticaretin artirilmasi", "goc"]


def test_a_text_with_its_letters_is_read_as_written():
    doc = pipeline.process(WRITTEN)
    assert doc_text(doc) == WRITTEN and doc_typed_text(doc) is None


def test_the_typed_text_is_read_from_a_copy_of_the_same_length():
    doc = pipeline.process(ASCII)
    assert doc_typed_text(doc) == ASCII
    assert len(doc_text(doc)) == len(ASCII) and doc_text(doc).startswith("Dışişleri Bakanı Hakan Fidan, dün")
