"""Persons introduced by a nationality, pairs joined by a hyphen, longer comma lists of names,
speakers before a quotation, and words that name a film, a street or a month after a person."""

import pytest

import pipeline


def people(text: str) -> set[str]:
    return {e.name for e in pipeline.extract(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize("text, name", [
    ("Yarı finalde Moğol Tsogzol Batbold'u yenen güreşçimiz finale kaldı.", "Tsogzol Batbold"),
    ("Yarışı Fransız Adrien Fourmaux üçüncü sırada bitirdi.", "Adrien Fourmaux"),
    ("Maçın hakemi Kolombiyalı Yeison Arley Ruiz Cortes idi.", "Yeison Arley Ruiz Cortes"),
    ("Konferansa Sudan'lı Hamid Osmani de katıldı.", "Hamid Osmani"),
])
def test_capitalized_words_after_a_nationality_are_a_person(text, name):
    assert name in people(text)


@pytest.mark.parametrize("text", [
    "Haber, Alman Birinci Televizyon Kanalı'nın anketine dayanıyor.",
    "Heyet, Alman Goethe Enstitüsü Müdürü ile görüştü.",
    "Sözleşmeyi İtalyan Fiat imzaladı.",
])
def test_a_body_or_a_company_after_a_nationality_is_no_person(text):
    assert people(text) == set()


def test_a_hyphen_between_two_full_names_joins_two_people():
    text = "Kortta Maria Pavlova-Victoria Lindqvist eşleşmesi izlendi."
    assert people(text) == {"Maria Pavlova", "Victoria Lindqvist"}


def test_two_words_glued_by_a_hyphen_to_a_found_name_are_the_partner():
    text = "Rallide Polonya'dan Wojtek Zielarski-Maciej Nowicki ekibi ikinci oldu."
    assert {"Wojtek Zielarski", "Maciej Nowicki"} <= people(text)


def test_a_hyphen_inside_a_first_name_stays():
    assert people("Jean-Paul Durand açıklama yaptı.") == {"Jean-Paul Durand"}


def test_every_item_of_a_comma_list_between_two_names_is_a_name():
    text = "Sergide Ahmet Yılmaz, Verjin Sarkis, Umur Tekel, Feryal Ozan ve Reha Doğan'ın eserleri var."
    assert people(text) == {"Ahmet Yılmaz", "Verjin Sarkis", "Umur Tekel", "Feryal Ozan", "Reha Doğan"}


def test_a_lone_word_between_two_full_names_in_a_list_is_a_name():
    text = "Konserde Ahmet Yılmaz, Ezhel ve Murat Boz sahne aldı."
    assert people(text) == {"Ahmet Yılmaz", "Ezhel", "Murat Boz"}


def test_a_listed_surname_closing_a_run_of_name_words_stays_in_the_name():
    text = "Heyette ABD'li iş insanı John Anderson Brown, Ali Kaya ile birlikteydi."
    assert "John Anderson Brown" in people(text)


@pytest.mark.parametrize("text", [
    "Tesisi gezen Demirsoy, çalışanlara başarı diledi. Vatandaşları dinleyen Demirsoy "
    "şikayetleri not aldı.",
    "Tesisi gezen ve çalışanlara başarı dileyen Demirsoy, vatandaşlarla sohbet etti. "
    "Demirsoy “Aşı randevuları bugün açıldı” ifadelerini kullandı.",
])
def test_a_lone_surname_that_speaks_or_wishes_is_a_person(text):
    assert people(text) == {"Demirsoy"}


def test_a_word_inside_a_quotation_is_not_its_speaker():
    text = ("Başkan Ali Kaya, “Yenikent, yatırımcının gözdesi olacak” dedi. “Yenikent, sanayisiyle "
            "öne çıkıyor” diyen Kaya, ilçeyi övdü.")
    assert people(text) == {"Ali Kaya"}


@pytest.mark.parametrize("text, gone", [
    ("Ödülü Leyla filmindeki rolüyle Ayşe Kaya aldı. En İyi Yönetmen ödülü Ali Demir'e (Leyla) gitti.", "Leyla"),
    ("Başkan Ali Demir, Çamlık, Osman Gazi ve Yeşiltepe mahallelerini gezdi. Bugün de Osman Gazi, Çamlık "
     "ve Yeşiltepe mahallelerimizdeydik, dedi.", "Osman Gazi"),
    ("Recep ayı bu yıl erken başlıyor. Esnaf Recep ayında satışların artmasını bekliyor.", "Recep"),
])
def test_a_name_that_names_a_film_a_street_or_a_month_is_no_person(text, gone):
    assert gone not in people(text)


@pytest.mark.parametrize("text", [
    "Kadın, Ayten Kaplan Sokak'ta oturduğunu söyledi.",
    "Yeni yol Hüsnü Aydın Cadde'ye bağlanacak.",
    "Karşılaşmada Çamlıca Gençlik Spor'un gollerini Yusuf attı. Dereboyu Spor ise 20 puanda kaldı.",
    "Ligde Yenimahalle Bld takımı Kartal Bld'yi 3-1 yendi.",
])
def test_a_street_or_a_club_after_capitalized_words_names_no_person(text):
    assert people(text) - {"Yusuf"} == set()


def test_a_song_said_after_a_full_name_keeps_the_singer():
    text = "Sahnede Ebru Kaya şarkısı söylendi. Ebru Kaya'nın bu şarkısı çok sevildi."
    assert "Ebru Kaya" in people(text)


def test_the_first_item_of_a_list_before_a_place_noun_stays_a_person():
    text = "Belediye Başkanı Ali Demir, Çamlık ve Yeşiltepe mahallelerini gezdi."
    assert people(text) == {"Ali Demir"}


def test_a_minute_in_title_case_names_no_player():
    assert people("Milan 5 Dakikada Finale Yükseldi\nMaç çekişmeli geçti.") == set()


@pytest.mark.parametrize("text, name", [
    ("Vali Ahmet Doğan kurumları ziyaret etti.", "Ahmet Doğan"),
    ("Van Büyükşehir Belediye takımı kazandı. Kulüp Başkanı Ali Demir sevindi.", "Ali Demir"),
])
def test_an_office_or_a_city_is_no_given_name(text, name):
    assert people(text) == {name}
