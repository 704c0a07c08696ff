"""Clubs a sports report lists beside listed clubs (``pipeline.organizations.club_lists``): the
list's unlisted members are clubs too, unless one of them shows the list is of something else; a
club named like a place counts where the article writes words of sport (``sports_context``).
Inputs are sentences written for these tests; the unlisted clubs' names are made up."""

import pytest

import pipeline


def organizations(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


def persons(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "PERSON")


@pytest.mark.parametrize(
    "text, club",
    [
        ("Grubun ilk iki sırasını Olympiakos ve Verdanta paylaştı.", "Verdanta"),
        ("Dün akşam Partizan ile Kolvara Basket karşılaştı.", "Kolvara Basket"),
        ("Üst tura Fenerbahçe, Real Madrid ve Molvena çıktı.", "Molvena"),
        ("Sıralama Maccabi-Trevisa-Zalgiris olarak değişti.", "Trevisa"),
        ("Grupta Verdanta ve Olympiakos öne çıkıyor.", "Verdanta"),  # before the listed club
        ("Avrupa Ligi'nde Barcelona ve Verdanta kazandı.", "Verdanta"),  # a club named like a city, in sport
    ],
)
def test_an_unlisted_name_in_a_list_of_clubs_is_a_club(text, club):
    assert club in organizations(text)
    assert club not in persons(text)


@pytest.mark.parametrize(
    "text",
    [
        "Galatasaray, Morvenko ve Dallarsi'yi kadrosuna kattı.",  # the club is the subject, one comma list
        "Fenerbahçe ve Ali Korkmaz anlaşmaya vardı.",  # a listed given name
        "Olympiakos ve Madrid'de oynanan maçlar ertelendi.",  # a place
        "Beşiktaş ve Türkiye kazandı.",  # a country
        "Olympiakos ve Verdanta'da forma giydi.",  # the locative: where
        "Barcelona ve Verdanta arasında hızlı tren seferleri başladı.",  # no sport: the city
    ],
)
def test_a_list_with_no_other_club_gives_no_club(text):
    assert all(name in {"Galatasaray", "Fenerbahçe", "Olympiakos", "Beşiktaş"} for name in organizations(text))


def test_a_name_the_article_writes_after_a_given_one_is_a_surname_not_a_club():
    text = "Teknik direktör Marco Dallarsi açıklama yaptı. Kulüp, Galatasaray ve Dallarsi arasındaki görüşmeyi doğruladı."
    assert "Dallarsi" not in organizations(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chelsea, Liverpool'u 2-0 yendi.", ["Chelsea", "Liverpool"]),  # a score and its verb
        ("Genç futbolcu Ajax formasını giydi.", ["Ajax"]),  # a player and a jersey
        ("Fulham semtinde bir ev satıldı.", []),  # no sport: the district
        ("Fulham semtindeki şirket teknoloji transferi yaptı.", []),  # a transfer of technology is no sport
    ],
)
def test_a_club_named_like_a_place_counts_where_the_article_writes_words_of_sport(text, expected):
    assert organizations(text) == sorted(expected)
