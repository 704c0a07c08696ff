"""Title phrases found on unseen news: a possessive after an apostrophe, a country
that opens an association's name, an organization before a founder or a vice-chair."""

import pytest

import pipeline


def titles(text: str) -> list[tuple[str, str | None]]:
    (person,) = [e for e in pipeline.extract(text).entities if e.type == "PERSON"]
    return [(t.title, t.country) for t in person.titles]


def test_an_abbreviated_head_takes_its_possessive_after_an_apostrophe():
    assert titles("Toplantıya BMW CEO'su Ayşe Kaplan da katıldı.")[0][0] == "BMW CEO"


def test_a_country_opening_a_federation_stays_in_the_title():
    text = "Türkiye Basketbol Federasyonu Başkanı Ayşe Kaplan açıklama yaptı."
    assert titles(text) == [("Türkiye Basketbol Federasyonu Başkanı", "TR")]


def test_a_country_before_a_state_organ_is_the_office_country():
    text = "Japonya Merkez Bankası Başkanı Kenji Sato faizleri sabit tuttu."
    assert titles(text) == [("Merkez Bankası Başkanı", "JP")]


def test_a_company_before_its_founder_is_part_of_the_title():
    assert titles("Dün Moda Sepeti kurucusu Ayşe Kaplan konuştu.")[0][0] == "Moda Sepeti kurucusu"


def test_a_bare_office_word_before_a_possessed_head_qualifies_it():
    assert titles("Derneğin Kurucu Başkanı Ayşe Kaplan konuştu.")[0][0] == "Kurucu Başkanı"


def test_a_field_said_with_sorumlu_qualifies_a_bare_head():
    text = "Kulübün Altyapıdan Sorumlu Asbaşkan Ayşe Kaplan açıklama yaptı."
    assert titles(text)[0][0] == "Altyapıdan Sorumlu Asbaşkan"


def test_a_newspaper_named_like_an_office_stays_in_its_columnist_title():
    assert titles("Elçi gazetesi yazarı Ayşe Kaplan yeni kitabını tanıttı.")[0][0] == "Elçi gazetesi yazarı"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Yangına itfaiye eri Murat Kaplan müdahale etti.", "itfaiye eri"),
        ("Toplantıya Belediye Elektrik Teknikeri Murat Kaplan katıldı.", "Belediye Elektrik Teknikeri"),
        ("Konferansta Oxford Tarih Profesörü Anne Miller konuştu.", "Oxford Tarih Profesörü"),
    ],
)
def test_occupations_with_their_fields_are_titles(text, title):
    assert titles(text)[0][0] == title
