"""The NER model's PERSON spans as candidates: the grammar validates them, and the model's
confidence, the name lists or the text back them (``pipeline.persons.model_names``)."""

from __future__ import annotations

import numpy
import pytest

import pipeline
from pipeline.extensions import NER_CONFIDENCE
from pipeline.ner.confidence import best_tag_probabilities, span_confidence
from tests.conftest import MODEL_COMPONENTS

SURE, UNSURE = 0.99, 0.5


def people(text: str, spans: list[tuple[int, int]], confidence: float | None = SURE) -> list[str]:
    """Persons when model PERSON spans stand at ``spans``, each token's best tag as likely as
    ``confidence`` (None: a model that keeps no confidence)."""
    nlp = pipeline.load()
    doc = nlp.make_doc(text)
    doc._.trnews_id, doc._.trnews_published = "t", None
    for name, component in nlp.pipeline:
        if name in MODEL_COMPONENTS:
            continue
        doc = component(doc)
        if name == "trnews_analysis":  # where the model runs in a loaded pipeline
            doc.ents = [doc.char_span(s, e, label="PERSON", alignment_mode="expand") for s, e in spans]
            if confidence is not None:
                doc.user_data[NER_CONFIDENCE] = [confidence] * len(doc)
    return [e.name for e in doc._.trnews_entities if e.type == "PERSON"]


def span_of(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_an_unknown_name_the_model_is_sure_of_is_a_person():
    text = "Törende Tavrek Osei Olumbo da bir konuşma yaptı."
    assert people(text, [span_of(text, "Tavrek Osei Olumbo")]) == ["Tavrek Osei Olumbo"]


def test_an_unknown_name_the_model_is_unsure_of_needs_backing():
    text = "Törende Tavrek Osei Olumbo da bir konuşma yaptı."
    assert people(text, [span_of(text, "Tavrek Osei Olumbo")], UNSURE) == []


def test_a_surname_said_again_backs_an_unsure_span():
    text = "Törende Tavrek Olumbo bir konuşma yaptı. Olumbo, projeyi anlattı."
    assert "Tavrek Olumbo" in people(text, [span_of(text, "Tavrek Olumbo")], UNSURE)


def test_without_the_models_confidence_a_known_given_name_backs_the_span():
    text = "Görüşmeye Jaroslav Nordqvist de katıldı."
    assert people(text, [span_of(text, "Jaroslav Nordqvist")], None) == ["Jaroslav Nordqvist"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Dilekçede T.C. ibaresi yer aldı.", "T.C."),  # a dotted abbreviation alone
        ("Gecenin sonunda DJ Zoltar sahneye çıktı.", "DJ Zoltar"),  # an acronym beside a name word
        ("Romanda Tavrek Efendi ile yolcular buluşur.", "Tavrek Efendi"),  # an honorific after
        ("Oyun yarın Zelko Tarvin Sahnesi'nde sahnelenecek.", "Zelko Tarvin"),  # a stage named after him
        ("Belediye Zelko Tarvin Parkı'nı yeniledi.", "Zelko Tarvin"),  # a park named after him
        ("Sabah Kuzey Rüzgarı Esintisi kenti serinletti.", "Rüzgarı Esintisi"),  # a piece of a longer run
        ("Festivalde Coşku ve Heyecan Doruğa Çıktı\nKonser gece yarısına kadar sürdü.", "Heyecan Doruğa"),
        ("Sahnede Mavi Kuşlar grubu vardı. Perde mavi renkteydi.", "Mavi Kuşlar"),  # a word written lowercase too
    ],
)
def test_spans_the_grammar_rejects_are_no_persons_however_sure_the_model(text, span):
    assert people(text, [span_of(text, span)]) == []


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ([[0.0, 0.0]], [0.5]),  # two tags scored alike: one chance in two
        ([[10.0, 0.0, 0.0]], [1 / (1 + 2 * numpy.exp(-10.0))]),
    ],
)
def test_best_tag_probability_is_the_softmax_of_the_best_score(scores, expected):
    assert best_tag_probabilities(numpy.array(scores)) == pytest.approx(expected)


def test_a_spans_confidence_is_its_least_sure_token():
    doc = pipeline.load().make_doc("Ali Veli geldi")
    doc.user_data[NER_CONFIDENCE] = [0.9, 0.6, 0.99]
    assert span_confidence(doc, doc[0:2]) == pytest.approx(0.6)


def test_a_doc_without_the_models_confidence_has_none():
    doc = pipeline.load().make_doc("Ali Veli geldi")
    assert span_confidence(doc, doc[0:2]) is None
