"""A competition named with its organizer's acronym names that sporting body too (``UEFA Konferans
Ligi``: UEFA runs it); a sponsor's name there names no company. Inputs are sentences written for
these tests."""

import pytest

import pipeline


def organizations(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "text, organizer",
    [
        ("Trabzonspor, UEFA Konferans Ligi'nde gruplara kaldı.", "UEFA"),
        ("Takım, UEFA Avrupa Ligi play-off turunda elendi.", "UEFA"),
        ("Kadın takımımız Avrupa CEV Kupası'nda yarı finale çıktı.", "Avrupa Voleybol Konfederasyonu"),
        ("Sezonun ilk maçı CEV Kupası'nda İtalya'da oynanacak.", "Avrupa Voleybol Konfederasyonu"),
    ],
)
def test_a_competition_named_with_its_organizers_acronym_names_the_organizer(text, organizer):
    assert organizer in organizations(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Anadolu Efes, THY Avrupa Ligi'nde deplasmanda kazandı.", "Türk Hava Yolları"),  # a sponsor
        ("Takım, Şampiyonlar Ligi'nde son 16 turuna yükseldi.", "UEFA"),  # no acronym written
    ],
)
def test_a_competition_without_its_organizers_acronym_names_no_organizer(text, absent):
    assert absent not in organizations(text)
