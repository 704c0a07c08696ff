"""Persons, round 30: leaders and writers named by surname alone; a Chinese name opening with its
family name; crude oil benchmarks; towns whose names open with Ebu; characters of fiction named
after the participle of the part played or a novel in the locative.
Sentences written for these tests."""

import pytest

import pipeline
from tests.conftest import persons_and_titles as people


def names(text: str) -> list[str]:
    return [name for name, _ in people(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kennedy ile Kruşçev arasındaki yazışma krizi bitirdi.", ["Kennedy", "Kruşçev"]),
        ("Merkel, Ankara'yı ziyaret etti.", ["Merkel"]),
        ("Şi Cinping ile Modi sınır sorununu görüştü.", ["Şi Cinping", "Modi"]),
        ("Peyami Safa'nın romanı yeniden basıldı.", ["Peyami Safa"]),
    ],
)
def test_leaders_and_writers_named_by_surname_or_listed_given_name_are_persons(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brent petrol 84 dolardan işlem görüyor. Brent'in yükselişi sürüyor.",
        "Brent petrolün fiyatı geriledi. Uzmanlar, Brent'in 90 doları görebileceğini söyledi.",
    ],
)
def test_the_crude_oil_benchmark_brent_is_no_person(text):
    assert names(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kamptan Azez ve Ebu Kemal'e giden yüzlerce aile kayıt yaptırdı.", "Ebu Kemal"),
        ("Yardım konvoyu Ebu Dali üzerinden İdlib'e ulaştı.", "Ebu Dali"),
        ("Patlama Ebu Gureyb yakınlarında meydana geldi.", "Ebu Gureyb"),
    ],
)
def test_a_town_whose_name_opens_with_ebu_is_a_place_and_no_person(text, place):
    record = pipeline.extract(text)
    assert [e.name for e in record.entities if e.type == "PERSON"] == []
    assert place in [e.name for e in record.entities if e.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarık Akan'ın canlandırdığı Cemil'i kim unutur?", ["Tarık Akan"]),
        ("Türkan Şoray'ın hayat verdiği Zehra Yılmaz'ı izleyenler unutmadı.", ["Türkan Şoray"]),
        ("Orhan Pamuk'un romanındaki Kemal Basmacı'yı okurlar sevdi.", ["Orhan Pamuk"]),
        ("Tanpınar'ın romanındaki Hayri İrdal'ı hatırlayın.", ["Tanpınar"]),
    ],
)
def test_a_name_after_the_part_played_or_a_novel_in_the_locative_is_a_character(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eski filmindeki Şener Şen performansı hâlâ konuşuluyor.", ["Şener Şen"]),
        ("Kemal Tahir'in romanındaki Atatürk tasviri tartışıldı.", ["Kemal Tahir", "Atatürk"]),
    ],
)
def test_an_actor_in_a_film_and_a_public_figure_in_a_novel_stay_persons(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Katar Başbakanı Muhammed bin Abdurrahman Al Sani Ankara'ya geldi.",
         [("Muhammed bin Abdurrahman Al Sani", ["Başbakan"])]),
        ("Katar Emiri Şeyh Temim bin Hamed Al Sani Doha'da konuştu.", [("Temim bin Hamed Al Sani", ["Emir"])]),
        ("BAE Devlet Başkanı Şeyh Muhammed bin Zayid Al Nahyan Ankara'ya geldi.",
         [("Muhammed bin Zayid Al Nahyan", ["Devlet Başkanı"])]),
    ],
)
def test_a_long_name_after_an_office_runs_up_to_another_entity_in_a_case(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somali Cumhurbaşkanı Hasan Şeyh Mahmud Ankara'ya geldi.", [("Hasan Şeyh Mahmud", ["Cumhurbaşkanı"])]),
        ("Hasan Şeyh Mahmud, zirvede konuştu.", [("Hasan Şeyh Mahmud", [])]),
    ],
)
def test_an_honorific_known_as_a_given_name_between_name_words_is_a_word_of_the_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "paper", "columnist"),
    [
        ("Sabah'ta Cem Oğuzhanlı tam tersini savunuyor.", "Sabah", ("Cem Oğuzhanlı", [])),
        ("Sözcü'de Ayla Korkmazer bu konuyu yazdı.", "Sözcü", ("Ayla Korkmazer", [])),
        ("Hürriyet'te Ahmet Hakan bu konuyu yazdı.", "Hürriyet", ("Ahmet Hakan", [])),
    ],
)
def test_a_newspaper_in_the_locative_before_a_columnist_is_an_organization_and_no_title(text, paper, columnist):
    record = pipeline.extract(text)
    assert [e.name for e in record.entities if e.type == "ORGANIZATION"] == [paper]
    assert people(text) == [columnist]
