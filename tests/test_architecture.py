"""The pipeline as spaCy components: what each factory declares, spans and ents, serialization."""

from __future__ import annotations

import pickle

import pytest
import spacy
from spacy.tokens import DocBin

import pipeline
from pipeline.api import STAGES, _make_doc
from pipeline.assemble import doc_to_record

TEXT = (
    "Dışişleri Bakanı Hakan Fidan, İtalya'dan dönen heyetle 5 milyar dolarlık anlaşmayı 22 Ocak'ta imzaladı. "
    "Toplantıda Suriye ve enerji güvenliği ele alındı."
)


def processed(nlp, text: str = TEXT):
    return nlp(_make_doc(nlp, text, "t1", "2026-01-20"))


@pytest.mark.parametrize("name", [name for name, _ in STAGES])
def test_every_stage_declares_what_it_assigns(nlp, name):
    assert nlp.get_pipe_meta(name).assigns


def test_the_default_order_satisfies_every_requirement(nlp):
    assert not any(nlp.analyze_pipes()["problems"].values())


def test_analyze_pipes_sees_persons_before_countries():
    nlp = spacy.blank("tr")
    nlp.add_pipe("trnews_persons")
    nlp.add_pipe("trnews_countries")
    assert "doc._.trnews_country" in nlp.analyze_pipes()["problems"]["trnews_persons"]


def test_the_country_stage_added_alone_works():
    nlp = spacy.blank("tr")
    nlp.add_pipe("trnews_countries")
    doc = nlp("Heyet İtalya'dan döndü.")
    found = [(span.text, span._.trnews_fields["iso2"]) for span in doc.spans["trnews_country"]]
    assert found == [("İtalya'dan", "IT")]


def test_a_stage_without_what_it_needs_names_the_missing_component():
    nlp = spacy.blank("tr")
    nlp.add_pipe("trnews_persons")
    with pytest.raises(ValueError, match="trnews_countries"):
        nlp("Bakan Hakan Fidan konuştu.")


def test_mentions_are_spans_and_the_longest_are_the_ents(nlp):
    doc = processed(nlp)
    (person,) = doc.spans["trnews_person"]
    assert (person.text, person.label_, person.kb_id_) == ("Hakan Fidan", "PERSON", "Hakan Fidan")
    assert {(ent.text, ent.label_) for ent in doc.ents} >= {("Hakan Fidan", "PERSON"), ("İtalya'dan", "COUNTRY")}


def test_an_offset_inside_a_token_is_kept_beside_the_span(nlp):
    doc = processed(nlp, "Görüşmede Fidan'ın önerisi konuşuldu. Bakan Hakan Fidan konuştu.")
    offsets = sorted(span._.trnews_offsets for span in doc.spans["trnews_person"])
    assert offsets[0] == [10, 18]  # ``Fidan'ın``: the mention keeps its suffix
    assert doc.spans["trnews_person"][0].kb_id_ == "Hakan Fidan"


def test_money_dates_and_topics_have_groups_of_their_own(nlp):
    doc = processed(nlp)
    (money,) = doc.spans["trnews_money"]
    assert (money._.trnews_fields["amount"], money._.trnews_fields["currency"]) == (5_000_000_000, "USD")
    assert [span._.trnews_fields["value"] for span in doc.spans["trnews_date"]] == ["2025-01-22"]  # signed: past
    assert "enerji güvenliği" in [span.text for span in doc.spans["trnews_topic"]]


def test_a_doc_bin_gives_back_the_same_record(nlp):
    doc = processed(nlp)
    stored = DocBin(store_user_data=True)
    stored.add(doc)
    (loaded,) = DocBin().from_bytes(stored.to_bytes()).get_docs(nlp.vocab)
    assert doc_to_record(loaded).to_json() == doc_to_record(doc).to_json()


def test_a_pickled_doc_gives_back_the_same_record(nlp):
    doc = processed(nlp)
    assert doc_to_record(pickle.loads(pickle.dumps(doc))).to_json() == doc_to_record(doc).to_json()


def test_two_processes_give_the_records_of_one(nlp):
    texts = [TEXT, "Ankara'da 3 milyon euro harcandı.", "Rusya Dışişleri Bakanlığı açıklama yaptı."]
    one = [doc_to_record(doc).to_json() for doc in nlp.pipe(_make_doc(nlp, t, "t", None) for t in texts)]
    two = [doc_to_record(doc).to_json() for doc in nlp.pipe((_make_doc(nlp, t, "t", None) for t in texts), n_process=2)]
    assert two == one


def test_the_record_is_read_from_the_spans(nlp):
    doc = processed(nlp)
    del doc.spans["trnews_person"]
    assert [e.type for e in doc_to_record(doc).entities if e.type == "PERSON"] == []


def test_a_group_changed_by_other_code_is_read_from_its_spans(nlp):
    doc = processed(nlp, "Rusya ve İtalya heyetleri görüştü.")
    group = doc.spans["trnews_country"]
    kept = group[1].kb_id_
    doc.spans["trnews_country"] = [group[1]]  # the stages' list of the group no longer says what it holds
    assert [e.name for e in doc_to_record(doc).entities if e.type == "COUNTRY"] == [kept]


def test_pipeline_load_has_the_stages_in_order():
    assert pipeline.load().pipe_names == [name for name, _ in STAGES]


def test_a_saved_pipeline_gives_the_same_records(nlp, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    loaded = spacy.load(tmp_path / "saved")
    assert doc_to_record(processed(loaded)).to_json() == doc_to_record(processed(nlp)).to_json()


def test_a_saved_pipeline_reads_its_own_copy_of_the_lexicons(nlp, tmp_path):
    nlp.to_disk(tmp_path / "saved")
    table = tmp_path / "saved" / "trnews_countries" / "country_aliases.tsv"
    table.write_text(table.read_text(encoding="utf-8") + "IT\tÇizmeli Ülke\tvariant\n", encoding="utf-8")
    loaded = spacy.load(tmp_path / "saved")
    doc = loaded("Heyet Çizmeli Ülke'den döndü.")
    assert [span._.trnews_fields["iso2"] for span in doc.spans["trnews_country"]] == ["IT"]


def test_a_saved_pipeline_spells_typed_text_from_its_own_copy_of_the_word_lists(nlp, tmp_path):
    from pipeline.extensions import doc_text

    nlp.to_disk(tmp_path / "saved")
    table = tmp_path / "saved" / "trnews_document" / "common_words.tsv"
    table.write_text(table.read_text(encoding="utf-8") + "Sağırlar\n", encoding="utf-8")
    loaded = spacy.load(tmp_path / "saved")
    text = "Toplantiya " + "is insani Tekin Sagirlar katildi ve konustu. " * 5
    assert "Tekin Sağırlar" in doc_text(loaded(text)) and "Tekin Sagirlar" in doc_text(nlp(text))


def test_a_data_file_row_without_a_column_names_file_line_and_column(tmp_path):
    from pipeline.resources import DataFileError, read_tsv

    table = tmp_path / "words.tsv"
    table.write_text("# a comment\nword\tkind\nbakan\toffice\nelçi\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"words\.tsv, line 4: column 2 \('kind'\) is missing"):
        list(read_tsv(str(table)))


def test_a_missing_column_names_the_file_and_the_header(tmp_path):
    from pipeline.resources import DataFileError, read_tsv

    table = tmp_path / "words.tsv"
    table.write_text("word\nbakan\n", encoding="utf-8")
    (row,) = read_tsv(str(table))
    with pytest.raises(DataFileError, match=r"words\.tsv, line 2: no column 'kind' \(the header has: word\)"):
        row["kind"]


def test_the_extractions_in_displacy_manual_format(nlp):
    from spacy import displacy

    from pipeline.display import displacy_ents, displacy_options

    data = displacy_ents(processed(nlp))
    shown = {(data["text"][e["start"] : e["end"]], e["label"]) for e in data["ents"]}
    assert {("Hakan Fidan", "PERSON"), ("İtalya'dan", "COUNTRY"), ("enerji güvenliği", "TOPIC")} <= shown
    assert "Hakan Fidan" in displacy.render(data, style="ent", manual=True, options=displacy_options())


def test_the_lexicon_tagger_keeps_its_lists_with_a_saved_model(tmp_path):
    import srsly

    tagger_nlp = spacy.blank("tr")
    tagger_nlp.add_pipe("trnews_lexicon_tags")
    tagger_nlp.to_disk(tmp_path / "model")
    lists_file = tmp_path / "model" / "trnews_lexicon_tags" / "lists.json"
    lists = srsly.read_json(lists_file)
    lists["names"].append(["Çizmeli Ülke", "COUNTRY"])
    srsly.write_json(lists_file, lists)
    doc = spacy.load(tmp_path / "model")("Heyet Çizmeli Ülke'ye gitti.")
    assert [tags[0] for tags in doc._.trnews_lexicon_tags][1:3] == ["B-COUNTRY", "I-COUNTRY"]

    nlp = spacy.load(tmp_path / "model")
    nlp.get_pipe("trnews_lexicon_tags").read_data_files()  # back to the lists of data/
    assert [tags[0] for tags in nlp("Heyet Çizmeli Ülke'ye gitti.")._.trnews_lexicon_tags][1:3] == ["-", "-"]


def test_the_shipped_ner_model_reads_its_lexicon_from_its_own_folder(monkeypatch):
    from pipeline.ner import lexicon_tags
    from pipeline.resources import models_dir

    model = models_dir() / "ner"
    if not (model / "config.cfg").exists():
        pytest.skip("no NER model")
    assert (model / "trnews_lexicon_tags" / lexicon_tags.LISTS_FILE).exists()

    def no_data_files() -> dict:
        raise AssertionError("the saved model read data/")

    monkeypatch.setattr(lexicon_tags, "data_lists", no_data_files)
    doc = spacy.load(model)("Heyet Birleşik Arap Emirlikleri'ne gitti.")
    assert [tags[0] for tags in doc._.trnews_lexicon_tags][1:4] == ["B-COUNTRY", "I-COUNTRY", "I-COUNTRY"]


@pytest.mark.parametrize(
    ("stages", "text", "group", "expected"),
    [
        (["trnews_countries"], "Heyet Ankara'dan Roma'ya, İtalya'ya gitti.", "trnews_country", ["İtalya'ya"]),
        (["trnews_countries", "trnews_missions"], "KFOR'un komutanı değişti.", "trnews_mission", ["KFOR'un"]),
        (
            ["trnews_countries", "trnews_organizations"],
            "Dışişleri Bakanlığı açıklama yaptı.",
            "trnews_organization",
            ["Dışişleri Bakanlığı"],
        ),
        (["trnews_countries", "trnews_locations"], "Toplantı İstanbul'da yapıldı.", "trnews_location", ["İstanbul'da"]),
        (["trnews_countries", "trnews_persons"], "Bakan Hakan Fidan konuştu.", "trnews_person", ["Hakan Fidan"]),
        (["trnews_money"], "Proje 3 milyon euro tuttu.", "trnews_money", ["3 milyon euro"]),
        (["trnews_money", "trnews_dates"], "Toplantı 5 Mart 2026'da yapıldı.", "trnews_date", ["5 Mart 2026'da"]),
    ],
)
def test_a_stage_works_with_only_what_it_requires(stages, text, group, expected):
    nlp = spacy.blank("tr")
    for name in stages:
        nlp.add_pipe(name)
    doc = nlp(text)
    assert [doc.text[slice(*span._.trnews_offsets)] for span in doc.spans[group]] == expected


def test_the_name_stages_share_one_view_of_a_doc(nlp):
    from pipeline.names.finder import article_text

    doc = nlp.make_doc("Türk Kızılay Derneği (TKD) Genel Müdürlüğü yardım gönderdi.")
    other = nlp.make_doc("Ankara Ticaret Odası toplandı.")
    assert article_text(doc) is article_text(doc)
    assert article_text(other).text == "Ankara Ticaret Odası toplandı."
    assert article_text(doc) is not article_text(other) and article_text(doc).text.startswith("Türk")
