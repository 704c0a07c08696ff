"""Person readings of round 28: an office word written with an apostrophe before its suffix
right after a given name is a surname (an office takes its suffix without one). Inputs are
sentences written for these tests."""

import pytest

import pipeline


def persons(text: str) -> list[tuple[str, list[str]]]:
    record = pipeline.extract(text, published="2026-03-10")
    return [(e.name, [t.title for t in e.titles]) for e in record.entities if e.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gazeteci Rojhat Elçi'nin kitabı çıktı.", "Rojhat Elçi"),
        ("Ödül bu yıl Ahmet Vali'ye verildi.", "Ahmet Vali"),
    ],
)
def test_an_office_word_with_an_apostrophe_after_a_given_name_is_a_surname(text, name):
    assert persons(text) == [(name, [])]


def test_an_office_word_after_a_full_name_stays_an_office():
    assert persons("Ankara Valisi Vasip Şahin, Vali Yardımcısı ile görüştü.") == [("Vasip Şahin", ["Ankara Valisi"])]


@pytest.mark.parametrize("text", ["Berat Kandili dolayısıyla camiler doldu.", "Kadir Gecesi programları açıklandı."])
def test_a_holy_night_named_after_a_given_name_is_no_person(text):
    assert persons(text) == []


def test_a_disease_named_after_places_names_no_country():
    record = pipeline.extract("Kırım-Kongo Kanamalı Ateşi vakaları arttı.", published="2026-03-10")
    assert [e.iso2 for e in record.entities if e.type == "COUNTRY"] == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Özel'in açıklamasına Bahçeli'den yanıt geldi.", ["Özel", "Bahçeli"]),
        ("Yavaş'ın sessizliği dikkat çekti.", ["Yavaş"]),
    ],
)
def test_a_public_figures_surname_that_is_a_word_is_a_person_with_a_suffix(text, names):
    assert [name for name, _ in persons(text)] == names


@pytest.mark.parametrize("text", ["Özel sektör büyüdü.", "Tartışmayı başlatan Özel oldu."])
def test_the_same_word_without_a_suffix_is_no_person_alone(text):
    assert persons(text) == []
