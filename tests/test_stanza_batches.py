"""The Stanza tokenizer batched by paragraph length gives the analyses of Stanza's own batches."""

import pytest

stanza = pytest.importorskip("stanza")  # the optional [stanza] extra; CI installs it

from pipeline.backends.stanza_backend import make_stanza_pipeline, stanza_model_dir
from pipeline.backends.stanza_batches import MIN_GROUP, length_groups

#: invented paragraphs of very different lengths, so that Stanza's own batches pad the short ones
PARAGRAPHS = [
    "Kısa bir giriş.",
    "Belediye meclisi dün akşam toplandı. Toplantıda yeni park projesi görüşüldü, üyelerin çoğu projeyi destekledi. "
    "Başkan, çalışmaların gelecek ay başlayacağını söyledi; proje iki yıl içinde tamamlanacakmış.",
    "Hava yarın yağmurlu olacak.",
    "Üniversitedeki öğrenciler kütüphanenin açık kalma süresinin uzatılmasını istediler. Rektörlük bu talebi "
    "olumlu karşıladığını açıkladı. Yeni düzenleme sınav haftalarında geçerli olacak, diğer haftalarda ise "
    "kütüphane eskisi gibi akşam sekizde kapanacak. Öğrenci temsilcileri karardan memnun olduklarını belirttiler.",
    "Maç berabere bitti.",
]


@pytest.mark.parametrize(
    "lengths, max_size, expected",
    [
        ([5, 100, 90], 32, [[1, 2, 0]]),  # fewer than MIN_GROUP rows: one group, longest first
        ([100] * 3, 2, [[0, 1], [2]]),  # at most max_size rows
        ([100] * MIN_GROUP + [80, 70], 32, [list(range(MIN_GROUP)) + [8], [9]]),  # 70 < 0.75 * 100
    ],
)
def test_paragraphs_are_grouped_by_length(lengths, max_size, expected):
    assert length_groups(lengths, max_size) == expected


def analyses(stanza_pipeline, texts):
    documents = stanza_pipeline([stanza.Document([], text=text) for text in texts])
    return [
        [
            (token.start_char, token.end_char, [(w.text, w.lemma, w.upos, w.feats) for w in token.words])
            for token in sentence.tokens
        ]
        for document in documents
        for sentence in document.sentences
    ]


def test_grouped_batches_give_the_analyses_of_stanzas_batches():
    from stanza.models.tokenization import utils

    stanza_pipeline = make_stanza_pipeline(stanza_model_dir())  # puts the grouped predict in place
    texts = ["\n\n".join(PARAGRAPHS), "\n\n".join(PARAGRAPHS[::-1])] * 5
    grouped = analyses(stanza_pipeline, texts)
    patched, utils.predict = utils.predict, utils.predict.stanza_original
    try:
        assert analyses(stanza_pipeline, texts) == grouped
    finally:
        utils.predict = patched
