"""Which words name the field or the body of an office: the lowercase field nouns and adjectives
(``otel müdürü``, ``siyasi büro başkanı``), a ministry's portfolio words (``İş ve Ticaret
Bakanı``) and the state bodies an office belongs to (``Cumhurbaşkanlığı``).

These are lookups in the lexicons ``TitleFinder.__init__`` (``pipeline.persons.titles``) reads,
asked word by word both while the qualifiers on a head's left are read
(``pipeline.persons.title_qualifiers``) and while a title is normalized (a country's possessive
on a field noun); they are kept apart from both so each reads as what it does with the answer.
``OfficeFieldWords`` is a mixin, as ``LeftQualifiers`` is: ``TitleFinder`` sets the sets below."""

from __future__ import annotations

from pipeline.lang.tr.endings import begins_with_lik, without_compound_possessive, without_ending
from pipeline.lang.tr.morphology import SOFTENED_TO_HARD
from pipeline.lang.tr.text import Word, after_apostrophe, is_all_caps, is_capitalized, turkish_lower


class OfficeFieldWords:
    """The lexicons it reads are set by ``TitleFinder.__init__``."""

    _office_fields: set[str]
    _office_adjectives: set[str]
    _portfolio_words: set[str]
    _head_stems: set[str]
    _head_stem_lengths: list[int]  #: the lengths of ``_head_stems``: a word's prefixes to look up

    def _names_field(self, folded: str) -> bool:
        """``otel``, ``heyeti``, ``siyasi``, ``başkanlığı`` (the body of an office: ``teftiş kurulu
        başkanlığı inceleme müdürü``): a word that names the field of an office said in lowercase."""
        return not self._office_fields.isdisjoint(field_noun_forms(folded)) \
            or folded in self._office_adjectives or self._names_state_body(folded)

    def _field_in_place_case(self, text: str, word: Word) -> bool:
        """Whether a capitalized word is a body's noun in the dative or locative (``Kurula``,
        ``Kurulda``, ``Kuruluna``, ``Meclise``): where the person came or spoke, no qualifier of
        the office after it (``Genel Kurula TÜRKŞEKER Genel Müdürü``: ``TÜRKŞEKER Genel Müdürü``)."""
        if after_apostrophe(text, word.start) or is_all_caps(word.text) or self._names_field(word.folded):
            return False
        stem = without_ending(word.folded, "dat", "loc")
        return len(stem) > 3 and stem != word.folded and (
            stem in self._office_fields or without_compound_possessive(stem) in self._office_fields
            and stem != without_compound_possessive(stem))

    def _portfolio_word(self, word: Word) -> bool:
        return is_capitalized(word.text) and word.folded in self._portfolio_words

    def _portfolio_before(self, text_words: list[Word], ve: int) -> bool:
        """``İş ve Ticaret Bakanı``: the word before ``ve`` names a field of government."""
        return ve > 0 and is_capitalized(text_words[ve - 1].text) and text_words[ve - 1].folded in self._portfolio_words

    def _names_state_body(self, folded: str) -> bool:
        """``Cumhurbaşkanlığı``, ``Başbakanlığı``: the body an office belongs to."""
        # the word's prefixes looked up, not every stem tried (asked of most lowercase words)
        return any(folded[:length] in self._head_stems and begins_with_lik(folded[length:])
                   for length in self._head_stem_lengths if length <= len(folded))

    def _without_countrys_possessive(self, said: str) -> str:
        """``Fransa milli takımı kaptanı`` -> ``milli takım kaptanı``: an adjective and a noun make
        no compound, so the possessive on the noun was the country's, and goes with it (``Yönetim
        Kurulu``, two nouns, keeps its own)."""
        parts = said.split()
        if len(parts) > 2 and turkish_lower(parts[0]) in self._office_adjectives:
            parts[1] = parts[1][: len(self._field_stem(parts[1]))]
        elif len(parts) > 1 and self._field_stem(parts[0]) in self._office_fields:
            # ``Macaristan Parlamentosu Başkanı`` -> ``Parlamento Başkanı``: the body's possessive
            # was the country's compound with it
            parts[0] = parts[0][: len(self._field_stem(parts[0]))]
        return " ".join(parts)

    def _field_stem(self, word: str) -> str:
        """``Parlamentosu`` -> ``parlamento``, ``Meclisi`` -> ``meclis``: a body's noun without the
        compound's possessive (folded)."""
        folded = turkish_lower(word)
        stem = without_compound_possessive(folded)
        if len(stem) == len(folded) - 2 and folded[:-1] in self._office_fields:
            stem = folded[:-1]  # ``Meclisi``: the possessive of ``meclis``, not ``-si`` after a vowel
        return stem


def field_noun_forms(folded: str) -> set[str]:
    """The forms a field noun may be listed by: as written (``yazı``, whose last vowel is no
    possessive), without the compound's possessive (``heyeti`` -> ``heyet``), and that stem
    with its last consonant hardened (``kanadı`` -> ``kanat``). Case endings are not peeled:
    ``otelin müdürü`` says whose office it is, the genitive is no part of it."""
    stem = without_compound_possessive(folded)
    forms = {folded, stem}
    if stem != folded and stem[-1:] in SOFTENED_TO_HARD:
        forms.add(stem[:-1] + SOFTENED_TO_HARD[stem[-1]])
    return forms
