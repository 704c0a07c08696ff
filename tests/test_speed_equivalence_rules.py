"""The shortcuts of the second speed round (issue 15, round 13) in the rule stages give what
the plain code gives, on invented text."""

from __future__ import annotations

import random
import re

import pytest

from pipeline.lang.tr.text import words
from pipeline.lexicons.candidates import DocWords
from pipeline.names.openers import lowercase_words_of
from pipeline.organizations import sources
from pipeline.topics.clauses import sentences_of, tokens_of
from pipeline.topics.gatherings import gathers
from pipeline.lang.tr.dotless import MAX_SHARE, MAX_STRAY, MIN_WORDS, TURKISH_LETTERS, is_dotless

TEXTS = [
    "ANKARA (Kent Haber) - Belediye meclisi bugün toplandı. Toplantıda bütçe ve ulaşım ele alındı.",
    "Kaynak: Yerel Gazete / Ayşe Kaya\nİHA muhabirine konuşan Başkan, “Yeni dönem başlıyor” dedi.",
    "Haber metni (KARS-İHA)\nSON SATIR - Meclis'te Ali Veli'nin önerisi görüşüldü; 'X ve Y' tartışıldı.",
    "muhabir yok, parantez yok, tire yok",
    "",
]


def _random_texts(count: int) -> list[str]:
    rnd = random.Random(7)
    alphabet = "ANKARAİŞÜ (İHA)-–—/ \t\nmuhabir Kaynak:.!?abcçğ'’"
    return [''.join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60))) for _ in range(3000)]


@pytest.mark.parametrize("name", ["_SOURCE_LINE", "_IN_PARENTHESES", "_DATELINE_PARENTHESES", "_DATELINE_OUTLET",
                                  "_LAST_LINE", "_REPORTER"])
def test_outlet_pattern_matches_only_texts_holding_its_strings(name):
    pattern = getattr(sources, name)
    for text in TEXTS + _random_texts(3000):
        if pattern.search(text):
            assert sources._may_match(pattern, text), text


@pytest.mark.parametrize("name, lookahead", [("_DATELINE_PARENTHESES", r"(?=[ \tA-ZÇĞİÖŞÜ])"),
                                             ("_REPORTER", r"(?=[A-ZÇĞİÖŞÜ])")])
def test_outlet_pattern_lookahead_finds_the_same_matches(name, lookahead):
    pattern = getattr(sources, name)
    plain = re.compile(pattern.pattern.replace(lookahead, "", 1), pattern.flags)
    assert plain.pattern != pattern.pattern
    for text in TEXTS + _random_texts(3000):
        assert [m.span("name") for m in pattern.finditer(text)] == [m.span("name") for m in plain.finditer(text)]


@pytest.mark.parametrize("text", [
    " ".join(["toplanti", "gorusuldu", "bakan"] * 12),
    " ".join(["toplanti", "gorusuldu", "bakan"] * 12 + ["Işık", "şu"]),
    " ".join(["toplanti", "gorusuldu", "bakan"] * 12 + ["Işık", "şu", "ağ"]),
    " ".join(["toplantı", "görüşüldü", "bakan"] * 12),
    " ".join(["Işık"] * 3 + ["toplanti", "gorusuldu", "bakan"] * 100),
    " ".join(["toplanti", "gorusuldu", "bakan"] * 100 + ["Işık"] * 3),
    " ".join(["toplanti", "gorusuldu", "bakan"] * 100 + ["Işık"] * 4),
    "kısa metin",
])
def test_dotless_test_stopping_early_counts_as_the_full_count(text):
    text_words = words(text)
    with_letters = sum(1 for word in text_words if any(c in TURKISH_LETTERS for c in word.text))
    expected = len(text_words) >= MIN_WORDS and with_letters <= max(MAX_STRAY, MAX_SHARE * len(text_words))
    assert is_dotless(text) == expected


@pytest.mark.parametrize("text", TEXTS[:3])
def test_sentence_tokens_cut_at_the_sentence_end(text):
    tokens = tokens_of(text, words(text))
    for sentence in sentences_of(text, tokens):
        inside = [t for t in tokens if sentence.start <= t.start < sentence.end and t.end <= sentence.end]
        assert sentence.tokens == inside


def test_lowercase_words_remembered_for_a_docs_words_only():
    first, second = DocWords(words("Ali eve geldi")), DocWords(words("Ayşe okula gitti"))
    assert lowercase_words_of(first) == {"eve", "geldi"}
    assert lowercase_words_of(second) == {"okula", "gitti"}
    assert lowercase_words_of(first) == {"eve", "geldi"}
    plain = words("Veli işe gitti")
    assert lowercase_words_of(plain) == {"işe", "gitti"}
    plain.append(words("yeni")[0])
    assert lowercase_words_of(plain) == {"işe", "gitti", "yeni"}  # a plain list is read again


def test_head_noun_name_ends_filter_as_the_plain_loop(nlp):
    heads = nlp.get_pipe("trnews_organizations").heads
    text_words = words("Mavi Deniz Vakfı ile Kuzey Enerji Şirketi ve Bandırmaspor, Ankara Üniversitesi'nde buluştu")
    capitalized = [i for i, w in enumerate(text_words) if w.text[:1].isupper()]
    expected = [i for i in capitalized if heads._may_end_name[text_words[i].text, text_words[i].folded]]
    assert heads.name_ends(text_words, capitalized) == expected


@pytest.mark.parametrize("text, expected", [
    ("İki bakan dün Ankara'da bir araya geldi.", True),
    ("Vali Demir ile Başkan Kaya akşam buluştu.", True),
    ("Binlerce kişi meydanda bir araya geldi.", False),  # a crowd: the walk reads the verb, then says no
    ("Sanık tahliye edildikten sonra ailesiyle buluştu.", False),  # a reunion
    ("Belediye meclisi bütçeyi görüştü.", False),  # neither verb: told without the walk
])
def test_gathering_told_from_the_sentence_words_as_by_the_walk(nlp, text, expected):
    stage = nlp.get_pipe("trnews_topics")
    tokens = tokens_of(text, words(text), stage.finder.stemmer.key)
    assert [gathers(stage.finder.words, sentence) for sentence in sentences_of(text, tokens)] == [expected]
