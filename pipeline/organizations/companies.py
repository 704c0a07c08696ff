"""Companies among the organizations: groups and their members, boards, the short names an
article gives a company, and families whose names are companies' names.

- ``Turkcell Holding``, ``Ülker Grubu``: a listed company inside a found name that ends in a
  company's head (or a legal form) is that group's name, no mention of its own.
- ``Kartal Şirketler Grubu Yönetim Kurulu``, ``X Vakfı Yönetim Kurulu``: a board after a
  company's or a body's name is its unit; the mention is of the company or the body.
- ``Toyota Otomotiv`` beside ``Toyota Otomotiv Sanayi Türkiye AŞ``: a found name that opens the
  name of a company closed by a legal form is that company's short name, one thing; so is
  ``X Grubu`` beside ``X Şirketler Grubu`` ("group of companies").
- ``Başkent Doğalgaz Dağıtım A.Ş. (Başkentgaz)``, ``Toros Elektrik Dağıtım A.Ş. (Toroslar EDAŞ)``:
  capitalized words in parentheses right after a company's legal form are the short name the
  article gives it, one thing: a listed thing they name is the company, else the record carries
  them as its acronym (the field of a name the article defines; an acronym in capitals alone is
  ``pipeline.names.acronym_links``'s).
- ``Bülent Eczacıbaşı``, ``Murat Ülker``: a one-word listed name right after a known given name
  is that person's surname (families give their names to companies), no mention; so is one word
  after a cue noun that the article writes after a given name (``Yusuf Demirtaş ... iş
  makinesinin operatörü Demirtaş``: the man, no operator company); and a given name and one more
  word before a cue noun name a person (``Ahmet Kaya şirketi 1969'da kurdu``).
"""

from __future__ import annotations

import re

from pipeline.lang.tr.text import is_all_caps, suffix_end, turkish_lower
from pipeline.lexicons.catalogue import Catalogue
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import FOUND, ArticleText, Findings
from pipeline.names.legal_forms import LegalForms
from pipeline.names.shape import HeadNouns, NameSpan

#: heads that make a name a group of companies (``Turkcell Holding``, ``Ülker Grubu``), or a
#: team named for its sponsors (``X Y WRT``: the companies inside are no mentions of their own)
COMPANY_HEADS = {"Holding", "Holdingi", "Grubu", "Group", "Holdings", "Şirketi", "Şirketler", "WRT"}
COMPANY_KINDS = ("company", "bank")
#: the fewest words of a found name read as a company's short name (``Toyota Otomotiv``)
MIN_SHORT_NAME_WORDS = 2
GROUP, GROUP_OF_COMPANIES = " Grubu", " Şirketler Grubu"
#: a body's board: after a name closed by a head noun, a unit of that body, no organization of its own
BOARDS = {"Yönetim Kurulu", "İcra Kurulu"}
#: up to four capitalized words in parentheses right after a name (``(Toroslar EDAŞ)``)
_SHORT_NAME_AFTER = re.compile(r" ?\(([A-ZÇĞİÖŞÜ][^\W_]*(?: [A-ZÇĞİÖŞÜ][^\W_]*){0,3})\)")


class Companies:
    def __init__(self, catalogue: Catalogue, heads: HeadNouns, legal_forms: LegalForms,
                 given_names: set[str]) -> None:
        self.catalogue = catalogue
        self.heads = heads
        self.legal_forms = legal_forms
        self.given_names = given_names

    def outside_groups(self, matches: list[GazetteerMatch]) -> list[GazetteerMatch]:
        """Drop the listed companies inside found group names (``Turkcell Holding``)."""
        groups = [m for m in matches if m.key.startswith(FOUND)
                  and (m.entry.split()[-1] in COMPANY_HEADS or self.legal_forms.ends_name(m.entry))]
        return [m for m in matches if not (self._is_company(m.key) and any(
            g.start <= m.start and m.end <= g.end and g is not m for g in groups))]

    def _is_company(self, key: str) -> bool:
        row = self.catalogue.rows.get(key)
        return row is not None and row.kind in COMPANY_KINDS

    def without_unit(self, article: ArticleText, span: NameSpan) -> NameSpan:
        """The company before a unit, and any body named by its head noun before its board
        (``Kartal Mobilya Yönetim Kurulu``, ``X Vakfı Yönetim Kurulu``: the company, the
        foundation); not for institutions' other units: ``Deniz Kuvvetleri Komutanlığı`` is a
        name of its own."""
        if not span.unit:
            return span
        before = article.first_word_from(span.head_start) - 1
        if before <= span.first:
            return span
        head = self.heads.match(article.blanked, article.blanked_words, before)
        if head is None or head[0] <= span.first or head[3] == "exclude" \
                or head[2] not in COMPANY_HEADS and (span.head not in BOARDS or head[3] == "unit"):
            return span
        word = article.blanked_words[before]
        return NameSpan(span.first, before, span.start, word.start + head[1], word.end, head[2], head[3], -1)

    def join_short_names(self, article: ArticleText, findings: Findings) -> None:
        """A found name of two words or more that opens exactly one found company name closed by
        a legal form is a mention of that company; ``X Şirketler Grubu`` is ``X Grubu``; a short
        name in parentheses after the form is the company's (``_join_parenthesized``)."""
        self._join_parenthesized(article.text, findings)
        full = [key for key, entity in findings.found.items() if self.legal_forms.ends_name(entity.name)]
        joined = {}
        groups: dict[str, str] = {}
        for key, entity in findings.found.items():
            group = entity.name.replace(GROUP_OF_COMPANIES, GROUP)
            if group != entity.name or entity.name.endswith(GROUP):
                joined_to = groups.setdefault(group, key)
                if joined_to != key:
                    joined[key] = joined_to
        for key, entity in findings.found.items():
            if key in full or key in joined or len(entity.name.split()) < MIN_SHORT_NAME_WORDS:
                continue
            longer = [k for k in full if findings.found[k].name.startswith(entity.name + " ")]
            if len(longer) == 1:
                joined[key] = longer[0]
        findings.rekey(joined)

    def _join_parenthesized(self, text: str, findings: Findings) -> None:
        """``X Dağıtım A.Ş. (Başkentgaz)``: the words in parentheses after a found company closed
        by a legal form name it; a listed thing named there is the company (the found key goes),
        words nothing names become the company's mention and its acronym."""
        companies = {m.key: m for m in findings.matches if m.key in findings.found
                     and self.legal_forms.ends_name(findings.found[m.key].name.rstrip("."))}
        for key, company in companies.items():
            short = _SHORT_NAME_AFTER.match(text, company.end)
            if short is None or is_all_caps(short.group(1)) and " " not in short.group(1):
                continue  # ``(İGDAŞ)``: an acronym, linked as acronyms are
            if not _shares_opening(short.group(1), findings.found[key].name):
                continue  # ``Ekin İnşaat A.Ş. (Ankara)``: where the company is, no name of it
            start, end = short.span(1)
            inside = [m for m in findings.matches if start <= m.start and m.end <= end]
            listed = next((m.key for m in inside if m.key not in findings.found), None)
            if listed is not None:
                findings.rekey({key: listed})
            elif not inside:  # the short name here and wherever the article says it again
                for said in re.finditer(rf"(?<!\w){re.escape(short.group(1))}(?!\w)", text):
                    findings.add(GazetteerMatch(said.start(), suffix_end(text, said.end()), said.end(), key,
                                                short.group(1)))
                findings.acronyms.setdefault(key, short.group(1))

    def without_surnames(self, article: ArticleText, spans: list[NameSpan]) -> list[NameSpan]:
        """Drop the one-word names the article also writes right after a known given name:
        ``operatörü Demirtaş`` after ``Yusuf Demirtaş`` is the man's surname."""
        single = {article.blanked_words[s.first].folded for s in spans if s.first == s.last}
        if not single:
            return spans
        text_words = article.blanked_words
        surnames = {word.folded for before, word in zip(text_words, text_words[1:])
                    if word.folded in single and before.end == word.start - 1 and before.text[:1].isupper()
                    and not is_all_caps(before.text) and before.folded in self.given_names}
        return [s for s in spans if s.first != s.last or text_words[s.first].folded not in surnames]

    def is_a_surname(self, article: ArticleText, match: GazetteerMatch) -> bool:
        """A one-word listed name (no acronym) right after a known given name."""
        if " " in match.entry or is_all_caps(match.entry) or article.text[match.start - 1 : match.start] != " ":
            return False
        before = article.first_word_from(match.start) - 1
        word = article.blanked_words[before] if before >= 0 else None
        return word is not None and word.end == match.start - 1 and word.text[:1].isupper() \
            and not is_all_caps(word.text) and word.folded in self.given_names

    def names_a_person(self, article: ArticleText, span: NameSpan) -> bool:
        """``Ahmet Kaya şirketi 1969'da kurdu``: before a cue noun (here the accusative, "the company"),
        a given name and then one more capitalized word, the last of the run, name a person (the
        company's founder or owner), no company; a family's company is a listed name (``is_a_surname``)."""
        run = article.blanked_words[span.first : span.last + 1]
        return len(run) > 1 and run[-2].folded in self.given_names \
            and not any(is_all_caps(w.text) for w in run) and self.catalogue.key_of(span.written or "") is None


#: the fewest letters a short name shares with its company's first word (``Koç``)
MIN_SHARED_OPENING = 3
#: the most letters compared (``Toroslar EDAŞ`` and ``Toros Elektrik``: ``Toro``)
MAX_SHARED_OPENING = 4


def _shares_opening(short: str, name: str) -> bool:
    """A company's short name opens like its name (``Başkentgaz``: ``Başkent Doğalgaz``)."""
    short_first, name_first = turkish_lower(short.split()[0]), turkish_lower(name.split()[0])
    shared = min(MAX_SHARED_OPENING, len(short_first), len(name_first))
    return shared >= MIN_SHARED_OPENING and short_first[:shared] == name_first[:shared]
