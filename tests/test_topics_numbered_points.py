"""Agenda lists set out as numbered points (``1)``, ``2-``, ``3.``, ``a)``): the number is no word
of an item and separates items as a bullet does; a numbered paragraph that ends in a full stop
stays a statement of its own. Inputs are texts written for these tests."""

import pytest

import pipeline
from pipeline.topics.clauses import NUMBERED_POINT


def topics(text: str) -> list[str]:
    return [t.text for t in pipeline.extract(text).topics]


@pytest.mark.parametrize("mark", ["1)", "1-", "1.", "a)"])
def test_numbered_lines_after_an_agenda_noun_and_a_colon_are_its_items(mark):
    second = mark.replace("1", "2").replace("a", "b")
    text = f"İl genel meclisi toplandı.\n\nToplantının gündem maddeleri:\n{mark} Köy yolları\n{second} Okul onarımları\n"
    assert topics(text) == ["Köy yolları", "Okul onarımları"]


def test_numbered_points_inside_a_sentence_are_no_words_of_the_items():
    text = "Meclisin gündeminde 1- su tarifeleri, 2- park alanları ve 3- otopark ücretleri yer aldı."
    assert topics(text) == ["su tarifeleri", "park alanları", "otopark ücretleri"]


@pytest.mark.parametrize(
    "text",
    [
        "Takım rakibini 3-0 yendi.",  # a score
        "Gruptan 2. Lig'e iki takım çıktı.",  # an ordinal inside a line
    ],
)
def test_a_score_or_an_ordinal_inside_a_line_is_no_numbered_point(text):
    assert NUMBERED_POINT.search(text) is None


def test_a_numbered_paragraph_ending_in_a_full_stop_stays_a_statement():
    text = ("Kurul toplantısı sona erdi.\n\nBildiride;\n\n1. Bölgedeki son gelişmeler hakkında kurula bilgi "
            "sunulmuştur.\n\n2. Sınır güvenliğini güçlendirecek adımlar ele alınmıştır.\n")
    assert topics(text) == ["Bölgedeki son gelişmeler", "Sınır güvenliğini güçlendirecek adımlar"]
