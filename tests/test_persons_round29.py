"""Persons, round 29: characters of fiction, stations and named operations, given names before
a continent. Sentences written for these tests."""

import pytest

from tests.conftest import persons_and_titles as people


def names(text: str) -> set[str]:
    return {name for name, _ in people(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oyuncu Ayşe Demir, yeni dizide Kemal Usta'yı canlandırıyor.", {"Ayşe Demir"}),
        ("Filmde ressam Julien Moreau'yu canlandıran Mehmet Kaya ödül aldı.", {"Mehmet Kaya"}),
        ("Dizide Nazlı Er'e hayat veren Defne Sarıtaş veda etti.", {"Defne Sarıtaş"}),
        ("Selim Aksoy rolündeki oyuncu Deniz Kaya ödül aldı.", {"Deniz Kaya"}),
        ('Cemil Karahan karakterine hayat veren Kerem Aydınlı, "Karahan\'la vedalaşmak zor" dedi.',
         {"Kerem Aydınlı"}),
    ],
)
def test_a_part_played_is_no_person(text, expected):
    assert names(text) == expected


def test_a_public_figure_played_in_a_biopic_stays_a_person():
    assert "Atatürk" in names("Filmde Atatürk'ü canlandıran oyuncu ödül aldı.")


@pytest.mark.parametrize(
    "text",
    [
        "Yeni hat Kazım Dirik ile Fahrettin Altay istasyonları arasında çalışacak.",
        "Otobüsler Fahrettin Altay durağında bekleyecek.",
        "Jandarma, Eren Abluka operasyonlarında 40 şüpheli yakaladı.",
        "Üniversite, Ufuk Avrupa programından 14 milyon avro aldı.",
    ],
)
def test_a_name_of_a_station_operation_or_programme_is_no_person(text):
    assert names(text) == set()


def test_a_station_named_once_names_the_place_everywhere():
    text = "Tramvay Fahrettin Altay istasyonuna uzanacak. Hat Güzelbahçe'den Fahrettin Altay'a gidecek."
    assert names(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ödül, 78 yaşındaki Rıza 'Baba' Tokgöz'e verilecek.", [("Rıza Tokgöz", [])]),
        ("Maç spikeri Rıza ‘Kartal’ Yılmaz emekli oldu.", [("Rıza Yılmaz", [])]),
        ("Grubun vokalisti Serdar 'Kaptan' Oğuz sahneye dönüyor.", [("Serdar Oğuz", [])]),
    ],
)
def test_a_nickname_in_single_quotes_inside_a_name_is_left_out_of_it(text, expected):
    assert people(text) == expected


def test_an_office_word_that_is_a_given_name_after_a_description_opens_the_name():
    assert people("Şarkıcı Sultan Yıldız yeni albümünü tanıttı.") == [("Sultan Yıldız", [])]


def test_an_office_word_after_a_given_and_a_second_given_name_is_the_surname():
    assert people("Büyükelçi Ayşe Nur Kaptan açıklama yaptı.") == [("Ayşe Nur Kaptan", ["Büyükelçi"])]
