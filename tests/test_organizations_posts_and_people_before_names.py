"""A body named for an office said of the post (``Devlet Başkanlığı seçimi``), a person's name
run into an institution opening with its place, a listed name written as a common phrase at a
sentence's start, and pronouns before a club's name. Sentences written for these tests."""

import pytest

import pipeline


def organizations(text: str) -> list[str]:
    return [e.name for e in pipeline.extract(text).entities if e.type == "ORGANIZATION"]


@pytest.mark.parametrize(
    "text",
    [
        "Şili'de Devlet Başkanlığı yarışında iki aday kaldı.",
        "Şili'de yapılan Devlet Başkanlığı seçimlerini muhalefet kazandı.",
        "Kentte Belediye Başkanlığı adaylığı tartışılıyor.",
        "Peru'da Cumhurbaşkanlığı adaylığı için başvurular sürüyor.",
    ],
)
def test_an_office_before_a_noun_of_the_post_is_no_organization(text):
    assert organizations(text) == []


def test_an_institution_headed_by_baskanligi_stays_before_other_words():
    assert organizations("Diyanet İşleri Başkanlığı açıklama yaptı.") == ["Diyanet İşleri Başkanlığı"]


def test_a_person_named_apart_is_no_part_of_the_hospital_after_him():
    text = "Kazada Mehmet Yılmaz (40) yaralandı. Sürücü Mehmet Yılmaz Akçaabat Devlet Hastanesi'nde tedavi görüyor."
    assert organizations(text) == ["Akçaabat Devlet Hastanesi"]


@pytest.mark.parametrize(
    "text",
    [
        "Mehmet Akif Ersoy Üniversitesi öğrencileri Mehmet Akif Ersoy'u andı.",
        "Mehmet Akif Ersoy Üniversitesi öğrencileri Mehmet Akif'i andı.",
    ],
)
def test_a_university_named_for_a_person_stays_whole(text):
    assert organizations(text) == ["Mehmet Akif Ersoy Üniversitesi"]


def test_a_listed_name_in_lowercase_opening_a_sentence_is_a_common_phrase():
    assert organizations("Merkez bankası faizi beklenmedik biçimde indirdi.") == []


def test_a_listed_name_capitalized_opening_a_sentence_stays_a_name():
    assert organizations("Merkez Bankası faizi beklenmedik biçimde indirdi.") == ["Merkez Bankası"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("İki maç izledim. İlki Sivasspor ile Konyaspor karşılaşmasıydı.", ["Sivasspor", "Konyaspor"]),
        ("Diğeri Galatasaray maçıydı.", ["Galatasaray"]),
    ],
)
def test_a_pronoun_picking_one_of_a_list_opens_no_club_name(text, expected):
    assert organizations(text) == expected
