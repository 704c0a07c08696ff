"""Agenda readings of round 29, third part: a meeting in the instrumental before the list is the
occasion (``Konsey Toplantısı'yla X ele alındı``), a passive past after a cue's verbal noun is its
predicate (``X'in gündeme alınması kararlaştırıldı``), owners in the genitive joined by ``ve``
before a nominalized cue are each an item, and ``bir sonraki`` before a meeting in the locative
says which meeting. Inputs are sentences written for these tests."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text, published="2026-03-10").topics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakanlar Konseyi Toplantısı'yla enerji güvenliği ve göç ele alındı.", ["enerji güvenliği", "göç"]),
        ("Kabine toplantısıyla asgari ücret ve kira artışları ele alındı.", ["asgari ücret", "kira artışları"]),
        ("Zirveyle bölgesel güvenlik ele alındı.", ["bölgesel güvenlik"]),
    ],
)
def test_a_meeting_in_the_instrumental_before_the_list_is_the_occasion(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda su kesintilerinin ele alınması kararlaştırıldı.", ["su kesintileri"]),
        ("Mecliste park alanlarının gözden geçirilmesi kararlaştırıldı.", ["park alanları"]),
    ],
)
def test_a_passive_past_after_a_verbal_noun_cue_is_its_predicate(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda, kentsel dönüşüm projesinin ve otopark sorununun bir sonraki mecliste gündeme alınması "
         "kararlaştırıldı.", ["kentsel dönüşüm projesi", "otopark sorunu"]),
        ("Toplantıda çevre yolu ihalesinin ve pazar yeri düzenlemesinin gündeme alınması kararlaştırıldı.",
         ["çevre yolu ihalesi", "pazar yeri düzenlemesi"]),
    ],
)
def test_owners_joined_by_ve_before_a_nominalized_cue_are_each_an_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda ordumuzun ve güvenlik güçlerimizin gücünün ele alınması kararlaştırıldı.",
         ["ordumuzun ve güvenlik güçlerimizin gücü"]),
    ],
)
def test_owners_of_one_noun_stay_one_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Toplantıda, ortak kullanım alanlarının bir sonraki oturumda görüşülmesine karar verildi.",
         ["ortak kullanım alanları"]),
    ],
)
def test_bir_sonraki_before_a_meeting_in_the_locative_says_which_meeting(text, expected):
    assert topics(text) == expected
