"""A party to a talk named with ``ile`` or in the instrumental (``Sayın Bakan ile``,
``mevkidaşıyla``) sets the scene of a meeting for a cue that needs one (``ele aldık``), as a
meeting noun does; ``Bakan ile ilgili`` (about the minister) names no party. A dispute named with
its place keeps its noun (``Kıbrıs meselesi``). Inputs are sentences written for these tests."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sayın Bakan ile liman projelerini ve turizm yatırımlarını ele aldık.",
         ["liman projeleri", "turizm yatırımları"]),
        ("Vali, mevkidaşıyla sınır kapılarındaki bekleme sürelerini ele aldı.", ["sınır kapılarındaki bekleme süreleri"]),
    ],
)
def test_a_party_with_ile_or_in_the_instrumental_makes_a_talk_of_the_cue(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bakan ile ilgili iddiaları ele aldık.",  # about the minister
        "Bu yazıda liman projelerini ve turizm yatırımlarını ele aldık.",  # a column's subject
    ],
)
def test_without_a_party_the_cue_states_no_agenda(text):
    assert topics(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Toplantıda enerji fiyatları ve Kıbrıs meselesi ele alındı.", ["enerji fiyatları", "Kıbrıs meselesi"]),
        ("Toplantıda Libya ve İran konusu ele alındı.", ["Libya", "İran"]),  # a classifier shared by the list
    ],
)
def test_a_dispute_named_with_its_place_keeps_its_noun(text, expected):
    assert topics(text) == expected
