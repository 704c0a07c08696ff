"""The real-news NER set read from ids and offsets, its article split, and its training Docs."""

import json
import sys
from pathlib import Path

import pytest
import spacy

from pipeline.ner.news_corpus import article_sentences, read_news_ner, split_of
from pipeline.ner_eval import NEWS_LABELS, read_corpus, score_corpus
from pipeline.resources import shared_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "models" / "ner_recipe"))
from news_set import with_missing_labels  # noqa: E402

ARTICLE = "Bakan Ayşe Kaya Ankara'da konuştu. Toplantı 12 Mart'ta Türk heyetiyle yapıldı."
ANNOTATION = {
    "id": "tst-001",
    "sentences": [[0, 34], [35, 80]],
    "entities": [[0, 5, "TITLE"], [6, 15, "PERSON"], [16, 22, "GPE"]],
}


@pytest.fixture
def news_set(tmp_path):
    raw = tmp_path / "news-raw"
    raw.mkdir()
    (raw / "tst-001.json").write_text(json.dumps({"id": "tst-001", "text": ARTICLE}), encoding="utf-8")
    path = tmp_path / "ner-news.jsonl"
    path.write_text(json.dumps(ANNOTATION) + "\n", encoding="utf-8")
    return path, raw


def test_entities_are_made_relative_to_their_sentence():
    first, second = article_sentences(ANNOTATION, ARTICLE)
    assert [(first.text[s:e], label) for s, e, label in first.entities] == [
        ("Bakan", "TITLE"), ("Ayşe Kaya", "PERSON"), ("Ankara", "GPE"),
    ]
    assert second.text.startswith("Toplantı") and second.entities == []


def test_the_split_depends_on_the_article_id_alone():
    assert split_of("tst-001") == split_of("tst-001")
    assert {split_of(f"art-{i:03d}") for i in range(200)} == {"train", "dev"}


def test_about_fifteen_percent_of_articles_are_dev():
    dev = sum(split_of(f"art-{i:04d}") == "dev" for i in range(2000))
    assert 0.12 < dev / 2000 < 0.18


def test_reader_takes_the_texts_from_the_raw_folder(news_set):
    path, raw = news_set
    sentences = read_news_ner(path, "all", raw)
    assert [s.text for s in sentences] == [ARTICLE[0:34], ARTICLE[35:80]]


def test_reader_keeps_only_the_asked_split(news_set):
    path, raw = news_set
    other = "dev" if split_of("tst-001") == "train" else "train"
    assert read_news_ner(path, other, raw) == []


def test_unknown_split_is_refused(news_set):
    path, raw = news_set
    with pytest.raises(ValueError):
        read_news_ner(path, "test", raw)


def test_jsonl_files_are_read_as_the_news_set(news_set, monkeypatch):
    path, raw = news_set
    monkeypatch.setenv("TRNEWS_SHARED", str(raw.parent))
    shared_dir.cache_clear()
    (raw.parent / "data").mkdir()
    (raw.parent / "data" / "news-raw").symlink_to(raw)
    try:
        assert len(read_corpus(path, split="all")) == 2
    finally:
        shared_dir.cache_clear()


def test_news_labels_leave_out_the_labels_the_set_does_not_mark():
    nlp = spacy.blank("tr")
    nlp.add_pipe("entity_ruler").add_patterns([
        {"label": "PERSON", "pattern": "Ayşe Kaya"}, {"label": "DATE", "pattern": "dün"},
    ])
    gold = article_sentences({"sentences": [[0, 26]], "entities": [[0, 9, "PERSON"]]}, "Ayşe Kaya dün İzmir'deydi.")
    scores = score_corpus(nlp, gold, NEWS_LABELS)
    assert scores.overall()["p"] == 1.0 and scores.overall()["predicted"] == 1


@pytest.fixture(scope="module")
def tagger():
    from pipeline.ner.lexicon_tags import LexiconTagger

    return LexiconTagger()


def missing_words(text: str, entities: list[tuple[int, int, str]], tagger) -> list[str]:
    doc = spacy.blank("tr").make_doc(text)
    doc.ents = [doc.char_span(s, e, label=label) for s, e, label in entities]
    doc = with_missing_labels(doc, tagger)
    return [token.text for token in doc if token.ent_iob == 0]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Toplantı 2003 yılında yapıldı", ["2003", "yılında", "yapıldı"]),
        ("Fiyatlar yüzde 20 arttı", ["yüzde", "20", "arttı"]),
        ("Kurul dün ikinci kez toplandı", ["dün", "ikinci"]),
        ("Proje geçen yılın sonunda bitti", ["geçen", "yılın"]),
        ("Alman heyeti geldi", ["Alman"]),
        ("Heyet yarın dönecek", ["yarın"]),
        ("Üçüncü tur başladı", ["Üçüncü"]),
        ("Heyet salonda bekliyor", []),
    ],
)
def test_words_of_unmarked_labels_are_missing_not_outside(text, expected, tagger):
    assert missing_words(text, [], tagger) == expected


def test_gold_entities_stay_entities_even_with_digits(tagger):
    text = "Kaya 2. Ordu'yu ziyaret etti"
    assert "Ordu'yu" not in missing_words(text, [(5, 15, "ORG")], tagger)
