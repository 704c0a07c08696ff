"""The memos of Stanza's context-free steps give the analyses of the uncached pipeline."""

import pytest

stanza = pytest.importorskip("stanza")  # the optional [stanza] extra; CI installs it

import torch

from pipeline.backends.stanza_backend import make_stanza_pipeline, stanza_model_dir
from pipeline.backends.stanza_memo import LemmaMemo, MwtMemo
from pipeline.backends.stanza_patches import filled_at_once, int_lengths

#: invented sentences with repeated words, clitics and copulas (multi-word tokens)
SENTENCES = [
    "Öğrenciler kitapları okudular ve kitaplar çok güzeldi.",
    "Bakanlar yarın Ankara'da toplanacaklarmış; toplantı uzun sürecekmiş.",
    "Bu konuda ciddi bir sorun vardır, sorunun çözümü de kolaydır.",
    "Kitaplarını okuyan öğrenciler sınavda başarılıydılar.",
]


def analyses(stanza_pipeline, texts):
    """Every token and word of the texts as Stanza analysed them (one call for all texts)."""
    documents = stanza_pipeline([stanza.Document([], text=text) for text in texts])
    return [
        [(token.text, [(w.text, w.lemma, w.upos, w.xpos, w.feats) for w in token.words]) for token in sentence.tokens]
        for document in documents
        for sentence in document.sentences
    ]


@pytest.fixture(scope="module")
def uncached():
    return make_stanza_pipeline(stanza_model_dir(), memoized=False)


@pytest.fixture(scope="module")
def memoized():
    return make_stanza_pipeline(stanza_model_dir())


def test_the_memoized_pipeline_gives_the_uncached_analyses(uncached, memoized):
    expected = analyses(uncached, SENTENCES)
    assert analyses(memoized, SENTENCES) == expected  # memos cold
    assert analyses(memoized, SENTENCES[::-1]) == expected[::-1]  # warm, other batch


def test_the_sentences_have_multi_word_tokens(uncached):
    assert any(len(words) > 1 for sentence in analyses(uncached, SENTENCES) for _, words in sentence)


def test_a_seen_word_and_part_of_speech_is_not_lemmatized_again(memoized):
    memo = memoized.processors["lemma"].process
    assert isinstance(memo, LemmaMemo)
    stanza_process, calls = memo.stanza_process, []

    def counted(document):
        calls.append(document)
        return stanza_process(document)

    memo.stanza_process = counted
    try:
        analyses(memoized, ["Kuşlar ağaçlara kondu."])
        seen = len(calls)
        analyses(memoized, ["Kuşlar ağaçlara kondu."])
    finally:
        memo.stanza_process = stanza_process
    assert len(calls) == seen


def test_a_tiny_lemma_memo_keeps_its_bound_and_the_lemmas(uncached, memoized):
    lemma = memoized.processors["lemma"]
    full, lemma.process = lemma.process, LemmaMemo(lemma.process.stanza_process, max_size=3)
    try:
        assert analyses(memoized, SENTENCES) == analyses(uncached, SENTENCES)
        assert len(lemma.process.lemmas) == 3
    finally:
        lemma.process = full


def test_a_tiny_mwt_memo_keeps_its_bound_and_the_expansions(uncached, memoized):
    mwt = memoized.processors["mwt"]
    full, mwt.process = mwt.process, MwtMemo(mwt.process.stanza_process, max_size=1)
    try:
        assert analyses(memoized, SENTENCES) == analyses(uncached, SENTENCES)
        assert len(mwt.process.expansions) == 1
    finally:
        mwt.process = full


@pytest.mark.parametrize(
    "rows, batch_size",
    [
        ([[4, 5, 6], [7], [8, 9]], 3),
        ([[4, 5, 6], [7], [8, 9]], 5),  # more rows than given: padding rows
        ([[3], [], [2, 2]], 3),  # an empty row
    ],
)
def test_the_padded_character_tensor_is_stanzas(rows, batch_size):
    from stanza.models.common.data import get_long_tensor

    fast = filled_at_once(get_long_tensor)(rows, batch_size)
    slow = get_long_tensor(rows, batch_size)
    assert fast.dtype == slow.dtype and fast.shape == slow.shape and torch.equal(fast, slow)


def test_a_tensor_of_other_shape_goes_to_stanzas_own():
    from stanza.models.common.data import get_long_tensor

    nested = [[[1, 2], [3, 4]], [[5, 6]]]
    assert torch.equal(filled_at_once(get_long_tensor)(nested, 2), get_long_tensor(nested, 2))


def test_sentences_sort_by_tensor_lengths_as_by_int_lengths():
    from stanza.models.common.data import sort_all

    lengths = [torch.tensor(n) for n in (3, 5, 3, 1, 5)]
    fields = [["a", "b", "c", "d", "e"], [10, 20, 30, 40, 50]]
    assert int_lengths(sort_all)(fields, lengths) == sort_all(fields, lengths)
