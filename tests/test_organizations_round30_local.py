"""Round 30's local organization readings: a licence plate's letters, a sentence's inflected
first word before ``şirketin``, a person's surname after a cue noun, a company's short name in
parentheses, a gendarmerie's search and rescue team, a fire brigade under its city's short name,
national councils, and a hyphen inside a centre's name."""

from __future__ import annotations

import pytest

from pipeline.api import extract


def organizations(text: str) -> set[str]:
    record = extract(text, id="t", published="2026-03-10")
    return {e.name for e in record.entities if e.type == "ORGANIZATION"}


@pytest.mark.parametrize(
    "text",
    [
        "Kazada 42 ADF 19 plakalı tır ile 34 HT 4812 plakalı otobüs çarpıştı.",
        "Sürücüsü Ali Kaya yönetimindeki 06 PKK 123 plakalı otomobil devrildi.",
        "Kaza, 35 AB 1234 plakalı kamyonetin şarampole devrilmesiyle meydana geldi.",
        "Polis, 34 AKP 06 ve 06 TSK 45 plakalı araçları durdurdu.",
    ],
)
def test_letters_of_a_licence_plate_are_no_acronym(text: str) -> None:
    assert organizations(text) == set()


def test_an_acronym_before_a_number_without_a_plate_word_stays() -> None:
    assert "Avrupa Birliği" in organizations("Toplantıya 27 AB ülkesi katıldı.")


@pytest.mark.parametrize(
    "text",
    [
        "Duruşmaya şirketin avukatı Ümit Dursun katıldı.",
        "Sonrasında şirketin avukatı Ümit Dursun konuştu.",
    ],
)
def test_inflected_everyday_word_opening_the_sentence_before_a_cue_is_no_company(text: str) -> None:
    assert organizations(text) == set()


def test_a_bare_name_opening_the_sentence_before_a_cue_stays_a_company() -> None:
    assert "Kolin" in organizations("Kolin şirketinin avukatı Ümit Dursun konuştu.")


@pytest.mark.parametrize(
    "text",
    [
        "Çığda Yusuf Demirtaş (46) hayatını kaybetti. İş makinesinin operatörü Demirtaş, çığın altında kaldı.",
        "Kazada Mehmet Kalyoncu yaralandı. Aracın operatörü Kalyoncu, hastaneye kaldırıldı.",
    ],
)
def test_surname_of_a_person_named_in_the_article_after_a_cue_is_no_company(text: str) -> None:
    assert organizations(text) == set()
