"""The candidate pass: a Doc's words are looked up once for every gazetteer, and a search on
them finds what a walk over every word finds."""

import pickle

import pytest

from pipeline.lang.tr.text import words
from pipeline.lexicons.candidates import DocWords, capitalized_words, word_index_at, word_starts
from pipeline.lexicons.gazetteer import Gazetteer

ENTRIES = [("Dışişleri Bakanlığı", "mfa"), ("Bakanlık", "ministry"), ("Kuzey Ada", "island")]
TEXT = "Dışişleri Bakanlığı'nın açıklamasını bakanlıklarda okuyanlar Kuzey Ada'ya gitti."


def spans(matches) -> list[tuple[str, str]]:
    return [(TEXT[m.start : m.end], m.key) for m in matches]


@pytest.mark.parametrize("proper, inflected", [(True, False), (False, True), (False, False)])
def test_a_doc_s_words_give_the_matches_of_a_full_walk(proper, inflected):
    gazetteer = Gazetteer(ENTRIES, proper=proper, inflected=inflected)
    doc_words = DocWords(words(TEXT))
    doc_words.find_candidates()
    assert spans(gazetteer.find(TEXT, doc_words)) == spans(gazetteer.find(TEXT, words(TEXT)))


def test_the_candidates_are_the_words_where_an_entry_may_start():
    gazetteer = Gazetteer(ENTRIES, proper=False, inflected=True)
    doc_words = DocWords(words(TEXT))
    starts = [doc_words[i].text for i in doc_words.candidates(gazetteer._candidate_number)]
    assert starts == ["Dışişleri", "bakanlıklarda", "Kuzey"]  # ``Bakanlığı`` is no ``Bakanlık`` + suffix


def test_a_gazetteer_built_after_the_pass_walks_every_word():
    doc_words = DocWords(words(TEXT))
    doc_words.find_candidates()
    later = Gazetteer(ENTRIES, proper=True)
    assert spans(later.find(TEXT, doc_words)) == [("Dışişleri Bakanlığı'nın", "mfa"), ("Kuzey Ada'ya", "island")]


def test_a_gazetteer_outside_the_pass_still_finds_its_entries():
    outside = Gazetteer(ENTRIES, proper=True, in_candidate_pass=False)
    assert spans(outside.find(TEXT, DocWords(words(TEXT)))) == [("Dışişleri Bakanlığı'nın", "mfa"), ("Kuzey Ada'ya", "island")]


def test_doc_words_pickle_as_words():
    doc_words = DocWords(words(TEXT))
    copied = pickle.loads(pickle.dumps(doc_words))
    assert isinstance(copied, DocWords) and list(copied) == list(doc_words)


@pytest.mark.parametrize(
    "text, found",
    [
        ("Bakan yardımcısına yazdı", [("Bakan yardımcısına", "deputy")]),  # the longer entry, inflected
        ("Bakanları geldi", [("Bakanları", "minister")]),  # the opening word alone, under a suffix
        ("Bakan", [("Bakan", "minister")]),  # the last word of the text: no room for the longer entry
        ("Yardımcı geldi", []),  # opens no entry
    ],
)
def test_an_inflected_gazetteer_tries_the_longer_entries_then_the_word_alone(text, found):
    gazetteer = Gazetteer([("Bakan Yardımcısı", "deputy"), ("Bakan", "minister")], proper=False, inflected=True)
    assert [(text[m.start : m.end], m.key) for m in gazetteer.find(text, words(text))] == found


@pytest.mark.parametrize("listed", [DocWords, list])
def test_word_starts_and_index_give_each_word_by_its_offset(listed):
    text_words = listed(words(TEXT))
    assert word_starts(text_words) == [w.start for w in text_words]
    assert {start: text_words[i].text for start, i in word_index_at(text_words).items()} == {
        w.start: w.text for w in text_words
    }


def test_a_doc_s_words_list_their_starts_once():
    doc_words = DocWords(words(TEXT))
    assert word_starts(doc_words) is word_starts(doc_words)
    assert word_index_at(doc_words) is word_index_at(doc_words)
    assert capitalized_words(doc_words) is capitalized_words(doc_words)


@pytest.mark.parametrize("listed", [DocWords, list])
def test_capitalized_words_are_those_written_with_a_capital(listed):
    text_words = listed(words(TEXT))
    capitalized = [text_words[i].text for i in capitalized_words(text_words)]
    assert capitalized == ["Dışişleri", "Bakanlığı", "Kuzey", "Ada"]
