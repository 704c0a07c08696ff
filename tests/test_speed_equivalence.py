"""The shortcuts of the speed round (issue 15, round 13) give what the plain code gives.

Each test compares a fast path with the computation it stands for, on invented text.
"""

from __future__ import annotations

import json
import re

import pytest

from pipeline.lang.tr import text as text_module
from pipeline.lang.tr.morphology import _ALL_SUFFIXES, strip_suffix
from pipeline.lang.tr.text import fold_for_matching, words
from pipeline.lexicons import candidates
from pipeline.schema import Money, Record

SENTENCES = [
    "Bakan Yılmaz, 5 milyar dolar ve USD 300 milyon ile 12 € tutarında bir anlaşma imzaladı.",
    'Toplantıda "Yeni dönem" dedi: Ankara ve İstanbul\'da 3 TL\n4 USD\nzam yok. "Mali kural" sürüyor!',
    "HK $ 10 ve C$5 ile 2.500.000 TL; ABD $ 7 milyon, $ 8, 9 £ ve 7₺.",
    "",
    "\n\n 5",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_leading_currency_checked_only_where_a_name_can_end(nlp, text):
    money = nlp.get_pipe("trnews_money")
    for offset in range(len(text) + 1):
        searched = money.leading_currency.search(text, max(0, offset - 8), offset)
        found = money.leading.before(text, offset)
        assert (found and found.span()) == (searched and searched.span())


def test_amount_read_once_per_text_is_the_amount_read_afresh(nlp):
    from pipeline.lang.tr.numbers import find_number_phrases

    money, text = nlp.get_pipe("trnews_money"), SENTENCES[0]
    for number in find_number_phrases(text):
        assert money._amount(text, number) == money._read_amount(text, number)


@pytest.mark.parametrize("short", ["Dışişleri Bakanı Hakan Fidan'ın", "İTALYA'dan", "a b"])
def test_remembered_words_and_keys_are_fresh_lists(short):
    first = words(short)
    first.append("changed")
    assert words(short) == text_module._split_words(short)
    assert fold_for_matching(short) == text_module._fold_for_matching(short)


def test_remembered_stems_are_fresh_lists():
    first = strip_suffix("bakanlarının", _ALL_SUFFIXES)
    first.append("changed")
    assert "changed" not in strip_suffix("bakanlarının", _ALL_SUFFIXES)


def test_candidate_index_gives_what_every_gazetteer_says(nlp):
    folded = {word.folded for sentence in SENTENCES for word in words(sentence)}
    folded |= {"bakanlarının", "türkiye", "avrupa", "dolarlık", "cumhurbaşkanı"}
    for word in sorted(folded):
        expected = tuple(
            number
            for number, reference in enumerate(candidates._registered)
            if reference() is not None and reference().may_start(word)
        )
        assert candidates._starting_here(word) == expected


@pytest.mark.parametrize("text", SENTENCES)
def test_sentence_breaks_scan_finds_the_same_breaks(text):
    plain = re.compile(r"[.!?:;]\s+|\n\s*|(?<=\s)(?=[\"“«])")
    assert [m.span() for m in text_module._SENTENCE_BREAK.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("amount", [2.75, 0.5, 123456789.125, 1e-05, 0.00012, 7, 10**20])
def test_record_json_is_json_dumps_bytes(amount):
    money = Money(text="x ğ \" \\ \t\x01", start=0, end=1, amount=amount, currency="USD")
    record = Record(id="ş-1", published="2024-01-02", money=[money])
    expected = json.dumps(record.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
    assert record.to_json() == expected


def test_record_json_with_a_lone_surrogate_is_json_dumps_bytes():
    record = Record(id="x\ud800", published=None)
    assert record.to_json() == json.dumps(record.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))
