"""The lexicon-tag stage of the NER model: which word lists of data/ each token belongs to."""

import spacy

import pipeline.components  # noqa: F401  (registers trnews_lexicon_tags)
from pipeline.ner.lexicon_tags import lexicon_hash_embed


def tags_of(text: str) -> dict[str, tuple[str, str, str]]:
    nlp = spacy.blank("tr")
    nlp.add_pipe("trnews_lexicon_tags")
    doc = nlp(text)
    return {token.text: tags for token, tags in zip(doc, doc._.trnews_lexicon_tags)}


def test_a_country_of_several_words_is_tagged_with_its_suffix():
    tags = tags_of("Heyet Birleşik Arap Emirlikleri'ne gitti.")
    assert [tags[word][0] for word in ("Birleşik", "Arap", "Emirlikleri'ne")] == ["B-COUNTRY", "I-COUNTRY", "I-COUNTRY"]
    assert tags["gitti"][0] == "-"


def test_an_organization_acronym_and_a_language_name_are_tagged():
    tags = tags_of("NATO'nun açıklaması İngilizcede yayımlandı.")
    assert tags["NATO'nun"][0] == "B-ORG"
    assert tags["İngilizcede"][0] == "B-LANGUAGE"


def test_an_office_and_an_inflected_currency_are_common_word_tags():
    tags = tags_of("Dışişleri Bakanı 5 milyon dolarlık yardımı açıkladı.")
    assert (tags["Dışişleri"][1], tags["Bakanı"][1]) == ("B-TITLE", "I-TITLE")
    assert tags["dolarlık"][1] == "B-CURRENCY"


def test_a_number_word_is_not_found_inside_a_longer_word():
    tags = tags_of("Birleşik devletler birlikte iki karar aldı.")
    assert tags["iki"][1] == "B-NUMBER"
    assert tags["birlikte"][1] == "-"


def test_a_known_given_name_is_tagged_by_its_stem():
    tags = tags_of("Mehmet'in açıklaması bekleniyor.")
    assert tags["Mehmet'in"][2] in ("GIVEN", "GIVEN_SURNAME")


def test_the_embedding_layer_gives_one_vector_per_token():
    nlp = spacy.blank("tr")
    nlp.add_pipe("trnews_lexicon_tags")
    docs = [nlp("Hakan Fidan Ankara'da."), nlp("NATO zirvesi")]
    model = lexicon_hash_embed(width=8, attrs=["NORM", "SHAPE"], rows=[50, 20], lexicon_rows=10, lexicon_dropout=0.0)
    model.initialize(X=docs)
    vectors = model.predict(docs)
    assert [vector.shape for vector in vectors] == [(len(docs[0]), 8), (len(docs[1]), 8)]
