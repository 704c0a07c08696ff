"""Word alternations written as a trie match what the words side by side, longest first, match."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.lang.tr.alternation import longest_first

WORDS = ["pazar", "pazartesi", "salı", "Salı", "on", "onbir", "geçen hafta"]


def test_a_word_and_its_longer_form_share_a_branch():
    assert longest_first(["pazar", "pazartesi"]) == "pazar(?:tesi)?"


@pytest.mark.parametrize(
    "text, after",
    [
        ("pazartesi günü", ""),
        ("pazar günü", ""),
        ("Salı sabahı", ""),
        ("onbir kişi", r"(?!\w)"),
        ("on kişi", r"(?!\w)"),
        ("onbirinci", r"(?!\w)"),  # neither form stands as a whole word
        ("geçen hafta sonu", ""),
    ],
)
def test_the_trie_matches_as_the_longest_first_list_does(text, after):
    side_by_side = "|".join(sorted(map(re.escape, WORDS), key=len, reverse=True))
    expected = re.match(f"(?:{side_by_side}){after}", text)
    found = re.match(f"(?:{longest_first(WORDS)}){after}", text)
    assert (found and found.group()) == (expected and expected.group())


@given(
    st.lists(st.text(alphabet="abç.", min_size=1, max_size=4), min_size=1, max_size=6),
    st.text(alphabet="abç. ", max_size=8),
)
def test_any_words_match_alike_at_any_text(words, text):
    side_by_side = "|".join(sorted(map(re.escape, set(words)), key=len, reverse=True))
    for after in ("", "(?![ab])"):  # with a condition after the word, the shorter forms are tried in turn
        expected = re.match(f"(?:{side_by_side}){after}", text)
        found = re.match(f"(?:{longest_first(words)}){after}", text)
        assert (found and found.group()) == (expected and expected.group())
