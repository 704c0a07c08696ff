"""Title readings of round 28: a body in the genitive before its acronym in parentheses owns a
lowercase office (``Programı'nın (WFP) sözcüsü``); a brand written in one word keeps its capitals
(``VakıfBank``); a foreign state's body loses the possessive its country gave it (``Macaristan
Parlamentosu Başkanı`` -> ``Parlamento Başkanı``); offices listed with ``ve`` share their owner's
genitive (``şirketin ... ve Genel Müdürü`` -> ``Genel Müdür``); more nationality adjectives; a
name of three words opening the sentence before the office. Inputs are sentences written for
these tests."""

import pytest

import pipeline


def titles(text: str) -> list[tuple[str, str | None]]:
    record = pipeline.extract(text, published="2026-03-10")
    return [(t.title, t.country) for e in record.entities if e.type == "PERSON" for t in e.titles]


def countries(text: str) -> list[str]:
    return [e.iso2 for e in pipeline.extract(text, published="2026-03-10").entities if e.type == "COUNTRY"]


def test_a_body_in_the_genitive_before_its_acronym_owns_the_office():
    text = "Dünya Gıda Programı'nın (WFP) sözcüsü Ahmet Kaya açıklama yaptı."
    assert titles(text) == [("Dünya Gıda Programı sözcüsü", None)]


@pytest.mark.parametrize("brand", ["VakıfBank", "DenizBank", "ExxonMobil"])
def test_a_brand_written_in_one_word_keeps_its_capitals(brand):
    assert titles(f"{brand} Genel Müdürü Ali Kaya konuştu.")[0][0] == f"{brand} Genel Müdürü"


def test_a_lost_space_between_a_party_and_a_place_is_still_restored():
    assert titles("AK Partiİstanbul İl Başkanı Ahmet Kaya konuştu.") == [("AK Parti İstanbul İl Başkanı", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Macaristan Parlamentosu Başkanı Laszlo Köver Ankara'ya geldi.", ("Parlamento Başkanı", "HU")),
        ("ABD Senatosu Dış İlişkiler Komitesi Başkanı Jim Risch konuştu.",
         ("Senato Dış İlişkiler Komitesi Başkanı", "US")),
        ("Irak Meclisi Başkanı Muhammed Halbusi geldi.", ("Meclis Başkanı", "IQ")),
        ("Rusya Dışişleri Bakanı Sergey Lavrov konuştu.", ("Dışişleri Bakanı", "RU")),
    ],
)
def test_a_foreign_states_body_loses_its_countrys_possessive(text, expected):
    assert titles(text) == [expected]


def test_offices_listed_with_ve_share_the_owners_genitive():
    text = "Şirketin Yönetim Kurulu Başkanı ve Genel Müdürü Ali Koçak konuştu."
    assert titles(text) == [("Yönetim Kurulu Başkanı", None), ("Genel Müdür", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kırmızı kart gören Senegalli orta saha oyuncusu Cheikh Ndiaye forma giyemeyecek.",
         ("orta saha oyuncusu", "SN")),
        ("Bosnalı Dışişleri Bakanı Elmedin Konakovic geldi.", ("Dışişleri Bakanı", "BA")),
    ],
)
def test_a_nationality_adjective_gives_the_offices_country(text, expected):
    assert titles(text) == [expected]


def test_a_three_word_name_opening_the_sentence_stays_in_the_title():
    text = "Serbest Stil Milli Takımı Başantrenörü Mehmet Ali Kürkçü açıklama yaptı."
    assert titles(text) == [("Serbest Stil Milli Takımı Başantrenörü", None)]


@pytest.mark.parametrize("text", ["Kongo Nehri kıyısında çatışma çıktı.", "Yerleşimler Ürdün Nehri'nin batısında."])
def test_a_river_named_like_a_country_is_no_country(text):
    assert countries(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belediyenin eski imar müdürü Ahmet Kaya tutuklandı.", ("eski imar müdürü", None)),
        ("Belediye imar müdürü Ahmet Kaya konuştu.", ("Belediye imar müdürü", None)),
    ],
)
def test_a_municipal_field_stays_in_a_lowercase_office(text, expected):
    assert titles(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eş Genel Başkanlar Zelal Doğru ve Ferhat Yıldırımkaya konuştu.", "Eş Genel Başkan"),
        ("Genel Başkan Yardımcıları Ali Kaya ve Veli Demir katıldı.", "Genel Başkan Yardımcısı"),
        ("İl Başkanları Ali Kaya ve Veli Demir katıldı.", "İl Başkanı"),
    ],
)
def test_a_plural_office_before_two_names_is_each_ones_office_as_possessed_or_not(text, expected):
    assert [title for title, _ in titles(text)] == [expected, expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Filmin görüntü yönetmeni Kerem Uzunoğlu konuştu.", ("görüntü yönetmeni", None)),
        ("Kazı başkanı Prof. Dr. Cengiz Akbaşlı açıklama yaptı.", ("Kazı başkanı", None)),
        ("İmparator Hadrianus kenti ziyaret etti.", ("İmparator", None)),
        ("Japonya İmparatoru Naruhito konuştu.", ("İmparator", "JP")),
    ],
)
def test_culture_pages_fields_and_an_emperor(text, expected):
    assert titles(text) == [expected]


def test_a_post_in_the_dative_gives_the_appointed_title_across_honorifics():
    text = "Marmara Üniversitesi Rektörlüğüne Prof. Dr. Hülya Demirtaş atandı."
    assert titles(text) == [("Marmara Üniversitesi Rektörü", None)]
