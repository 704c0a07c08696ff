"""Persons met on fresh news (round 18, fourth pool): an office word that is also a given name
inside a list of officials, places and buildings named after people, and the epithet ``Gazi``.
Inputs are short texts written for these tests."""

import pytest

import pipeline


def people(text: str) -> dict[str, list[str]]:
    return {p.name: [t.title for t in p.titles or []]
            for p in pipeline.extract(text).entities if p.type == "PERSON"}


def test_an_office_word_after_a_listed_official_is_the_next_ones_office():
    found = people("Açılışa Vali Cem Aksoy, İl Müdürü Selin Er, Muhtar Kemal Yazıcı ve esnaf katıldı.")
    assert found.get("Kemal Yazıcı") == ["Muhtar"]


def test_an_office_word_after_a_bare_listed_name_stays_a_given_name():
    assert "Muhtar Kemal Yazıcı" in people("Törene Cem Aksoy, Muhtar Kemal Yazıcı katıldı.")


@pytest.mark.parametrize(
    "text",
    [
        "Belediye, Muhtar Kemal Tepe Parkı'nı yeniledi.",
        "Turistler Hasan Ağa Çarşısı'nı gezdi.",
        "Gençler Rıza Bey Konağı önünde buluştu.",
        "Öğrenciler Halil Rıfat Kütüphanesi'nde çalıştı.",
        "Tören Ahmet Efe Anıtı önünde yapıldı.",
    ],
)
def test_a_place_or_building_named_after_a_person_names_no_one(text):
    assert people(text) == {}


def test_gazi_before_a_full_name_is_an_epithet():
    assert people("Köyde Gazi Ahmet Nuri Çelebi için anma töreni yapıldı.") == {"Ahmet Nuri Çelebi": []}


def test_gazi_before_one_name_word_is_a_given_name():
    assert "Gazi Tekin" in people("Ödülü bu yıl Gazi Tekin aldı.")


def test_an_inflected_epithet_inside_an_association_name_leaves_the_office_whole():
    found = people("Şehit Aileleri ve Gazileri Yardımlaşma Derneği Başkanı Ayten Koç konuştu.")
    assert found.get("Ayten Koç") == ["Şehit Aileleri ve Gazileri Yardımlaşma Derneği Başkanı"]
