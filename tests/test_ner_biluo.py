"""The tagger-style NER head: BILUO tags read into entities, and decoding kept well-formed."""

import numpy
import pytest
import spacy

from pipeline.ner.biluo_tagger import allowed_transitions, best_path, entity_spans, repaired_path

TAGS = ["O", "B-PERSON", "I-PERSON", "L-PERSON", "U-PERSON", "U-GPE"]


@pytest.mark.parametrize(
    "words, tags, expected",
    [
        ("Ali Kaya Ankara'ya gitti", ["B-PERSON", "L-PERSON", "U-GPE", "O"], [("Ali Kaya", "PERSON"), ("Ankara'ya", "GPE")]),
        ("Ali Rıza Kaya geldi", ["B-PERSON", "I-PERSON", "L-PERSON", "O"], [("Ali Rıza Kaya", "PERSON")]),
        # ill-formed sequences a plain tagger may give are read leniently
        ("Ali Kaya geldi", ["I-PERSON", "L-PERSON", "O"], [("Ali Kaya", "PERSON")]),
        ("Ali Kaya geldi", ["B-PERSON", "O", "O"], [("Ali", "PERSON")]),
        ("Ali Ankara", ["B-PERSON", "L-GPE"], [("Ali", "PERSON"), ("Ankara", "GPE")]),
        ("Ali Veli", ["U-PERSON", "U-PERSON"], [("Ali", "PERSON"), ("Veli", "PERSON")]),
    ],
)
def test_entity_spans_read_biluo_tags(words, tags, expected):
    doc = spacy.blank("tr")(words)
    assert [(span.text, span.label_) for span in entity_spans(doc, tags)] == expected


def path_of(probabilities):
    scores = numpy.log(numpy.array(probabilities) + 1e-9)
    return [TAGS[i] for i in best_path(scores, *allowed_transitions(TAGS))]


def test_best_path_never_leaves_an_entity_open():
    # the best tag alone would be B-PERSON then O; the best well-formed path is U-PERSON then O
    assert path_of([[0.1, 0.5, 0, 0, 0.4, 0], [0.9, 0, 0, 0.1, 0, 0]]) == ["U-PERSON", "O"]


def test_best_path_never_starts_inside_an_entity():
    assert path_of([[0.3, 0, 0.7, 0, 0, 0], [0.9, 0, 0, 0.1, 0, 0]])[0] == "O"


def test_best_path_keeps_the_best_tags_when_they_are_well_formed():
    assert path_of([[0, 0.9, 0, 0, 0.1, 0], [0, 0, 0, 0.8, 0, 0.2], [0, 0, 0, 0, 0, 1.0]]) == [
        "B-PERSON", "L-PERSON", "U-GPE"
    ]


def repaired(probabilities):
    scores = numpy.log(numpy.array(probabilities) + 1e-9)
    return [TAGS[i] for i in repaired_path(scores, *allowed_transitions(TAGS), TAGS.index("O"))]


def test_repair_decodes_only_the_broken_stretch():
    sure_o = [1.0, 0, 0, 0, 0, 0]
    hesitant = [[0.1, 0.5, 0, 0, 0.4, 0], [0.6, 0, 0, 0.4, 0, 0]]  # best tags B-PERSON, O: broken
    sure_gpe = [0, 0, 0, 0, 0, 1.0]
    assert repaired([sure_gpe, sure_o, *hesitant, sure_o, sure_gpe]) == [
        "U-GPE", "O", "U-PERSON", "O", "O", "U-GPE"
    ]


def test_repair_gives_the_best_path_of_a_broken_sequence():
    probabilities = [[0.3, 0, 0.7, 0, 0, 0], [0.2, 0, 0, 0.8, 0, 0], [0.9, 0, 0, 0.1, 0, 0]]
    assert repaired(probabilities) == path_of(probabilities)
