"""Company names that end in a legal form: ``Turkcell Holding A.Ş.``, ``Sonera Holding B.V.``.

A legal form (``data/company_legal_forms.tsv``) closes a company's name the way a head noun
closes an institution's: the run of capitalized words right before it is the name, and the
form is part of it, as the gold format keeps it (``Türkiye Elektrik İletim AŞ``). The form's
dots are optional in the text (``A.Ş``, ``A.Ş.``, ``Ltd.Şti``); the name is written as the
text has it, without a final dot unless a lowercase word, a comma or a case suffix follows it (``X A.Ş.
elendi``, ``X A.Ş., 2025'te``, ``X A.Ş. (XGaz)``, ``X A.Ş.'ye``, ``X A.Ş.ye``: the dot is the form's, and the gold sets keep it). ``X A.Ş``, ``X A.Ş.``
and ``X A.Ş.'nin`` are one company (the found key leaves the final dot off).
Abbreviated trade words before the form belong to the name (``Gıda San. ve Tic. Ltd. Şti``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import count
from operator import attrgetter

from pipeline.lang.tr.text import Word, iter_sentence_starts, suffix_end
from pipeline.names.openers import lowercase_words_of, opens_sentence_before_company
from pipeline.names.canonical import CONNECTORS
from pipeline.names.left_edge import has_suffix, is_suffix_word, joined_in_name
from pipeline.names.shape import HeadNouns, NameSpan
from pipeline.resources import read_tsv
from pipeline.lexicons.candidates import word_index_at
from pipeline.names.person_before import ends_listed_person

_end_of = attrgetter("end")

#: The longest company name (in words, the form not counted) taken before a legal form.
MAX_COMPANY_WORDS = 12
#: The longest abbreviated trade word (``Tic.``, ``San.``, ``Malz.``) inside a company's name.
MAX_ABBREVIATION = 5
#: The longest office title (in words) read after a legal form (``Yönetim Kurulu Başkan Vekili``).
MAX_TITLE_WORDS = 5
_LETTER = r"[^\W\d_]"
#: A lowercase word, a comma or a parenthesis (``X A.Ş. (Kısa Ad)``: the company's short name)
#: after a dot: the sentence goes on, so the dot is an abbreviation's
_SENTENCE_GOES_ON = re.compile(r" [a-zçğıöşü(]|,")
#: A case suffix glued to a form's last dot without an apostrophe (``A.Ş.ye``, ``Ltd.Şti.nin``).
_GLUED_SUFFIX = rf"\.[a-zçğıöşü]{{1,4}}(?!{_LETTER})"
_GLUED_SUFFIX_AT = re.compile(_GLUED_SUFFIX)


@lru_cache(maxsize=1)
def listed_forms() -> tuple[str, ...]:
    """The legal forms of ``data/company_legal_forms.tsv`` as written there (``A.Ş.``, ``Ltd. Şti.``),
    for the stages that read them without the company names they close."""
    return tuple(row["form"].strip() for row in read_tsv("company_legal_forms.tsv"))


def _form_pattern(form: str) -> str:
    """``A.Ş.`` -> ``A\\.?\\s?Ş\\.?``: every dot optional, a space allowed after an inner one."""
    parts = [re.escape(p) for p in form.replace(" ", "").split(".") if p]
    return r"\.?\s?".join(parts) + (r"\.?" if form.endswith(".") else "")


class LegalForms:
    """The legal forms of a TSV (``form``) and the company names they close."""

    def __init__(self, table: str) -> None:
        forms = sorted((row["form"].strip() for row in read_tsv(table)), key=len, reverse=True)
        self.forms = forms
        self._pattern = re.compile(
            rf"(?<= )(?:{'|'.join(_form_pattern(f) for f in forms)})(?!{_LETTER}|(?!{_GLUED_SUFFIX})\.{_LETTER})"
        )
        self._endings = re.compile(rf"(?:^| )(?:{'|'.join(_form_pattern(f) for f in forms)})$")

    def ends_name(self, name: str) -> bool:
        """``Turkcell Holding A.Ş``: a name that ends in a legal form."""
        return self._endings.search(name) is not None

    def find(self, text: str, text_words: list[Word], heads: HeadNouns, stopwords: set[str],
             listed: frozenset[tuple[int, int]] = frozenset()) -> list[NameSpan]:
        """Company names closed by a legal form, outermost first by position; ``listed`` are the
        offsets of listed names (``Enerjisa Üretim``, ``Akkuyu Nükleer``): a ``ve`` before or after
        one joins two names."""
        name_edges = frozenset(start for start, _ in listed) | frozenset(end for _, end in listed)
        start_of = word_index_at(text_words)
        end_of = dict(zip(map(_end_of, text_words), count()))  # end offset -> index of the word ending there
        spans: list[NameSpan] = []
        previous_end = -1
        sentence_starts: set[int] | None = None
        lowercase_words: frozenset[str] = frozenset()
        for match in self._pattern.finditer(text):
            form_first, last_before = start_of.get(match.start()), end_of.get(match.start() - 1)
            if last_before is None and text[match.start() - 2 : match.start()] == ". ":
                last_before = end_of.get(match.start() - 2)  # ``Gıda Tic. Ltd. Şti``: an abbreviated trade word
                if last_before is not None and not _is_abbreviation(text_words[last_before]):
                    last_before = None
            if form_first is None or last_before is None:
                continue
            first = self._first_word(text, text_words, last_before, heads, stopwords, previous_end, name_edges)
            if first is None:
                continue
            if sentence_starts is None:
                sentence_starts = set(iter_sentence_starts(text))
                lowercase_words = lowercase_words_of(text_words)
            opener = text_words[first]
            if first < last_before and opens_sentence_before_company(opener, sentence_starts, lowercase_words):
                first += 1  # ``İhaleye Ekin İnşaat AŞ katıldı``: the sentence's noun, no word of the name
            form_end = match.end()
            goes_on = text[form_end - 1] == "." and (_SENTENCE_GOES_ON.match(text, form_end) is not None
                                                     or _title_after(text, text_words, start_of, form_end, heads))
            if text[form_end - 1] == "." and "." not in text[match.start() : form_end - 1] \
                    and suffix_end(text, form_end) == form_end and not goes_on:
                form_end -= 1  # ``Yatırım AŞ.``: the sentence's full stop, not the form's
            form_last = end_of.get(form_end - (text[form_end - 1] == "."), form_first)
            name = text[text_words[first].start : form_end]
            glued = _GLUED_SUFFIX_AT.match(text, form_end)
            mention_end = glued.end() if glued else suffix_end(text, form_end)
            if glued:
                name += "."  # ``A.Ş.ye``: the dot before the suffix is the form's
            elif not goes_on and mention_end == form_end:
                name = name.rstrip(".")  # kept in ``A.Ş. elendi`` and ``A.Ş.'ye``: the dot is the form's
            spans.append(NameSpan(first, form_last, text_words[first].start, form_end, mention_end, "", "",
                                  written=name))
            previous_end = form_end
        return spans

    @staticmethod
    def _first_word(
        text: str, text_words: list[Word], last: int, heads: HeadNouns, stopwords: set[str], previous_end: int,
        name_edges: frozenset[int] = frozenset(),
    ) -> int | None:
        """The first word of the capitalized run ending at word ``last``: joined words, ``ve``
        inside, no word with a case suffix, nothing of an office title (``Mahkeme Başkanı``) or
        of the name before (``Akfen Holding A.Ş-Akfen Altyapı``), nor a ``ve`` after a listed name or
        a person's (``Enerjisa Üretim ve``, ``Ali Kaya ve``) or before a listed name (``ve Akkuyu
        Nükleer A.Ş.``): ``name_edges`` are the start and end offsets of listed names."""
        if not text_words[last].text[:1].isupper() or has_suffix(text, text_words[last]):
            return None
        first = last
        while first > 0 and last - first + 1 < MAX_COMPANY_WORDS:
            word, following = text_words[first - 1], text_words[first]
            joined = joined_in_name(text, word, following) \
                or text[word.end : following.start] == ". " and _is_abbreviation(word)  # ``Org. Kirt. ve Büro Malz.``
            if word.end <= previous_end or not joined or is_suffix_word(text, word) or has_suffix(text, word):
                break
            if not (word.text[:1].isupper() or word.text[:1].isdigit() or word.folded in CONNECTORS):
                break
            head = heads.match(text, text_words, first - 1)
            if head is not None and head[3] == "exclude":
                break  # ``Mahkeme Başkanı Aygaz A.Ş``: a title, then the company
            if word.folded in CONNECTORS and (following.start in name_edges or first > 1 and (
                    text_words[first - 2].end in name_edges or ends_listed_person(text_words, first - 2))):
                break
            first -= 1
        while first <= last and (text_words[first].folded in CONNECTORS or text_words[first].folded in stopwords):
            first += 1
        return first if first <= last and not is_suffix_word(text, text_words[first]) else None


def _title_after(text: str, text_words: list[Word], start_of: dict[int, int], form_end: int,
                 heads: HeadNouns) -> bool:
    """``Akkuyu Nükleer A.Ş. Genel Müdürü``: an office title in the possessive after the form (a
    board's on the way: ``Yönetim Kurulu Başkanı``) has the company as its owner, so the sentence
    goes on and the dot is the form's."""
    index = start_of.get(form_end + 1) if text[form_end : form_end + 1] == " " else None
    if index is None:
        return False
    for i in range(index, min(index + MAX_TITLE_WORDS, len(text_words))):
        if not text_words[i].text[:1].isupper() or i > index and not joined_in_name(text, text_words[i - 1], text_words[i]):
            return False
        head = heads.match(text, text_words, i)
        if head is not None and head[0] >= index and head[3] != "unit":
            return head[3] == "exclude"
    return False


def _is_abbreviation(word: Word) -> bool:
    """``Tic``, ``San``, ``Malz``: a short capitalized word written with a full stop after it."""
    return 2 <= len(word.text) <= MAX_ABBREVIATION and word.text[:1].isupper() and word.text[1:].islower()
