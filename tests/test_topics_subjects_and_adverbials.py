"""Agenda readings of round 28: the subject that opens a sentence and the when or where said
right after it (``Kabine bugün``, ``Meclis bu hafta``, ``Heyetler Ankara'da``), the parties
(``iki ülke``, ``Orban ile bugün``, a participant's genitive before ``görüştüğü``) are no words of
the first item; parties opening the sentence put a meeting in sight; a listed item's time after a
genitive stays in it. Inputs are sentences written for these tests."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakanlar, demiryolu bağlantısını ve enerji ticaretini ele aldı.", ["demiryolu bağlantısı", "enerji ticareti"]),
        ("İki lider bölgesel gelişmeleri masaya yatırdı.", ["bölgesel gelişmeler"]),
    ],
)
def test_parties_opening_the_sentence_put_a_meeting_in_sight(text, expected):
    assert topics(text) == expected


def test_parties_a_treaty_binds_put_no_meeting_in_sight():
    assert topics("Taraflar, kayıp kişilerin durumunu ele alacak.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Erdoğan, "Orban ile bugün ikili ilişkilerimizi görüştük" dedi.', ["ikili ilişkilerimiz"]),
        ("Açıklamada, liderlerin enerji işbirliğini görüştüğü bildirildi.", ["enerji işbirliği"]),
        ("Toplantıda iki ülke hava savunma sistemini ele aldı.", ["hava savunma sistemi"]),
        ("Toplantıda iki ülke arasındaki ticaret ele alındı.", ["iki ülke arasındaki ticaret"]),
        ("Toplantıda Türkiye ile ilişkiler ele alındı.", ["Türkiye ile ilişkiler"]),
    ],
)
def test_the_parties_are_no_words_of_the_item(text, expected):
    assert topics(text) == expected


def test_a_listed_items_time_after_a_genitive_stays_in_it():
    text = "Görüşmede göç, savaşın ardından yeniden imar ve enerji konuları ele alındı."
    assert topics(text) == ["göç", "savaşın ardından yeniden imar", "enerji"]


def test_a_meetings_converb_opens_no_item():
    assert topics("MYK yarın toplanarak il başkanlıklarına yapılacak atamaları görüşecek.") == [
        "il başkanlıklarına yapılacak atamalar"]


def test_erken_is_an_adjective_not_a_while_converb():
    assert topics("Toplantıda erken seçim tartışmaları ele alındı.") == ["erken seçim tartışmaları"]
