"""The NER corpus readers and the entity-level scorer of ``trnews eval-ner``."""

import spacy

from pipeline.ner_eval import (
    MILLIYET_LABELS,
    NerSentence,
    join_tokens,
    parse_bracketed_line,
    read_corpus,
    score_corpus,
)


def entity_texts(sentence: NerSentence) -> list[tuple[str, str]]:
    return [(sentence.text[start:end], label) for start, end, label in sentence.entities]


def ruler_model(patterns: list[dict]):
    """A stand-in for the trained model: a blank Turkish pipeline whose entities come from patterns."""
    nlp = spacy.blank("tr")
    nlp.add_pipe("entity_ruler").add_patterns(patterns)
    return nlp


def test_split_off_apostrophe_suffixes_are_reattached():
    text, _ = join_tokens(["İki", "Almanya", "'nın", "birleşmesi", "."])
    assert text == "İki Almanya'nın birleşmesi."


def test_a_lone_quote_is_not_glued_to_the_word_before():
    text, _ = join_tokens(["lokomotifi", "'", "Rekortmen", "Başbakan", "'"])
    assert text == "lokomotifi ' Rekortmen Başbakan '"


def test_percent_sign_stays_before_its_number():
    text, _ = join_tokens(["oyların", "%", "42'si"])
    assert text == "oyların % 42'si"


def test_bracketed_line_gives_entities_without_the_suffix():
    sentence = parse_bracketed_line("İki  [LOC Almanya ] 'nın lideri  [PER Helmut Kohl ]  konuştu")
    assert sentence.text == "İki Almanya'nın lideri Helmut Kohl konuştu"
    assert entity_texts(sentence) == [("Almanya", "LOC"), ("Helmut Kohl", "PER")]


def test_conll_file_with_bio_tags(tmp_path):
    corpus = tmp_path / "mini.conll"
    corpus.write_text(
        "Recep\tB-PERSON\nTayyip\tI-PERSON\nErdoğan\tI-PERSON\nAnkara'da\tB-GPE\nkonuştu\tO\n.\tO\n\n"
        "Dışişleri\tB-ORG\nBakanlığı\tI-ORG\naçıklama\tO\nyaptı\tO\n",
        encoding="utf-8",
    )
    first, second = read_corpus(corpus)
    assert first.text == "Recep Tayyip Erdoğan Ankara'da konuştu."
    assert entity_texts(first) == [("Recep Tayyip Erdoğan", "PERSON"), ("Ankara'da", "GPE")]
    assert entity_texts(second) == [("Dışişleri Bakanlığı", "ORG")]


def test_auto_format_reads_a_bracketed_file(tmp_path):
    corpus = tmp_path / "mini.txt"
    corpus.write_text("[ORG Milliyet ] gazetesi yazdı \n", encoding="utf-8")
    assert entity_texts(read_corpus(corpus)[0]) == [("Milliyet", "ORG")]


def test_scores_count_exact_span_and_label_matches_per_label():
    nlp = ruler_model([
        {"label": "PERSON", "pattern": "Kohl"},  # gold is "Helmut Kohl": a wrong span
        {"label": "GPE", "pattern": "Almanya'nın"},
        {"label": "ORG", "pattern": "Bonn"},  # gold says GPE: a wrong label
    ])
    gold = NerSentence("Helmut Kohl Almanya'nın Bonn kentinde", [(0, 11, "PERSON"), (12, 19, "GPE"), (24, 28, "GPE")])
    scores = score_corpus(nlp, [gold]).as_dict()
    assert scores["overall"]["p"] == 1 / 3 and scores["overall"]["r"] == 1 / 3
    assert scores["per_label"]["GPE"]["f"] == 2 * 1.0 * 0.5 / 1.5
    assert scores["per_label"]["PERSON"]["f"] == 0.0
    assert scores["per_label"]["ORG"]["predicted"] == 1 and scores["per_label"]["ORG"]["gold"] == 0


def test_milliyet_mapping_merges_place_labels_and_drops_the_others():
    nlp = ruler_model([
        {"label": "GPE", "pattern": "Almanya'nın"},
        {"label": "DATE", "pattern": "dün"},
        {"label": "PERSON", "pattern": [{"TEXT": "Helmut"}, {"TEXT": "Kohl"}]},
    ])
    gold = parse_bracketed_line("[LOC Almanya ] 'nın lideri  [PER Helmut Kohl ] dün konuştu")
    scores = score_corpus(nlp, [gold], MILLIYET_LABELS).as_dict()
    assert scores["overall"] == {"p": 1.0, "r": 1.0, "f": 1.0, "gold": 2, "predicted": 2}
    assert sorted(scores["per_label"]) == ["LOC", "PER"]


def test_the_pipeline_spans_are_the_stages_mentions_with_their_labels():
    import pipeline
    from pipeline.ner_eval import pipeline_spans

    text = "Dışişleri Bakanı Hakan Fidan, dün Almanya'ya gitti."
    doc = pipeline.load()(text)
    spans = {(text[start:end], label) for start, end, label in pipeline_spans(doc)}
    assert spans == {("Hakan Fidan", "PERSON"), ("Almanya'ya", "GPE")}


def test_with_context_a_later_surname_is_scored_as_the_person_named_before():
    import pipeline
    from pipeline.ner_eval import score_pipeline

    sentences = [
        parse_bracketed_line("Tarım Bakanı [PER Kemal Yıldırımtepe ] dün açıklama yaptı ."),
        parse_bracketed_line("[PER Yıldırımtepe ] 'nin sözleri tepki çekti ."),
    ]
    alone = score_pipeline(pipeline.load(), sentences, MILLIYET_LABELS, context=1)
    together = score_pipeline(pipeline.load(), sentences, MILLIYET_LABELS, context=2)
    assert together.correct["PER"] == 2
    assert alone.correct["PER"] < together.correct["PER"]


def test_the_pipeline_spans_keep_the_models_other_labels_where_no_mention_is():
    import pipeline
    from spacy.tokens import Span

    from pipeline.ner_eval import pipeline_spans

    text = "Türk heyeti dün Almanya'ya gitti."
    doc = pipeline.load()(text)
    doc.spans["ner"] = [Span(doc, 0, 1, label="NORP"), Span(doc, 3, 4, label="GPE")]
    spans = {(text[start:end], label) for start, end, label in pipeline_spans(doc)}
    assert spans == {("Türk", "NORP"), ("Almanya'ya", "GPE")}
