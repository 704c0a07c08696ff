"""The shipped NER model (models/ner): it loads and finds people and countries."""

import pytest

from pipeline.ner_eval import load_ner_model
from pipeline.resources import models_dir

pytestmark = pytest.mark.skipif(not (models_dir() / "ner" / "config.cfg").exists(), reason="no model in models/ner")


def test_shipped_model_finds_a_person_and_a_country():
    nlp = load_ner_model()
    doc = nlp("Dışişleri Bakanı Hakan Fidan, dün Almanya'nın başkenti Berlin'de açıklama yaptı.")
    entities = {(ent.text, ent.label_) for ent in doc.ents}
    assert ("Hakan Fidan", "PERSON") in entities
    assert ("Almanya'nın", "GPE") in entities


def test_pipeline_load_with_ner_runs_the_model_before_the_stages():
    import pipeline

    names = pipeline.load(ner=True).pipe_names
    assert names.index("ner") < names.index("trnews_countries")


def test_the_default_pipeline_runs_without_the_model():
    import pipeline

    assert "ner" not in pipeline.load().pipe_names


def test_the_installed_package_registers_every_factory_of_the_shipped_model():
    from importlib.metadata import entry_points

    from spacy.util import load_config

    config = load_config(models_dir() / "ner" / "config.cfg", interpolate=False)
    factories = {component["factory"] for component in config["components"].values() if "factory" in component}
    registered = {entry.name for entry in entry_points(group="spacy_factories")}
    assert factories - registered <= {"tok2vec", "ner", "tagger"}  # spaCy's own
