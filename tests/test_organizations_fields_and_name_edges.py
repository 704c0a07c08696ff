"""Organizations in open-world news (issue 17): fields listed with commas inside a
name. Inputs are short sentences written for these tests."""

import pytest

import pipeline


def organization_names(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ödülü dün Mavi Deniz Bilim, Sanat ve Spor Vakfı verdi.", ["Mavi Deniz Bilim, Sanat ve Spor Vakfı"]),
        ("Toplantıya Gençlik, Kültür ve Spor Müdürlüğü katıldı.", ["Gençlik, Kültür ve Spor Müdürlüğü"]),
        ("Teklif dün Eğitim, Kültür ve Spor Komisyonunda görüşüldü.", ["Eğitim, Kültür ve Spor Komisyonu"]),
        # a field of two words, and a list longer than a name's usual nine words
        ("Teklif dün Sanayi, Enerji, Tabii Kaynaklar, Bilgi ve Teknoloji Komisyonunda görüşüldü.",
         ["Sanayi, Enerji, Tabii Kaynaklar, Bilgi ve Teknoloji Komisyonu"]),
        ("Teklif dün Meclis Sanayi, Ticaret, Enerji, Tabii Kaynaklar, Bilgi ve Teknoloji Komisyonunda görüşüldü.",
         ["Meclis Sanayi, Ticaret, Enerji, Tabii Kaynaklar, Bilgi ve Teknoloji Komisyonu"]),
    ],
)
def test_fields_listed_with_commas_belong_to_the_name(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ahmet Kaya, Sanat ve Eğitim Vakfı üyeleriyle görüştü.", ["Sanat ve Eğitim Vakfı"]),
        ("Dün Ankara, Sanat ve Eğitim Vakfı için toplandı.", ["Sanat ve Eğitim Vakfı"]),
    ],
)
def test_a_comma_after_a_name_or_place_ends_the_list(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Liman artık Mavi Deniz Taşımacılık A.Ş.ye ait.", ["Mavi Deniz Taşımacılık A.Ş."]),
        ("Payın yarısı Kuzey Yapı Ltd.Şti.nin elinde kaldı.", ["Kuzey Yapı Ltd.Şti."]),
    ],
)
def test_a_case_suffix_glued_to_a_legal_forms_dot_ends_the_company(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dün Mavi Deniz Dernegi ile Ankara Universitesi ortak proje yapti.", ["Ankara Universitesi", "Mavi Deniz Dernegi"]),
        ("Dün Kocaeli Il Saglik Mudurlugu bir açıklama yaptı.", ["Kocaeli Il Saglik Mudurlugu"]),
        ("Dün Kuzey Hava Komutanligi tatbikat yaptı.", ["Kuzey Hava Komutanligi"]),
    ],
)
def test_a_head_typed_without_turkish_letters_ends_a_name(text, expected):
    assert organization_names(text) == expected


def test_a_short_head_typed_without_turkish_letters_is_no_head():
    assert organization_names("Tur dün Güney Asya kıyılarına ulaştı.") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Törende Liman Müdürü Ece Yılmaz ve Kuzey Ege Deniz Arama Kurtarma Komutanlığı yer aldı.",
         ["Kuzey Ege Deniz Arama Kurtarma Komutanlığı"]),
        ("Heyet dün Kuzey Limanı ve Batı Anadolu Tarım ve Orman Bölge Müdürlüğünü gezdi.",
         ["Batı Anadolu Tarım ve Orman Bölge Müdürlüğü"]),
    ],
)
def test_a_run_longer_than_a_name_begins_after_its_first_ve(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Şüpheli dün Bakırköy 2. Sulh Ceza Hakimliği'ne sevk edildi.", ["Bakırköy 2. Sulh Ceza Hakimliği"]),
        ("Dilekçeyi dün Gazi Mahallesi Muhtarlığı verdi.", ["Gazi Mahallesi Muhtarlığı"]),
    ],
)
def test_courts_of_peace_and_neighbourhood_offices_are_organizations(text, expected):
    assert organization_names(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kitabı dün Kuzey Işık Yayınevi bastı.", ["Kuzey Işık Yayınevi"]),
        ("Kitabı dün Ak Deniz Yayınları bastı.", ["Ak Deniz Yayınları"]),
        ("İhaleyi dün Ak Yıldız Lojistik kazandı.", ["Ak Yıldız Lojistik"]),
    ],
)
def test_publishers_and_hauliers_are_companies(text, expected):
    assert organization_names(text) == expected
