"""Names: the parliament's own bodies (the parliament itself, as the reference gold counts them), role words of the sciences and the press, fields of a
role said before it, venues named after people, plural offices parted from their list by a
comma, and a place said in a case before a body's name."""

import pytest

import pipeline
from tests.conftest import titles_by_person as people


def organizations(text: str) -> list[str]:
    return [e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"]


@pytest.mark.parametrize("text, name", [
    ("Kanun teklifi dün TBMM Genel Kurulu'nda kabul edildi.", "Türkiye Büyük Millet Meclisi"),
    ("Vekiller gece TBMM Genel Kurulunda bekledi.", "Türkiye Büyük Millet Meclisi"),
    ("Üç parti TBMM Başkanlığı'na ortak bir önerge sundu.", "Türkiye Büyük Millet Meclisi"),
    ("Muhalefet TBMM Başkanlığına yeni bir dilekçe verdi.", "Türkiye Büyük Millet Meclisi"),
])
def test_the_parliaments_plenary_and_speakership_are_the_parliament(text, name):
    assert organizations(text) == [name]


@pytest.mark.parametrize("text", [
    "Yeni kuyruklu yıldızı astronom Deniz Aksoy keşfetti.",
    "Yeni bulguyu fizikçi Deniz Aksoy duyurdu.",
    "Gazetenin köşe yazarı Deniz Aksoy bu hafta göçü yazdı.",
])
def test_a_word_of_the_sciences_or_the_press_names_the_person_and_no_office(text):
    assert people(text) == {"Deniz Aksoy": []}


def test_an_office_of_the_parliament_is_a_title():
    assert people("Kürsüye MHP TBMM İdare Amiri Deniz Aksoy çıktı.") == {"Deniz Aksoy": ["MHP TBMM İdare Amiri"]}


def test_a_plural_role_word_names_each_of_the_coordinated_people():
    text = "Kupa finalini hakemler Deniz Aksoy ve Selim Ercan yönetti."
    assert people(text) == {"Deniz Aksoy": ["hakem"], "Selim Ercan": ["hakem"]}


@pytest.mark.parametrize("text, title", [
    ("Gözaltına alınan Norveçli insan hakları aktivisti Liv Berg serbest kaldı.", "insan hakları aktivisti"),
    ("Kıyıdaki eyleme çevre aktivisti Liv Berg de katıldı.", "çevre aktivisti"),
])
def test_the_field_before_a_role_word_stays_in_the_title(text, title):
    assert people(text) == {"Liv Berg": [title]}


@pytest.mark.parametrize("text", [
    "Final maçı Yusuf Demir Spor Salonu'nda oynanacak.",
    "Konser Hasan Tekin Stadı'nda yapılacak.",
    "Kupa töreni Ali Kaya Spor Kompleksi'nde düzenlendi.",
])
def test_a_venue_named_after_a_person_names_no_person(text):
    assert people(text) == {}


def test_a_plural_office_parted_by_a_comma_gives_its_list_each_the_office():
    text = ("Törene AK Parti Sivas Milletvekilleri, Selim Ercan, Derya Nur Özkaya, "
            "Tuncay Bilge katıldı.")
    title = "AK Parti Sivas Milletvekili"
    assert people(text) == {"Selim Ercan": [title], "Derya Nur Özkaya": [title], "Tuncay Bilge": [title]}


def test_one_name_after_a_plural_office_and_a_comma_is_no_list():
    text = "AK Parti Sivas Milletvekilleri, Selim Ercan'ı makamında ziyaret etti."
    assert people(text) == {"Selim Ercan": []}


def test_a_place_said_in_a_case_without_an_apostrophe_opens_no_bodys_name():
    text = "Salgının ardından Antalyada İl Hıfzıssıhha Kurulu toplandı."
    assert organizations(text) == ["İl Hıfzıssıhha Kurulu"]
