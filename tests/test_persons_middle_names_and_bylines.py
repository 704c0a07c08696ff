"""Names in open-world news (issue 17): a middle name the lists do not know before
a surname with a case ending, numbers written in capitals. Inputs are short sentences written for
these tests."""

import pytest

import pipeline


def titled_persons(text: str) -> dict[str, list[str]]:
    return {e.name: [t.title for t in e.titles or []] for e in pipeline.extract(text).entities if e.type == "PERSON"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ödülü yönetmen Selin Deniz Arıkan'a verdi.", {"Selin Deniz Arıkan": ["yönetmen"]}),
        ("Plaketi Vali Ali Kaya'ya verdi.", {"Ali Kaya": ["Vali"]}),
        ("Bakan Hakan Fidan Brüksel'de konuştu.", {"Hakan Fidan": ["Bakan"]}),
    ],
)
def test_an_unlisted_middle_word_does_not_end_the_name_before_a_case_ending(text, expected):
    assert titled_persons(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Komisyon Başkanı Mehmet Muş'a teşekkür etti.", {"Mehmet Muş": ["Komisyon Başkanı"]}),
        ("Vali Hasan Bingöl'ün açıklaması okundu.", {"Hasan Bingöl": ["Vali"]}),
    ],
)
def test_a_city_with_a_case_ending_after_an_office_and_a_given_name_is_the_surname(text, expected):
    assert titled_persons(text) == expected


def test_a_place_after_a_full_name_stays_a_place():
    assert titled_persons("Bakan Ali Kaya Ankara'ya geldi.") == {"Ali Kaya": ["Bakan"]}


def test_a_scale_word_after_digits_in_capitals_opens_no_name():
    assert titled_persons("DEPREM BÖLGESİNDE 148 BİN TAHLİYE") == {}


def test_bin_between_name_words_stays_in_the_name():
    assert titled_persons("Veliaht Prens Muhammed Bin Selman konuştu.") == {"Muhammed Bin Selman": ["Veliaht Prens"]}


@pytest.mark.parametrize("name", ["Necmi", "Nejat", "Sevim", "Kübra", "Tahsin"])
def test_common_turkish_given_names_open_a_name(name):
    assert list(titled_persons(f"Toplantıya {name} Arıkan da katıldı.")) == [f"{name} Arıkan"]


def test_a_byline_in_parentheses_is_a_name_of_three_words():
    text = "Sergi ay sonuna kadar açık kalacak.\n\n(SEVİM NUR ARIKAN)"
    assert titled_persons(text) == {"Sevim Nur Arıkan": []}


def test_a_headline_of_a_name_and_a_verb_is_no_name_of_three_words():
    assert titled_persons("Konser yarın.\n\nAHMET KAYA SAHNEDE") == {}


def test_a_city_in_the_genitive_after_a_given_name_is_the_surname():
    assert titled_persons("Savcı, Ayşe Demir ve Kemal Aydın'ın tutuklanmasını istedi.") == {
        "Ayşe Demir": [], "Kemal Aydın": []}


def test_a_city_in_the_dative_after_a_given_name_stays_a_place():
    assert titled_persons("Mustafa Kemal Samsun'a çıktı.") == {"Mustafa Kemal": []}


@pytest.mark.parametrize(
    "text",
    [
        "Film, Ayla Tan Belgesel Ödülünü aldı.",
        "Film, Ayla Tan Ödülünü aldı.",
    ],
)
def test_a_name_before_an_award_in_the_accusative_names_the_award(text):
    assert titled_persons(text) == {}
