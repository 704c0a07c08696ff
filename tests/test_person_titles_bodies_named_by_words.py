"""Person titles (pages pool 6): bodies and places whose names open with a word of what a person
is (``Esnaf``, ``Mimar``), an office said only with its possessive (``Sorumlusu``), a plural
office parted from its list by a semicolon, a bare office with its modifier said after the
fuller one, and a headline's capitalized ``Yeni``. Inputs are short sentences written for
these tests."""

import pytest

import pipeline


def titled_persons(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles or []] for e in pipeline.extract(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Esnaf Odaları Birliği Başkanı Kemal Yurt konuştu.", "Esnaf Odaları Birliği Başkanı"),
        ("Törene Vali Ahmet Demir, Esnaf Odaları Birliği Başkanı Kemal Yurt katıldı.",
         "Esnaf Odaları Birliği Başkanı"),
        ("Toplantıya Esnaf ve Sanatkârlar Odası Başkanı Kemal Yurt katıldı.", "Esnaf ve Sanatkârlar Odası Başkanı"),
        ("Toplantıya Mimar Kemalettin Mahallesi Muhtarı Kemal Yurt katıldı.", "Mimar Kemalettin Mahallesi Muhtarı"),
    ],
)
def test_a_word_of_what_a_person_is_may_open_the_body_of_an_office(text, title):
    assert titled_persons(text)["Kemal Yurt"] == [title]


def test_a_description_before_a_persons_name_still_bounds_the_next_office():
    text = "Gazeteci Ali Kaya Ticaret Bakanı Mert Aydın'a soru yöneltti."
    assert titled_persons(text)["Mert Aydın"] == ["Ticaret Bakanı"]


@pytest.mark.parametrize(
    "text, titles",
    [
        ("Samsun Doku Bankası Bölge Sorumlusu Dr. Ayşe Demir açıklama yaptı.",
         ["Samsun Doku Bankası Bölge Sorumlusu"]),
        ("Toplantıya bölge sorumlusu Ayşe Demir katıldı.", ["bölge sorumlusu"]),
        # bare, ``sorumlu`` is an adjective: who is to blame, or the field of another office
        ("Olaydan sorumlu Ayşe Demir tutuklandı.", []),
        ("Eğitimden Sorumlu Başkan Yardımcısı Ayşe Demir konuştu.", ["Eğitimden Sorumlu Başkan Yardımcısı"]),
    ],
)
def test_sorumlu_is_an_office_only_with_its_possessive(text, titles):
    assert titled_persons(text)["Ayşe Demir"] == titles


def test_a_semicolon_may_part_a_plural_office_from_its_list():
    text = "Toplantıya Başkan Yardımcıları; Ali Kurt, Veli Kaya ve birim müdürleri katıldı."
    assert titled_persons(text) == {"Ali Kurt": ["Başkan Yardımcısı"], "Veli Kaya": ["Başkan Yardımcısı"]}


def test_one_name_after_a_semicolon_is_no_list():
    assert titled_persons("Başkan Yardımcıları; Ali Kurt'u ziyaret etti.") == {"Ali Kurt": []}


@pytest.mark.parametrize("modifier", ["Vekili", "Yardımcısı"])
def test_a_bare_office_with_its_modifier_adds_nothing_after_the_fuller_one(modifier):
    text = (f"Belediye Başkan {modifier} Ali Kurt sahada inceleme yaptı. Başkan {modifier} Kurt, "
            "çalışmaların süreceğini söyledi.")
    assert titled_persons(text)["Ali Kurt"] == [f"Belediye Başkan {modifier}"]


@pytest.mark.parametrize(
    "text, title",
    [
        # a country's new holder: the office alone, as in lowercase
        ("Macaristan'ın Yeni Başbakanı Ali Kurt yemin etti.", "Başbakan"),
        ("KFOR'un Yeni Komutanı Ali Kurt göreve başladı.", "KFOR Komutanı"),
        # ``Yeni`` of a place's name stays
        ("Türkiye'nin Yeni Delhi Büyükelçisi Ali Kurt konuştu.", "Yeni Delhi Büyükelçisi"),
    ],
)
def test_a_headlines_capitalized_yeni_before_the_office_is_no_part_of_it(text, title):
    assert titled_persons(text)["Ali Kurt"] == [title]
