"""A lone surname one letter away from another person's surname said more often is that person,
misspelled (``Hutado`` among ``Hurtado``); short surnames and surnames said as often stay apart.
Inputs are match reports written for these tests."""

import pytest

import pipeline


def persons(text: str) -> list[str]:
    return sorted(e.name for e in pipeline.extract(text).entities if e.type == "PERSON")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("12. dakikada Lindqvist'in golüyle öne geçtik. 30. dakikada Lindqvist'in şutu direkten döndü. "
         "70. dakikada Lindqvst'in golüyle fark ikiye çıktı.", ["Lindqvist"]),
        ("Maçın ilk golü Okonkwo'nun kafa vuruşuyla geldi. Okonkwo'nun asistinde Aydın Kurt skoru ikiye "
         "taşıdı. Son dakikada Okonkvo'nun golüyle maç bitti.", ["Aydın Kurt", "Okonkwo"]),
    ],
)
def test_a_lone_surname_misspelled_once_joins_the_surname_said_more_often(text, expected):
    assert persons(text) == expected


def test_surnames_said_as_often_stay_two_people():
    text = "10. dakikada Petrovic'in golüyle öne geçtik. 80. dakikada Petrovac'ın golüyle eşitlik geldi."
    assert persons(text) == ["Petrovac", "Petrovic"]
