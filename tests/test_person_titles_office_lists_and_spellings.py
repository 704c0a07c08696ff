"""Names in open-world news (issue 17): lists of offices, a holder's standing before
the office, one office said in two spellings, verbs and dotless spellings in names. Inputs are
short sentences written for these tests."""

import pytest

import pipeline
from pipeline.lang.tr.endings import is_conditional_verb, is_progressive_or_future_verb


def titled_persons(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles or []] for e in pipeline.extract(text).entities if e.type == "PERSON"}


def test_offices_listed_with_commas_and_ve_are_each_a_title():
    text = ("Törene Kırgızistan Birinci Cumhurbaşkanı, Elbaşı ve Asya Kültür Birliği Onursal Başkanı "
            "Ali Kaya katıldı.")
    assert titled_persons(text) == {
        "Ali Kaya": ["Birinci Cumhurbaşkanı", "Elbaşı", "Asya Kültür Birliği Onursal Başkanı"]
    }


def test_offices_joined_by_a_hyphen_are_two_titles():
    text = "Kırgızistan Birinci Cumhurbaşkanı-Elbaşı Ali Kaya mesaj gönderdi."
    assert titled_persons(text) == {"Ali Kaya": ["Birinci Cumhurbaşkanı", "Elbaşı"]}


def test_a_comma_after_an_office_without_ve_ends_the_subject():
    assert titled_persons("Bakan, Vali Ayşe Demir ile görüştü.") == {"Ayşe Demir": ["Vali"]}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Toplantıya Bağımsız Belediye Başkanı Ahmet Kaya katıldı.", "Belediye Başkanı"),
        ("Toplantıya Bağımsız Milletvekili Ahmet Kaya katıldı.", "Milletvekili"),
        # the word names the body: it stays
        ("Toplantıya Bağımsız Devletler Topluluğu Genel Sekreteri Ahmet Kaya katıldı.",
         "Bağımsız Devletler Topluluğu Genel Sekreteri"),
    ],
)
def test_a_standing_before_the_office_is_no_part_of_it(text, title):
    assert titled_persons(text) == {"Ahmet Kaya": [title]}


@pytest.mark.parametrize(
    "text, title",
    [
        ("Ürdün Krallığı Dışişleri Bakanı Ahmet Kaya konuştu.", "Dışişleri Bakanı"),
        ("Kırgızistan Cumhuriyeti Birinci Cumhurbaşkanı Ahmet Kaya konuştu.", "Birinci Cumhurbaşkanı"),
    ],
)
def test_a_states_full_name_before_the_office_is_its_country(text, title):
    assert titled_persons(text) == {"Ahmet Kaya": [title]}


def test_an_acronym_is_covered_by_the_body_said_in_full():
    text = ("BM Genel Sekreteri Kaya'dan barış çağrısı. Birleşmiş Milletler Genel Sekreteri Ahmet Kaya, "
            "taraflara çağrıda bulundu.")
    assert titled_persons(text) == {"Ahmet Kaya": ["Birleşmiş Milletler Genel Sekreteri"]}


def test_of_two_spellings_of_one_office_the_one_said_more_often_stays():
    text = ("Toplantıdan sonra AK Parti Sözcüsü Ahmet Kaya açıklama yaptı. AK Partisi Sözcüsü Kaya, "
            "soruları yanıtladı. AK Parti Sözcüsü Kaya, konuşmasını bitirdi.")
    assert titled_persons(text) == {"Ahmet Kaya": ["AK Parti Sözcüsü"]}


def test_a_headlines_office_in_capitals_adds_nothing_to_the_running_texts():
    text = "CHP LİDERİ KAYA'YA ELEŞTİRİ\n\nCHP Genel Başkanı Ahmet Kaya'yı eleştiren vekil konuştu."
    assert titled_persons(text)["Ahmet Kaya"] == ["CHP Genel Başkanı"]


def test_full_names_that_differ_in_the_dot_of_an_i_are_one_person():
    text = ("Emri Yunan Amiral Nikos Papadımıtriou verdi. Yunan Amiral Nikos Papadimitriou, "
            "dün açıklama yaptı.")
    assert titled_persons(text) == {"Nikos Papadımıtriou": ["Amiral"]}


def test_a_verb_in_the_conditional_is_no_name_after_an_office():
    assert titled_persons("Film, Kral Düşerse adlı dizinin devamı.") == {}


@pytest.mark.parametrize(
    "word, verb",
    [
        ("düşerse", True),
        ("olmazsa", True),
        ("geliyorsa", True),
        ("morse", False),  # short: as often a foreign name
        ("anderson", False),
    ],
)
def test_conditional_verbs(word, verb):
    assert is_conditional_verb(word) is verb


@pytest.mark.parametrize(
    "word, verb",
    [
        ("kazanacak", True),
        ("başlıyor", True),
        ("gelecekler", True),
        ("gündoğdu", False),  # a surname ending like a past tense
        ("bayraktar", False),
    ],
)
def test_progressive_and_future_verbs(word, verb):
    assert is_progressive_or_future_verb(word) is verb


def test_a_headline_question_with_a_given_name_and_a_verb_names_nobody():
    assert titled_persons("KİM KAZANACAK?\n\nSeçim sonuçları bu akşam belli olacak.") == {}


def test_yuksel_is_a_given_name():
    assert titled_persons("Dün Yüksel Gültekin açıklama yaptı.") == {"Yüksel Gültekin": []}


def test_an_instrument_named_after_a_person_is_no_person():
    assert titled_persons("Görüntüler Ayşe Demir Teleskobu ile çekildi.") == {}


def test_a_word_before_a_known_surname_in_a_headline_in_capitals_is_no_given_name():
    text = "YANINA ADAYLARI ALAN KAYA: BİRLİKTE KAZANACAĞIZ\n\nBelediye Başkanı Ekrem Kaya, dün parkı açtı."
    assert titled_persons(text) == {"Ekrem Kaya": ["Belediye Başkanı"]}


def test_a_word_said_twice_before_an_office_is_no_part_of_it():
    text = "AVRUPA Avrupa Konseyi (AK) Genel Sekreteri Ahmet Kaya konuştu."
    assert titled_persons(text) == {"Ahmet Kaya": ["Avrupa Konseyi Genel Sekreteri"]}


def test_a_list_inside_an_organizations_name_before_its_acronym_stays_in_the_office():
    text = "Ölçme, Seçme ve Yerleştirme Merkezi (ÖSYM) Başkanı Ahmet Kaya konuştu."
    assert titled_persons(text) == {"Ahmet Kaya": ["Ölçme, Seçme ve Yerleştirme Merkezi Başkanı"]}
