"""The head-noun finder's filter of capitalized words: the words it lets through are exactly
those a head-noun name or a one-word name may end at."""

from __future__ import annotations

import pytest

from pipeline.lang.tr.text import words
from pipeline.names.shape import HeadNouns


@pytest.fixture(scope="module")
def heads() -> HeadNouns:
    return HeadNouns("organization_heads.tsv")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ayşe Kaya Ankara'da konuştu", []),
        ("Tarım Bakanlığı açıklama yaptı", ["Bakanlığı"]),
        ("Kurulunda Ahmet konuştu", ["Kurulunda"]),
        ("Bandırmaspor Ankara'da oynadı", ["Bandırmaspor"]),
    ],
)
def test_only_words_that_may_end_a_name_are_kept(heads, text, kept):
    text_words = words(text)
    capitalized = [i for i, word in enumerate(text_words) if word.text[:1].isupper()]
    assert [text_words[i].text for i in heads.name_ends(text_words, capitalized)] == kept


def test_the_filter_keeps_every_word_the_finder_would_read(heads):
    text = "Ayşe Kaya, Milli Eğitim Bakanlığı ile Bandırmaspor Kulübü ve Yönetim Kurulunda"
    text_words = words(text)
    capitalized = [i for i, word in enumerate(text_words) if word.text[:1].isupper()]
    kept = set(heads.name_ends(text_words, capitalized))
    for i in capitalized:
        readable = heads.match(text, text_words, i) is not None or heads.is_one_word_name(text_words[i])
        assert (i in kept) == readable
