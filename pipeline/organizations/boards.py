"""A unit's name that opens an office title: ``X Yönetim Kurulu Başkanı`` names the post of the
chairman of X's board. The organization the article names there is X, the owner (``Mavi
Lojistik Yönetim Kurulu Başkanı`` names ``Mavi Lojistik``), not its board: the gold sets list
the company or the chamber, and the title with the board's name in it. An ordinal before the
unit's head (``MLD 12'nci Genel Kurulu``) numbers a session of the owner's assembly: a
meeting, no body; the owner is named the same way, and so is the owner of a session said of
its kind (``Beşiktaş Kulübünün Olağan Seçimli Genel Kurulu``, ``TFF Olağanüstü Genel Kurulu``:
the club, the federation).

The owner stays a name of its own when it can be one: an acronym said only there (``MLD``;
one also said elsewhere is named there, or linked to its full name), or several words
with an acronym or a head noun (``MLD Grup``, ``Kartal Spor Kulübü``); a listed owner is found by
the gazetteer already. Else (``Şirket Yönetim Kurulu Başkanı``) nothing is named. An acronym in
the genitive before a board said in lowercase owns it (``TANAP'ın yönetim kurulunda``): a body.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable

from pipeline.lang.tr.text import is_all_caps
from pipeline.lexicons.gazetteer import Gazetteer
from pipeline.names.finder import ArticleText
from pipeline.names.shape import HeadNouns, NameSpan

#: an ordinal number before a head (``12. ``, ``12'nci ``, ``12’inci ``): a numbered session
_ORDINAL_BEFORE = re.compile(r"(?:^|\s)\d+(?:\.|[’']\w+) $")
#: the words of an ordinal (the digits, and the suffix after its apostrophe)
_ORDINAL_WORD = re.compile(r"\d+|[ıiuü]?nc[ıiuü]")
#: folded words before an assembly's head that say which session it is (``Olağan Seçimli Genel
#: Kurulu``, ``Olağanüstü Genel Kurulu``): a meeting of the owner's assembly
SESSION_WORDS = frozenset({"olağan", "olağanüstü", "seçimli", "mali"})
#: an acronym in the genitive before its board said in lowercase (``TANAP'ın yönetim kurulunda``)
_OWNER_OF_BOARD = re.compile(r"\b([A-ZÇĞİÖŞÜ]{2,8})['’]n?[ıiuü]n (?:yönetim|icra|denetim) kurul")


class BoardsInTitles:
    def __init__(self, office_titles: Gazetteer, heads: HeadNouns, listed: Callable[[str], bool]) -> None:
        self.office_titles = office_titles
        self.heads = heads
        self.listed = listed

    def owners_of_boards(self, article: ArticleText, spans: list[NameSpan]) -> list[NameSpan]:
        """``spans`` with each unit's name that opens an office title replaced by its owner's
        name, or left out when the owner is no name of its own."""
        units = [s for s in spans if s.unit and s.head_start >= 0]
        if not units:
            return spans
        title_starts = {t.start: t.name_end for t in self.office_titles.find(article.text, article.words)}
        result = []
        for span in spans:
            title_end = title_starts.get(span.head_start, -1) if span in units else -1
            if title_end <= span.name_end and not (span in units and self._numbered(article, span)):
                result.append(span)
                continue
            owner = self._owner(article, span)
            if owner is not None:
                result.append(owner)
        return result

    @staticmethod
    def _numbered(article: ArticleText, span: NameSpan) -> bool:
        """An ordinal right before the unit's head (``12'nci Genel Kurulu``, ``12. Genel Kurulu``),
        or a word of a session's kind (``Olağan Genel Kurulu``)."""
        before = article.text[max(span.start, span.head_start - 12) : span.head_start]
        head_first = article.first_word_from(span.head_start)
        return _ORDINAL_BEFORE.search(before) is not None \
            or head_first > span.first and article.blanked_words[head_first - 1].folded in SESSION_WORDS

    def _owner(self, article: ArticleText, span: NameSpan) -> NameSpan | None:
        """The words before the unit's head (``MLD Grup`` of ``MLD Grup Yönetim Kurulu``) as a name;
        an ordinal there is no word of it."""
        text_words = article.blanked_words
        last = article.first_word_from(span.head_start) - 1
        while last >= span.first and (_ORDINAL_WORD.fullmatch(text_words[last].text)
                                      or text_words[last].folded in SESSION_WORDS):
            last -= 1
        if last < span.first:
            return None
        owner_words = text_words[span.first : last + 1]
        head = self.heads.match(article.blanked, text_words, last)
        # ``Beşiktaş Kulübünün Olağan Genel Kurulu``: the owner's name ends where its head does
        name_end = owner_words[-1].start + head[1] if head is not None else owner_words[-1].end
        name = article.text[owner_words[0].start : name_end]
        if self.listed(name):
            return None
        acronym = any(is_all_caps(w.text) and len(w.text) > 1 for w in owner_words)
        if len(owner_words) == 1 and (not acronym or article.text.count(name) > 1):
            return None  # an acronym said elsewhere too (``(MLD)``) is named there
        if not (acronym or head is not None and head[3] != "exclude"):
            return None
        return dataclasses.replace(span, last=last, name_end=name_end, end=owner_words[-1].end,
                                   head="", role="", head_start=-1, written="")

    def acronyms_owning_boards(self, article: ArticleText) -> list[NameSpan]:
        """``TANAP'ın yönetim kurulunda BOTAŞ'ı temsil etti``: an unlisted acronym in the genitive
        whose board the text names in lowercase is a body's name (only a body has a board)."""
        return [article.written_name(m.start(1), m.end(1), 1) for m in _OWNER_OF_BOARD.finditer(article.text)
                if not self.listed(m.group(1))]
