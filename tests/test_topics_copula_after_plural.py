"""A nominal predicate closed by the past copula on a plural (``Toplantının ana konusu Suriye'deki
gelişmelerdi``), told from a verb's habitual past (``yaparlardı``); the subject may be a longer
cue than an opener inside it (``ana gündem maddesi``). Inputs are sentences written for these tests."""

import pytest

import pipeline
from pipeline.lang.tr.endings import copula_length


@pytest.mark.parametrize(
    "word, length",
    [
        ("gelişmelerdi", 2),  # a plural noun and the copula
        ("güvenliğiydi", 3),  # after a vowel, with its buffer
        ("yaparlardı", 0),  # the aorist's plural and the past: a verb
        ("belirledi", 0),  # a verb's past
    ],
)
def test_the_copula_that_closes_a_predicate(word, length):
    assert copula_length(word) == length


def test_a_plural_predicate_of_an_agenda_noun_is_the_meetings_topic():
    record = pipeline.extract("Toplantının ana konusu Suriye'deki son gelişmelerdi.")
    assert [t.text for t in record.topics] == ["Suriye'deki son gelişmeler"]


def test_a_longer_subject_is_read_not_the_opener_inside_it():
    record = pipeline.extract("Görüşmenin ana gündem maddesi limandaki genişleme çalışmalarıydı.")
    assert [t.text for t in record.topics] == ["limandaki genişleme çalışmaları"]
