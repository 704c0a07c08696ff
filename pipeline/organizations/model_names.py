"""Organizations the NER model finds (when it runs): its ORG spans as candidates that the text
and the lists must confirm before they become names."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extensions import clean_offsets
from pipeline.lang.tr.text import after_apostrophe, strip_apostrophe_suffix, suffix_end, turkish_lower
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import ArticleText, Findings, NameFinder, Spans
from pipeline.names.shape import HeadNouns, NameSpan

NER_LABEL = "ORG"
PERSON_LABELS = {"PERSON", "PER"}
#: how often the text must say a name that only the NER model found
MODEL_NAME_MIN_MENTIONS = 2


class ModelNames:
    def __init__(self, finder: NameFinder, heads: HeadNouns, places: set[str] | frozenset[str]) -> None:
        self.finder = finder
        self.heads = heads
        self.places = places

    def add(
        self, doc: Doc, article: ArticleText, taken: Spans, listed: list[GazetteerMatch], findings: Findings
    ) -> None:
        """ORG spans of the NER model that no mission, listed or pattern-found name already
        covers, nor a country's name (``Türkiye`` tagged ORG for its government is the country)."""
        spans = []
        people = {strip_apostrophe_suffix(word) for ent in doc.ents if ent.label_ in PERSON_LABELS
                  for word in ent.text.split()}
        for ent in doc.ents:
            start, end = clean_offsets(doc, ent.start_char, ent.end_char)
            if ent.label_ != NER_LABEL or taken.overlaps(start, end):
                continue
            span = self._span(article, start, end)
            if span is not None and self._confirmed(article, span, people):
                spans.append(span)
        before = set(findings.found)
        self.finder.resolve_found(article, spans, listed, findings)
        for key in set(findings.found) - before:
            findings.found[key] = findings.found[key].model_copy(update={"label": NER_LABEL})

    def _confirmed(self, article: ArticleText, span: NameSpan, people: set[str]) -> bool:
        """The model's ORG spans are candidates that the text and the lists must confirm; its
        false ones are capitalized words said once (a product, a ship's prefix), short unknown
        acronyms (``GES``), places and people's surnames. So the name is said at least twice in
        the same spelling, is no acronym of three letters or fewer, no listed place, and no word
        of a name the model tags PERSON elsewhere in the article (``Kaja Kallas``)."""
        text = article.text
        name = text[span.start : span.name_end]
        if len(name) <= 3 and name.isupper() or turkish_lower(name) in self.places:
            return False
        if text.count(name) < MODEL_NAME_MIN_MENTIONS:
            return False
        return name not in people

    def _span(self, article: ArticleText, start: int, end: int) -> NameSpan | None:
        """The model's span as a name: whole words, not ending in an office title
        (``Dışişleri Bakanı`` is a title, not an organization)."""
        first_index = article.first_word_from(start)
        indices = [
            first_index + i
            for i, w in enumerate(article.words_between(start, end))
            if not after_apostrophe(article.text, w.start)
        ]
        if not indices or not article.blanked_words[indices[0]].text[:1].isupper():
            return None
        first, last = indices[0], indices[-1]
        if first == last and self.heads.is_bare_noun(article.blanked_words[first].folded):
            return None
        head = self.heads.match(article.blanked, article.blanked_words, last)
        if head is not None and head[3] == "exclude":
            return None
        word = article.blanked_words[last]
        return NameSpan(
            first, last, article.blanked_words[first].start, word.end, suffix_end(article.text, word.end), "", ""
        )
