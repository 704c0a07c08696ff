import datetime as dt

import pytest

import pipeline
from pipeline.schema import ErrorRow, Record


def test_leading_date_line_sets_published():
    record = pipeline.extract(" date 2026-01-22 Türkiye'de toplantı yapıldı.")
    assert record.published == dt.date(2026, 1, 22)


def test_caller_published_wins_over_the_date_line():
    record = pipeline.extract("date 2026-01-22 Türkiye'de toplantı yapıldı.", published="2025-05-01")
    assert record.published == dt.date(2025, 5, 1)


def test_a_date_line_of_a_month_alone_publishes_no_day():
    assert pipeline.extract("date 2024-02 Türkiye'de toplantı yapıldı.").published is None


def test_without_a_date_published_is_null():
    assert pipeline.extract("Türkiye'de toplantı yapıldı.").published is None


def test_id_defaults_to_a_hash_of_the_text():
    assert pipeline.extract("Türkiye").id == pipeline.text_id("Türkiye") != pipeline.text_id("Türkiye.")


def test_offsets_point_into_the_original_text(seed_text):
    record = pipeline.extract(seed_text)
    for entity in record.entities:
        for mention in entity.mentions:
            assert seed_text[mention.start : mention.end] == mention.text


def test_bad_published_date_raises_a_clear_error():
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        pipeline.extract("Türkiye", published="dün")


def test_extract_many_gives_a_record_or_an_error_row_for_every_row_in_order():
    rows = [
        {"id": "a", "text": "Türkiye'den haber."},
        {"id": "b", "text": "   "},
        {"id": "c"},
        {"id": "d", "text": "İtalya", "published": "not a date"},
        {"id": "e", "text": "Sırbistan'da seçim."},
    ]
    results = list(pipeline.extract_many(rows))
    assert [r.id for r in results] == ["a", "b", "c", "d", "e"]
    assert [type(r) for r in results] == [Record, ErrorRow, ErrorRow, ErrorRow, Record]
    assert "empty" in results[1].error and "text" in results[2].error


def test_a_crashing_stage_costs_only_its_own_article(monkeypatch):
    nlp = pipeline.load()
    countries = nlp.get_pipe("trnews_countries")
    original = countries.__class__.__call__

    def crash_on_poison(self, doc):
        if "zehir" in doc.text:
            raise RuntimeError("stage broke")
        return original(self, doc)

    monkeypatch.setattr(countries.__class__, "__call__", crash_on_poison)
    results = list(pipeline.extract_many([{"id": "1", "text": "Türkiye"}, {"id": "2", "text": "zehir"}, {"id": "3", "text": "İtalya"}]))
    assert [type(r) for r in results] == [Record, ErrorRow, Record]
    assert "stage broke" in results[1].error


def test_a_tokenizer_failing_on_the_batch_costs_only_the_article_it_fails_on(monkeypatch):
    nlp = pipeline.load()
    tokenize = nlp.tokenizer

    class Fragile:
        """spaCy's tokenizer, except that it fails on one text and on every batch holding it."""

        def __call__(self, text):
            if "Kırık" in text:
                raise ValueError("cannot tokenize")
            return tokenize(text)

        def pipe(self, texts, batch_size=32):
            return [self(text) for text in texts]

    monkeypatch.setattr(nlp, "tokenizer", Fragile())
    rows = [{"id": "a", "text": "Heyet Roma'ya gitti."}, {"id": "b", "text": "Kırık bir metin."}]
    results = list(pipeline.extract_many(rows, nlp=nlp))
    assert [type(result).__name__ for result in results] == ["Record", "ErrorRow"]
    assert results[1].error == "cannot tokenize"


def test_process_gives_the_doc_whose_spans_make_the_record():
    from pipeline.display import displacy_ents

    text = "Dışişleri Bakanı Hakan Fidan yarın İtalya'ya gidecek."
    doc = pipeline.process(text, id="a1", published="2026-01-22")
    record = pipeline.extract(text, id="a1", published="2026-01-22")
    shown = {(ent["start"], ent["end"], ent["label"]) for ent in displacy_ents(doc)["ents"]}
    mentions = {(m.start, m.end, e.type) for e in record.entities for m in e.mentions}
    assert mentions <= shown
    assert ("DATE" in {label for _, _, label in shown}) == bool(record.dates)


def test_extract_many_in_two_processes_gives_the_records_of_one():
    rows = [
        {"id": "a", "text": "Dışişleri Bakanı Ayşe Kaya yarın İtalya'ya gidecek.", "published": "2026-01-22"},
        {"id": "b", "text": "   "},
        {"id": "c", "text": "Türkiye ile Sırbistan arasında 5 milyar dolarlık anlaşma imzalandı."},
        {"id": "d", "text": "NATO toplantısında savunma harcamaları ele alındı."},
        {"id": "e", "text": "Heyet Roma'dan döndü."},
    ]
    one = [r.to_json() for r in pipeline.extract_many(rows, batch_size=2)]
    two = [r.to_json() for r in pipeline.extract_many(rows, batch_size=2, n_process=2)]
    assert two == one


def test_extract_many_refuses_no_processes():
    with pytest.raises(ValueError, match="n_process"):
        list(pipeline.extract_many([{"text": "Türkiye"}], n_process=0))


def test_the_tokenizer_remembers_more_chunks_than_spacys_default():
    # spaCy's 10,000 fill within the first few hundred articles; later chunks were split again each time
    from pipeline.api import TOKENIZER_CACHE_CHUNKS

    assert pipeline.load().tokenizer.max_cache_size == TOKENIZER_CACHE_CHUNKS > 10_000
