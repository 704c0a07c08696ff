"""The trained topics tagger: its features, its candidates, and how the topics stage adds them."""

import pytest
import spacy

import pipeline
from pipeline.api import load
from pipeline.topics.tagger import CANDIDATE_GROUP, model_items
from pipeline.topics.tagger_features import stem_norm


@pytest.fixture(scope="module")
def features():
    nlp = spacy.blank("tr")
    nlp.add_pipe("trnews_topic_features")
    return nlp


def cue_words(nlp, text: str) -> list[str]:
    return [token.text for token in nlp(text) if token.lemma_ != "-" and not token.lemma_.startswith("word|")]


@pytest.mark.parametrize(
    ("word", "norm"),
    [("Görüşmelerde", "görüş"), ("İlişkileri", "ilişk"), ("Türkiye'nin", "türki"), ("AB'nin", "ab"), ("ve", "ve")],
)
def test_the_norm_is_the_folded_stem_cut_to_five_letters(word, norm):
    assert stem_norm(word) == norm


def test_an_inflected_cue_verb_is_marked(features):
    assert cue_words(features, "İki bakan enerji işbirliğini görüştü.") == ["görüştü"]


def test_a_negated_cue_is_not_marked(features):
    assert cue_words(features, "Toplantıda vize konusu ele alınmadı.") == []


def test_a_verb_stem_read_as_a_noun_is_not_marked(features):
    assert cue_words(features, "Valinin görüşü herkesçe biliniyor.") == []


def test_a_meeting_noun_is_tagged_with_its_word_class(features):
    tags = {token.text: token.lemma_ for token in features("Toplantıda bütçe ele alındı.")}
    assert tags["Toplantıda"] == "word|setting"


class Candidate:
    def __init__(self, start: int, end: int) -> None:
        self.start_char, self.end_char = start, end


class RuleItem:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def everywhere(text: str) -> list[tuple[int, int]]:
    return [(0, len(text))]


def test_candidates_count_only_in_paragraphs_without_a_rule_item():
    text = "Kurulda su tarifesi görüşüldü.\nHeyet, liman projesini masaya yatırdı."
    first = text.index("su tarifesi")
    second = text.index("liman projesini")
    candidates = [Candidate(first, first + 11), Candidate(second, second + 15)]
    items = model_items(text, [RuleItem(first, first + 11)], candidates, everywhere(text))
    assert [text[i.start : i.end] for i in items] == ["liman projesini"]


def test_candidates_count_only_where_a_meeting_is_in_sight():
    text = "Toplantıda su tarifesi görüşüldü.\nSosyal medyada liman projesi konuşuldu."
    first, second = text.index("su tarifesi"), text.index("liman projesi")
    in_sight = [(0, text.index("\n"))]
    items = model_items(text, [], [Candidate(first, first + 11), Candidate(second, second + 13)], in_sight)
    assert [text[i.start : i.end] for i in items] == ["su tarifesi"]


def test_a_candidate_loses_the_punctuation_its_tokens_ended_on():
    text = "Heyet; liman projesi, ele alındı."
    start = text.index("liman")
    items = model_items(text, [], [Candidate(start, text.index(",") + 1)], everywhere(text))
    assert [text[i.start : i.end] for i in items] == ["liman projesi"]


def test_the_topics_stage_adds_a_candidate_the_rules_did_not_find():
    nlp = load(topic_model=True)
    text = "Belediye meclisi dün toplandı.\nÜyeler kentin otopark sorununu uzun uzun konuştu."
    doc = nlp.make_doc(text)
    doc = pipeline.api._make_doc(nlp, text, "t1", None, doc)
    for name, stage in nlp.pipeline:
        if name == "trnews_topic_tagger":
            start = text.index("kentin")
            doc.spans[CANDIDATE_GROUP] = [doc.char_span(start, text.index(" uzun"), alignment_mode="expand")]
        else:
            doc = stage(doc)
    assert [t.text for t in doc._.trnews_topics] == ["kentin otopark sorununu"]


def test_the_topics_stage_drops_a_candidate_with_no_meeting_in_sight():
    nlp = load(topic_model=True)
    text = "Kentte hava soğudu.\nVatandaşlar otopark sorununu sosyal medyada konuştu."
    doc = pipeline.api._make_doc(nlp, text, "t2", None, nlp.make_doc(text))
    for name, stage in nlp.pipeline:
        if name == "trnews_topic_tagger":
            start = text.index("otopark")
            doc.spans[CANDIDATE_GROUP] = [doc.char_span(start, text.index(" sosyal"), alignment_mode="expand")]
        else:
            doc = stage(doc)
    assert list(doc._.trnews_topics) == []


def test_the_tagger_does_not_run_on_a_paragraph_without_a_cue():
    tagger = load(topic_model=True).get_pipe("trnews_topic_tagger")
    assert tagger.items("Hava bugün güneşli, sahillerde kalabalık vardı.") == []


def test_the_tagger_survives_a_save_and_load(tmp_path):
    tagger = load(topic_model=True).get_pipe("trnews_topic_tagger")
    paragraph = "İki bakan görüşmede ikili ilişkileri, ticareti ve enerji işbirliğini ele aldı."
    tagger.to_disk(tmp_path / "tagger")
    again = type(tagger).__new__(type(tagger)).from_disk(tmp_path / "tagger")
    assert again.threshold == tagger.threshold
    assert again.items(paragraph) == tagger.items(paragraph)


def test_a_paragraph_gives_the_same_items_beside_a_long_one():
    tagger = load(topic_model=True).get_pipe("trnews_topic_tagger")
    short = "Heyetler görüşmede ikili ilişkileri, ticareti ve enerji işbirliğini ele aldı."
    long = " ".join(["Kentte yeni yollar ve parklar yapıldı, belediye meclisi bütçeyi görüştü."] * 200)
    alone = tagger.items(short)
    beside = tagger.items(long + "\n" + short)
    offset = len(long) + 1
    assert [(s - offset, e - offset) for s, e in beside if s >= offset] == alone
