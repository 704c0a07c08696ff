"""The Stanza backend: offline loading of the shipped model, exact text, same stages on top."""

import json
import socket

import pytest

pytest.importorskip("stanza")  # the optional [stanza] extra; CI installs it

import spacy
from typer.testing import CliRunner

import pipeline
from pipeline.api import _build_stanza_pipeline
from pipeline.backends.stanza_backend import (
    MODEL_DIR_ENV,
    stanza_language,
    stanza_model_dir,
    stanza_to_spacy,
)
from pipeline.cli import app
from pipeline.resources import models_dir


@pytest.fixture(scope="module")
def stanza_nlp():
    return pipeline.load(backend="stanza")


def test_the_shipped_model_loads_and_runs_without_network(monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError("the Stanza backend tried to reach the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.delenv(MODEL_DIR_ENV, raising=False)
    nlp = stanza_language()
    assert [token.text for token in nlp("Ankara'da toplantı yapıldı.")] == ["Ankara'da", "toplantı", "yapıldı", "."]


def test_the_doc_reproduces_the_text_with_all_its_whitespace(stanza_nlp):
    text = "  Dışişleri Bakanı  konuştu.\n\nİkinci paragraf\tburada başlıyor. \n"
    doc = stanza_nlp.make_doc(text)
    assert doc.text == text
    assert [token.text for token in doc if not token.is_space][:3] == ["Dışişleri", "Bakanı", "konuştu"]


def test_sentences_come_from_stanza(stanza_nlp):
    doc = stanza_nlp.make_doc("Toplantı yarın yapılacak. Bakanlar Ankara'da buluşacak.")
    assert [sentence.text for sentence in doc.sents] == ["Toplantı yarın yapılacak.", "Bakanlar Ankara'da buluşacak."]


def test_the_shipped_model_gives_lemmas_parts_of_speech_and_morphology(stanza_nlp):
    students, _, read, _ = stanza_nlp.make_doc("Öğrenciler kitapları okudular.")
    assert (students.lemma_, students.pos_, students.morph.get("Number")) == ("öğrenci", "NOUN", ["Plur"])
    assert (read.lemma_, read.pos_, read.morph.get("Tense")) == ("oku", "VERB", ["Past"])


def test_the_shipped_model_splits_a_copula_off_as_a_second_word(stanza_nlp):
    doc = stanza_nlp.make_doc("Bu konuda ciddi bir sorun vardır.")
    assert doc[5].text == "vardır"
    assert [word.text for word in doc[5]._.trnews_syntactic_words] == ["var", "dır"]


def _stanza_analysis_of_sorun_vardir():
    from stanza.models.common.doc import Document

    return Document(
        [[
            {"id": 1, "text": "Sorun", "lemma": "sorun", "upos": "NOUN", "feats": "Case=Nom|Number=Sing",
             "misc": "start_char=0|end_char=5"},
            {"id": (2, 3), "text": "vardır", "misc": "start_char=6|end_char=12"},
            {"id": 2, "text": "var", "lemma": "var", "upos": "ADJ", "feats": "Polarity=Pos"},
            {"id": 3, "text": "dır", "lemma": "i", "upos": "AUX", "feats": "Mood=Gen"},
            {"id": 4, "text": ".", "lemma": ".", "upos": "PUNCT", "misc": "start_char=12|end_char=13"},
        ]],
        text="Sorun vardır.",
    )  # fmt: skip


def test_lemma_part_of_speech_and_features_of_a_word_go_to_its_token():
    doc = stanza_to_spacy(_stanza_analysis_of_sorun_vardir(), "Sorun vardır.", spacy.blank("tr").vocab)
    problem = doc[0]
    assert (problem.text, problem.lemma_, problem.pos_) == ("Sorun", "sorun", "NOUN")
    assert problem.morph.to_dict() == {"Case": "Nom", "Number": "Sing"}


def test_a_multi_word_token_is_one_token_analysed_as_its_first_word_with_all_words_kept():
    doc = stanza_to_spacy(_stanza_analysis_of_sorun_vardir(), "Sorun vardır.", spacy.blank("tr").vocab)
    there_is = doc[1]
    assert [token.text for token in doc] == ["Sorun", "vardır", "."]
    assert (there_is.lemma_, there_is.pos_, str(there_is.morph)) == ("var", "ADJ", "Polarity=Pos")
    assert [(w.text, w.lemma, w.upos) for w in there_is._.trnews_syntactic_words] == [
        ("var", "var", "ADJ"),
        ("dır", "i", "AUX"),
    ]


def test_record_offsets_point_into_the_original_text(stanza_nlp, seed_text):
    record = pipeline.extract(seed_text, nlp=stanza_nlp)
    mentions = [mention for entity in record.entities for mention in entity.mentions]
    assert mentions
    for mention in mentions:
        assert seed_text[mention.start : mention.end] == mention.text


def test_the_seed_has_the_same_countries_as_with_the_spacy_backend(stanza_nlp, seed_record, seed_text):
    with_stanza = json.loads(pipeline.extract(seed_text, id=seed_record["id"], nlp=stanza_nlp).to_json())
    assert _countries(with_stanza) == _countries(seed_record)
    assert len(_countries(with_stanza)) == 9


def _countries(record: dict) -> list[tuple[str, list]]:
    return [(e["iso2"], e["mentions"]) for e in record["entities"] if e["type"] == "COUNTRY"]


def test_the_model_folder_comes_from_the_argument_then_the_environment_then_the_shipped_model(monkeypatch, tmp_path):
    monkeypatch.delenv(MODEL_DIR_ENV, raising=False)
    assert stanza_model_dir() == models_dir() / "stanza"
    monkeypatch.setenv(MODEL_DIR_ENV, str(tmp_path))
    assert stanza_model_dir() == tmp_path
    assert stanza_model_dir(tmp_path / "other") == tmp_path / "other"


def test_a_folder_without_stanza_models_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match=MODEL_DIR_ENV):
        stanza_language(tmp_path)


def test_without_stanza_ner_the_projects_ner_model_runs_on_stanza_tokens(tmp_path):
    ner_model = spacy.blank("tr")
    ner_model.add_pipe("entity_ruler").add_patterns([{"label": "PERSON", "pattern": "Hakan Fidan"}])
    ner_model.to_disk(tmp_path / "ner")
    nlp = _build_stanza_pipeline(None, tmp_path / "ner")
    doc = nlp("Dışişleri Bakanı Hakan Fidan konuştu.")
    assert [(ent.text, ent.label_) for ent in doc.ents] == [("Hakan Fidan", "PERSON")]


def test_the_command_line_extracts_with_the_stanza_backend(tmp_path):
    article = tmp_path / "haber.txt"
    article.write_text("Bakan, İtalya'dan gelen heyeti kabul etti.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", "--backend", "stanza", str(article)])
    assert result.exit_code == 0, result.output
    assert [e["iso2"] for e in json.loads(result.stdout)["entities"]] == ["IT"]


def test_an_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="stanza"):
        pipeline.load(backend="udpipe")


def _analysis(doc):
    return [(t.idx, t.text, t.lemma_, t.pos_, str(t.morph), t._.trnews_syntactic_words) for t in doc]


def test_a_batch_of_texts_is_analysed_as_each_text_alone(stanza_nlp):
    texts = ["Bakanlar Ankara'da buluşacak.", "   ", "Öğrenciler kitapları okudular. Toplantı yarın yapılacak."]
    batched = list(stanza_nlp.tokenizer.pipe(texts, batch_size=2))
    assert [_analysis(doc) for doc in batched] == [_analysis(stanza_nlp.make_doc(text)) for text in texts]


def test_extract_many_hands_stanza_the_batch_in_one_call(stanza_nlp, monkeypatch):
    calls = []
    analyse = stanza_nlp.tokenizer.stanza_pipeline
    monkeypatch.setattr(stanza_nlp.tokenizer, "stanza_pipeline", lambda documents: calls.append(documents) or analyse(documents))
    rows = [{"id": str(n), "text": text} for n, text in enumerate(["Heyet Roma'ya gitti.", "Vali Ankara'da konuştu."])]
    assert [record.id for record in pipeline.extract_many(rows, nlp=stanza_nlp)] == ["0", "1"]
    assert [len(documents) for documents in calls] == [2]
