"""Agenda readings of round 29: a classifier with ``yer ver-`` or ``yer al-`` at a meeting
(``X konularına yer verildi``, ``X başlıklarının yer aldığı``), a bare ``Gündemde;`` heading a list,
a body's name and its when opening the sentence (``Plan ve Bütçe Komisyonu yarın``), and the
partner said before an object list (``sanayicilerle``, ``Aliyev ile ikili ...``), a named owner's
noun in the instrumental (``X'in sunumuyla``: the means) and months joined before a time (``nisan ve
mayıs aylarında``). Inputs are
sentences written for these tests."""

import pytest

import pipeline


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text, published="2026-03-10").topics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zirvede su kaynakları, tarım ve kuraklıkla mücadele konularına yer verildi.",
         ["su kaynakları", "tarım", "kuraklıkla mücadele"]),
        ("Toplantıda liman yatırımları ve balıkçılık başlıklarının yer aldığı öğrenildi.",
         ["liman yatırımları", "balıkçılık"]),
        ("Görüşmede turizm ve demiryolu konuları yer aldı.", ["turizm", "demiryolu"]),
    ],
)
def test_a_classifier_given_place_at_a_meeting_states_its_list(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kurul toplandı. Kararda, yayında şiddet içeren ifadelere yer verildiği belirtildi.",
        "Toplantıda Vali Demir ve Başkan Kaya da yer aldı.",
    ],
)
def test_what_is_quoted_or_who_takes_part_is_no_list(text):
    assert topics(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("İl Meclisi toplandı. Gündemde; park düzenlemesi, çöp toplama ihalesi ve kaldırım onarımı yer aldı.",
         ["park düzenlemesi", "çöp toplama ihalesi", "kaldırım onarımı"]),
    ],
)
def test_a_bare_gundemde_set_off_by_a_semicolon_heads_the_list(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sağlık Komisyonu bugün hasta hakları teklifini görüşecek.", ["hasta hakları teklifi"]),
        ("Sanayi ve Ticaret Komisyonu yarın esnaf kredilerini görüşecek.", ["esnaf kredileri"]),
        ("Yüksek Seçim Kurulu bu hafta seçim takvimini ele alacak.", ["seçim takvimi"]),
    ],
)
def test_a_body_named_in_several_words_and_its_when_open_no_item(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bakan Yıldız, çiftçilerle sulama projelerini görüştü.", ["sulama projeleri"]),
        ("Başkan, Kaya ile ikili ilişkileri ve enerji yatırımlarını ele aldı.",
         ["ikili ilişkiler", "enerji yatırımları"]),
        ("Başkan, Kaya ile ikili ticareti ve göçü görüştü.", ["ikili ticaret", "göç"]),
    ],
)
def test_the_partner_before_an_object_list_is_no_word_of_it(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurul, vatandaşlarla yaşanan sorunları görüştü.", ["vatandaşlarla yaşanan sorunlar"]),
        ("Kurul, kedilerle ilgili şikayetleri görüştü.", ["kedilerle ilgili şikayetler"]),
    ],
)
def test_an_instrumental_that_the_item_takes_stays_in_it(text, expected):
    assert topics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurul, yarın Müdür Aksoy'un sunumuyla bütçe taslağını ele alacak.", ["bütçe taslağı"]),
        ("Meclis toplandı. Yol projesi nisan ve mayıs aylarında görüşülecek.", ["Yol projesi"]),
    ],
)
def test_the_means_and_the_time_beside_an_item_are_none_of_it(text, expected):
    assert topics(text) == expected
