"""Person names from the NER model's PERSON spans, where no reading of the lexicons found one.

The model's spans are candidates that the text and the lists validate. Its false persons on
real news are of a few kinds, each read here by the grammar the lexicon readers use:

- initials alone (``K.L.M.``, ``R.T.``), which the records give no name for, and spans with
  a single word of two letters or more (``Tavrek S``);
- a word in capitals beside words that are not (``DJ Zoltar``, ``TCG Kalkan``);
- an honorific or an Ottoman title said after a given name (``Tavrek Efendi``);
- a person's name that names a thing: a park, a street, a stage (``Zelko Tarvin Parkı``), read
  by the thing's head after it;
- a piece cut out of a longer capitalized run (``Kuzey Rüzgarı Esintisi``), or words
  of a headline in title case (``Coşku ve Heyecan Doruğa Çıktı``);
- capitalized words of other things that the model was not sure of.

Past those, a span is kept when the model was sure of it (``CONFIDENT``, its least sure
token's best-tag probability, ``pipeline.ner.confidence``) or when the lists or the text back it:
a known given name opens it, its last word is said again elsewhere (a surname repeated), or an
office title stands right before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extensions import clean_offsets, doc_text
from pipeline.lang.tr.text import (
    Word, after_apostrophe, is_all_caps, is_capitalized, strip_apostrophe_suffix, suffix_end, turkish_lower,
)
from pipeline.names.openers import lowercase_words_of
from pipeline.ner.confidence import span_confidence
from pipeline.persons.mention import PersonMention
from pipeline.persons.name_words import TITLES_AFTER, display_name, is_postnominal_honorific
from pipeline.persons.names import NameReader
from pipeline.persons.title_phrases import TitlePhrase
from pipeline.persons.word_spans import claim, word_indices

MODEL_PERSON_LABELS = {"PERSON", "PER"}
#: the least sure token's best-tag probability from which a span needs no backing by the lists
#: (on the read pages pools, the model's true additions were mostly above it, its false ones below)
CONFIDENT = 0.8
#: the words of a name that are more than initials (``Savaş Ş. Barkçin`` has two)
MIN_FULL_WORDS = 2


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
        if not _validated(doc, span, reader, indices, mention, given_names):
            continue
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


def _validated(doc: Doc, span: Span, reader: NameReader, indices: list[int], mention: PersonMention,
               given_names: set[str]) -> bool:
    """Whether the grammar lets the span be a person's name and the model's confidence, the
    lists or the text back it (the module's docstring)."""
    words, text = reader.words, reader.text
    name_words = [w for w in (words[i] for i in indices) if not after_apostrophe(text, w.start)]
    if not name_words or sum(len(w.text) >= 2 for w in name_words) < MIN_FULL_WORDS:
        return False  # initials, or one word and an initial (``Tavrek S``)
    capitals = [len(w.text) >= 2 and is_all_caps(w.text) for w in name_words]
    if any(capitals) and not all(capitals):
        return False  # ``DJ Zoltar``: an acronym beside name words
    if any(is_postnominal_honorific(w.folded) or w.folded in TITLES_AFTER for w in name_words):
        return False  # ``Tavrek Efendi``: how a historical figure is known, read by its own pass
    if _names_a_thing(reader, indices[-1] + 1) or _inside_longer_run(reader, indices[0]) \
            or reader.in_title_case_line(indices[0]):
        return False
    first = name_words[0]
    if first.folded not in given_names and turkish_lower(first.text) in lowercase_words_of(words):
        return False  # ``Mavi Kuşlar``: a word the article writes in lowercase too opens no name
    confidence = span_confidence(doc, span)
    if confidence is not None and confidence >= CONFIDENT:
        return True
    surname = name_words[-1]
    return name_words[0].folded in given_names or bool(mention.titles) \
        or text.count(surname.text) > 1 and surname.text != name_words[0].text


def _names_a_thing(reader: NameReader, follower: int) -> bool:
    """The word after the span heads a thing's name (``Parkı``, ``Sahnesi``, ``Sokak'ta``): a
    head noun, or a word of the stopwords that end or follow the names of places and works."""
    if reader.thing_head_at(follower):
        return True
    if follower >= len(reader.words):
        return False
    word = reader.words[follower]
    return reader.text[reader.words[follower - 1].end : word.start] == " " and is_capitalized(word.text) \
        and word.folded in reader.stopwords


def _inside_longer_run(reader: NameReader, first: int) -> bool:
    """The word right before the span is capitalized and joined to it by one space, with no
    suffix of its own, opening no sentence, and no title or other entity: the span is a piece
    of a longer capitalized name (``Sabah Kuzey Rüzgarı Esintisi``: no ``Rüzgarı Esintisi``)."""
    if first == 0:
        return False
    before = reader.words[first - 1]
    return is_capitalized(before.text) and reader.text[before.end : reader.words[first].start] == " " \
        and first - 1 not in reader.blocked and before.start not in reader.sentence_openers \
        and not after_apostrophe(reader.text, before.start)


def _fold(text: str) -> str:
    return turkish_lower(text.strip())
