"""Names whose words are office words or everyday words (issue 17): an office word the name lists
know, said right after a given name, is a word of the name (``Murat Emir``); a second given name
that is an everyday word (``Nur``, ``Gül``) carries the name on to its surnames. Inputs are short
sentences written for these tests."""

import pytest

import pipeline


def titled_persons(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles or []] for e in pipeline.extract(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Milletvekili Murat Emir, önergenin gerekçesini anlattı.", {"Murat Emir": ["Milletvekili"]}),
        ("Grup Başkanvekili Murat Emir ise tasarıya itiraz etti.", {"Murat Emir": ["Grup Başkanvekili"]}),
        ("Murat Emir'in önergesi oylamada reddedildi.", {"Murat Emir": []}),
        ("Törene Ahmet Emir Kaya da katıldı.", {"Ahmet Emir Kaya": []}),
    ],
)
def test_a_listed_office_word_after_a_given_name_is_a_name_word(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Katar Emiri Şeyh Temim bir araya geldi.", {"Temim": ["Emir"]}),
        ("Erdoğan Emir Temim ile görüştü.", {"Temim": ["Emir"]}),  # ``Erdoğan``: mostly a surname
        ("Kaymakam Ali Vali ile konuştuk.", {"Ali": ["Kaymakam"]}),  # ``Vali``: no listed surname
    ],
)
def test_an_office_word_stays_an_office_elsewhere(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Derya Nur Aksoy Özkaya, kurulda söz aldı.", {"Derya Nur Aksoy Özkaya": []}),
        ("Sergiye Hatice Nur Kılınç Yazıcı ve Ali Kaya katıldı.", {"Hatice Nur Kılınç Yazıcı": [], "Ali Kaya": []}),
        ("Vali Ayşe Su Kaya'ya teşekkür etti.", {"Ayşe Su Kaya": ["Vali"]}),
    ],
)
def test_a_second_given_name_that_is_an_everyday_word_carries_the_name_on(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ayşe Çiçek de toplantıya katıldı.", {"Ayşe Çiçek": []}),  # at the end: the surname
        ("Derya Nur Ankara'da konuştu.", {"Derya Nur": []}),  # a place in a case after it
    ],
)
def test_a_second_given_name_word_ends_a_name_where_nothing_follows(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Umman Sultanı Kais bin Faruk bin Nasır El Hadi ile görüşüldü.", {"Kais bin Faruk bin Nasır El Hadi": ["Sultan"]}),
        ("Yönetmen Gül Sultan sahneye çıktı.", {"Gül Sultan": ["Yönetmen"]}),
        ("Ayşe Sultan Demir konuştu.", {"Ayşe Sultan Demir": []}),
    ],
)
def test_sultan_is_an_office_before_a_name_and_a_name_word_after_one(text, expected):
    assert titled_persons(text) == expected


def test_dogan_opens_a_name():
    assert titled_persons("Savcı, Ece Kaya ve Doğan Aydın'ın ifadesini aldı.") == {"Ece Kaya": [], "Doğan Aydın": []}
