"""Where a person's name begins and ends (round 19): initials glued to the given name, the epithet,
title and regnal number of Ottoman-era names, a kin word before a name said again without it, and
a region or an exam's acronym after given names. Inputs are short texts written for these tests."""

import pytest

import pipeline


def names(text: str) -> set[str]:
    return {p.name for p in pipeline.extract(text).entities if p.type == "PERSON"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Toplantıya dün Y.Kemal Aydın da katıldı.", "Y.Kemal Aydın"),
        ("Köşe yazısının altında Ş.Ayşe Demirtaş imzası vardı.", "Ş.Ayşe Demirtaş"),
        ("Dün akşam M. Ali Kaya kürsüye çıktı.", "M. Ali Kaya"),
    ],
)
def test_an_initial_glued_to_the_given_name_is_part_of_the_name(text, name):
    assert names(text) == {name}


def test_a_second_initial_glued_to_the_first_makes_no_name():
    assert names("Hesap Ali Kaya A.Ş. adına açıldı.") == set()


@pytest.mark.parametrize(
    "text, name",
    [
        ("Sergide Tatlı Ahmet Paşa'nın tabloları da yer aldı.", "Tatlı Ahmet Paşa"),
        ("Oyunda Deli Ali Ağa ile köylüler karşı karşıya geliyor.", "Deli Ali Ağa"),
        ("Sahnede Kâtipzade Hasan Molla ile karşılaşıyoruz.", "Kâtipzade Hasan Molla"),
        ("Bakan Hasan Çavuş sel bölgesini gezdi.", "Hasan Çavuş"),
        ("Sultan III. Selim'in dönemi oyunda anlatılıyor.", "III. Selim"),
    ],
)
def test_ottoman_era_names_keep_their_epithet_title_and_number(text, name):
    assert names(text) == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Halife Abdülmecid Efendi'nin tabloları sergilendi.", "Abdülmecid Efendi"),
        ("Sadrazam Ahmet Paşa geldi.", "Ahmet Paşa"),
        ("Dün Ahmet Paşa da geldi.", "Ahmet Paşa"),
    ],
)
def test_an_office_or_a_sentence_opener_is_no_epithet(text, name):
    assert names(text) == {name}


def test_a_kin_word_before_a_name_said_again_without_it_is_no_name_word():
    text = "Anne Selma Rossetti: “Sonuna kadar takip edeceğiz” Duruşmadan sonra Selma Rossetti konuştu."
    assert names(text) == {"Selma Rossetti"}


def test_a_foreign_given_name_spelled_like_a_kin_word_stays():
    assert names("Duruşmadan sonra Anne Marie Duval konuştu.") == {"Anne Marie Duval"}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Yarışmada Zeynep Yasin Avrupa şampiyonu oldu.", "Zeynep Yasin"),
        ("Sınavda Ali Murat Yılmaz YKS birincisi oldu.", "Ali Murat Yılmaz"),
        ("Yazar Ahmet Öztan Çınarlı Meydan'da okurlarıyla buluştu.", "Ahmet Öztan"),
    ],
)
def test_a_region_an_acronym_or_a_place_after_the_name_is_none_of_it(text, name):
    assert names(text) == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Yönetmen: Yunus Emre BOZDOĞAN", "Yunus Emre Bozdoğan"),
        ("Meclis üyeleri Ahmet Kaya, Mehmet Zeki Çanakçı, Ali Demir oldu.", "Mehmet Zeki Çanakçı"),
    ],
)
def test_a_surname_in_capitals_or_spelled_like_a_town_stays(text, name):
    assert name in names(text)
