"""The Turkish language layer's word analysis and the stage that stores it on the Doc."""

from __future__ import annotations

import pytest
import spacy

from pipeline.lang.tr.analysis import analyze, suffix_case
from pipeline.lang.tr.text import leading_words, opens_sentence, sentence_openings, turkish_lower, turkish_upper, words


@pytest.mark.parametrize(
    ("stem", "suffix", "case"),
    [
        ("fidan", "ın", "gen"),
        ("italya", "dan", "abl"),
        ("suriye", "ye", "dat"),
        ("ankara", "da", "loc"),
        ("brüksel", "i", "acc"),
        ("nato", "yla", "ins"),
        ("türkiye", "deki", ""),  # -ki after the locative: no plain case ending
        ("ankara", "", ""),
    ],
)
def test_the_case_of_an_apostrophe_suffix(stem, suffix, case):
    assert suffix_case(stem, suffix) == case


@pytest.mark.parametrize(
    ("text", "start", "opens"),
    [
        ("Ankara bugün", 0, True),
        ("Geldi. Ankara bugün", 7, True),
        ('Dedi ki: "Ankara', 10, True),
        ("Dün Ankara", 4, False),
        ("başlık\nAnkara", 7, True),
        ("(Ankara", 1, True),
        ("- Oğlum, dedi.", 2, True),  # a dialogue dash opening the line
        ("Geldi.\n• Ayşe Kaya", 9, True),  # a bullet
        ("ANKARA (AA) - Bakan", 14, False),  # a dateline's dash inside the line
    ],
)
def test_a_word_opens_a_sentence(text, start, opens):
    assert opens_sentence(text, start) is opens
    assert (start in sentence_openings(text)) is opens  # every offset at once, the same reading


@pytest.mark.parametrize(
    "text",
    ["Geldi. Ankara bugün", '..  "(Ankara) Dedi ki: «Evet»', "\n\n- Madde: bir; iki", '"(Ankara: evet. Bugün', "",
     "Dedi.\n - Evet — hayır\n* Bir - iki"],
)
def test_the_openings_of_a_text_are_those_its_words_would_be_told(text):
    every = {offset for offset in range(len(text) + 1) if opens_sentence(text, offset)}
    word_starts = {word.start for word in words(text)}
    assert sentence_openings(text) & word_starts == every & word_starts


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("İSTANBUL", "istanbul"), ("ISPARTA", "ısparta"), ("Iğdır'ın", "ığdır'ın"), ("İİT", "iit"),
        ("DİYARBAKIR", "diyarbakır"),
    ],
)
def test_turkish_case_folding_keeps_the_dotted_and_dotless_i_apart(upper, lower):
    assert turkish_lower(upper) == lower
    assert turkish_upper(lower) == turkish_upper(upper)


@pytest.mark.parametrize("count", [1, 2, 3, 9])
def test_the_leading_words_of_a_window_are_its_first_words(count):
    window = "milyar dolarlık İSTANBUL'daki yatırım"
    assert leading_words(window, count) == words(window)[:count]


def test_the_analysis_reads_each_word_once():
    analysis = analyze("Heyet İtalya'dan döndü. Bakanlığına bildirdi.")
    assert analysis.folded == ["heyet", "italya", "dan", "döndü", "bakanlığına", "bildirdi"]
    assert analysis.suffixes[1] == "dan" and analysis.cases[1] == "abl"
    assert analysis.opens_sentence.tolist() == [True, False, False, False, True, False]
    assert analysis.sentence_starts.tolist() == [0, 24]


def test_a_statistical_lemma_becomes_the_stem_key():
    analysis = analyze("Bakanlar geldi", lemmas=["Bakan", None])
    assert analysis.keys[0] == "bakan"


def test_the_stage_stores_the_analysis_on_the_doc():
    nlp = spacy.blank("tr")
    nlp.add_pipe("trnews_analysis")
    doc = nlp("Fidan'ın sözleri.")
    assert doc._.trnews_analysis.cases[0] == "gen"
    assert doc.to_bytes()  # plain values: the Doc serializes


@pytest.mark.parametrize("word", ["güvenliğine", "bakanları", "ankara", "görüşmelerinde"])
def test_the_stem_key_memo_gives_match_key_and_starts_again_when_full(monkeypatch, word):
    from pipeline.lang.tr import analysis
    from pipeline.lang.tr.morphology import match_key

    monkeypatch.setattr(analysis._stem_keys, "size", 1)
    analysis.stem_key("öncekisi")  # fills the memo to its bound
    assert analysis.stem_key(word) == match_key(word)
    assert len(analysis._stem_keys) == 1
