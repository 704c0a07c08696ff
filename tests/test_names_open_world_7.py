"""Names in open-world news, seventh round (issue 17): a middle name the lists do not know before
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
