"""Agenda readings of round 28: the subject that opens a sentence and the when or where said
right after it (``Kabine bugün``, ``Meclis bu hafta``, ``Heyetler Ankara'da``) are no words of the
first item. Inputs are sentences written for these tests."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text, published="2026-03-10").topics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kabine bugün ekonomi ve göç konularını görüşecek.", ["ekonomi", "göç"]),
        ("Meclis bu hafta vergi düzenlemesini görüşecek.", ["vergi düzenlemesi"]),
        ("Heyetler Ankara'da ticaret ve enerji konularını görüştü.", ["ticaret", "enerji"]),
    ],
)
def test_the_subject_and_its_when_or_where_open_no_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Türkiye bugün yaşanan gelişmeleri görüştü.", ["Türkiye bugün yaşanan gelişmeler"]),
        ("Toplantıda Suudi Arabistan'da gerçekleşen görüşmenin sonuçları ele alındı.",
         ["Suudi Arabistan'da gerçekleşen görüşmenin sonuçları"]),
    ],
)
def test_an_adverbial_a_participle_of_the_item_takes_stays(text, expected):
    assert topics(text) == expected
