"""Organizations in the fifth pages pool's kinds of error (round 19): amateur and volleyball clubs
named by their town and a closing word (``Spor``, ``Bld``, ``BŞB``), towns standing for their clubs
in a match's name, and platforms on a page's follow and share buttons. Inputs are short
sentences written for these tests."""

import pytest

import pipeline


def organizations(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


def locations(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "LOCATION")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Bölgesel amatör ligde Kuşadası Gençlik Spor evinde kazandı.", ["Kuşadası Gençlik Spor"]),
        ("Hakem, Yeşilköy Spor'un golünü ofsayt gerekçesiyle iptal etti.", ["Yeşilköy Spor"]),
        ("Dörtyol Spor ve Reyhanlı Spor puanları paylaştı.", ["Dörtyol Spor", "Reyhanlı Spor"]),
        ("Kadınlar liginde Akşehir Bld, konuk ettiği Nazilli BŞB'yi 3-0 yendi.", ["Akşehir Bld", "Nazilli BŞB"]),
    ],
)
def test_a_club_named_by_its_town_and_a_closing_word(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Final maçı Ayşe Kaya Spor Salonu'nda oynanacak.",  # a hall's name goes on after Spor
        "Tören Yıldız Spor ve Etkinlik Merkezi'nde yapıldı.",  # a list of fields goes on after ve
        "GÜNDEM SPOR",  # a headline's capitals
        "Ekonomi Spor\nBu yıl ekonomi büyüdü.",  # a menu's word the article writes in lowercase
    ],
)
def test_spor_inside_a_longer_name_or_in_capitals_closes_no_club(text):
    assert "Spor" not in " ".join(organizations(text)).split()


def test_a_town_before_a_famous_clubs_name_makes_another_club():
    assert organizations("Sarıçam Gençlerbirliği Spor deplasmandan üç puanla döndü.") \
        == ["Sarıçam Gençlerbirliği Spor"]


def test_a_listed_club_followed_by_spor_is_that_club():
    assert organizations("Galatasaray Spor dün yeni hocasını açıkladı.") == ["Galatasaray"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sivas-Malatya maçında hakem iki penaltı verdi.", ["Malatya", "Sivas"]),
        ("Ordu- Beşiktaş karşılaşmasında gol sesi çıkmadı.", ["Beşiktaş", "Ordu"]),
        ("Konya–Galatasaray randevusunda kırmızı kart görüldü.", ["Galatasaray", "Konya"]),
    ],
)
def test_towns_in_a_matchs_name_are_their_clubs(text, expected):
    assert organizations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ankara-Washington mücadelesi yeni bir boyut kazandı.",  # a foreign capital: no match
        "Sivas-Malatya karayolu kar nedeniyle kapandı.",  # no noun of a match
    ],
)
def test_towns_joined_without_a_match_stay_places(text):
    assert organizations(text) == []


def test_a_town_named_in_a_match_stays_a_place_elsewhere():
    text = "Sivas-Malatya maçı nefes kesti. Malatya'da hava soğuktu."
    assert organizations(text) == ["Malatya", "Sivas"]
    assert locations(text) == ["Malatya"]


@pytest.mark.parametrize(
    "line",
    ["WhatsApp", "Facebook ile Paylaş", "Bizi Facebook ile takip et", "Google Play Store", "YouTube Kanalımıza Abone Ol",
     "Paylaş Tweetle WhatsApp"],
)
def test_a_platform_on_a_line_of_buttons_is_page_furniture(line):
    assert organizations(f"Belediye yeni parkı hizmete açtı.\n{line}\nPark her gün açık olacak.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Aile, haberi WhatsApp üzerinden duyurdu.", ["WhatsApp"]),
        ("Google'ın yeni telefonu satışa çıktı.", ["Google"]),
    ],
)
def test_a_platform_in_a_sentence_is_named(text, expected):
    assert organizations(text) == expected


def test_an_acronym_and_spor_is_a_channel_no_club():
    assert organizations("Maçı HT Spor canlı yayınladı.") == []


def test_spor_as_a_word_and_joined_spell_one_club():
    assert organizations("Bucak Gençlikspor sahaya iyi başladı. Bucak Gençlik Spor ikinci yarıda da üstündü.") \
        == ["Bucak Gençlikspor"]
