"""Person names from the NER model's PERSON spans, where no reading of the lexicons found one."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extensions import clean_offsets, doc_text
from pipeline.lang.tr.text import Word, is_capitalized, strip_apostrophe_suffix, suffix_end, turkish_lower
from pipeline.persons.mention import PersonMention
from pipeline.persons.name_words import display_name
from pipeline.persons.names import NameReader
from pipeline.persons.title_phrases import TitlePhrase
from pipeline.persons.word_spans import claim, word_indices

MODEL_PERSON_LABELS = {"PERSON", "PER"}


def model_names(doc: Doc, words: list[Word], phrases: list[TitlePhrase], reader: NameReader,
                stopwords: set[str], given_names: set[str]) -> list[PersonMention]:
    """PERSON spans of the NER model where no anchor found a name."""
    text, mentions = doc_text(doc), []
    titles_ending_at = {p.end: p for p in phrases if p.title is not None and not p.plural}
    for span in doc.ents:
        if span.label_ not in MODEL_PERSON_LABELS:
            continue
        # the words starting inside the span (a walk over every word for each span was quadratic)
        span_start, span_end = clean_offsets(doc, span.start_char, span.end_char)
        indices = sorted(word_indices(words, [(span_start, span_end)]))
        if not indices or any(i in reader.blocked for i in indices) \
                or not _plausible_model_name(words, indices, reader.sentence_openers, stopwords, given_names):
            continue
        surface = strip_apostrophe_suffix(text[span_start:span_end]).strip()
        start = words[indices[0]].start
        end = suffix_end(text, start + len(surface))
        mention = PersonMention(start, end, display_name(surface), [_fold(t) for t in surface.split()])
        before_end = start  # where the text before the name ends, spaces left out (not a copy of it all)
        while before_end > 0 and text[before_end - 1] == " ":
            before_end -= 1
        title = titles_ending_at.get(before_end)
        mention.titles = [title] if title is not None and before_end < start else []
        claim(reader, words, mention)
        mentions.append(mention)
    return mentions


def _plausible_model_name(words: list[Word], indices: list[int], openers: frozenset[int],
                          stopwords: set[str], given_names: set[str]) -> bool:
    """The model's usual false persons are capitalized common words: a sentence opener
    (``Toplantıya``), a quoted word, a demonym (``Suriyelilerin``), a given name or surname
    that names a place or a thing there (``Aydın``, ``Nilüfer``). A span is kept only when it
    has two words or more, every word capitalized and no stopword; a lone surname is read by
    the lexicon stages and by coreference with the full name."""
    span_words = [words[i] for i in indices]
    if len(span_words) < 2 or any(not is_capitalized(w.text) or w.folded in stopwords for w in span_words):
        return False
    return not (span_words[0].start in openers and span_words[0].folded not in given_names)


def _fold(text: str) -> str:
    return turkish_lower(text.strip())
