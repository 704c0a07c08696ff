"""Clubs a sports report lists beside listed clubs: ``Barcelona ve Siena``, ``Zalgiris ve
Cibona``, ``Partizan, Rytas ve Efes``, ``Olympiakos ile Unicaja Malaga``, ``CSKA Moskova-Caja
Laboral-Maccabi``.

A report names the sides of a table, a group or a draw together, and the catalogue holds only
some of them. In an article about sport (it names a club or league the catalogue does not flag
``sports_context``), a list of capitalized names joined by ``ve``, ``ile`` or a hyphen, or by
commas closed by one of those, whose listed members are all clubs, names clubs only: its
unlisted members are clubs too. Two sides joined by ``ve``/``ile``/a hyphen need one listed club,
a longer list two (``Galatasaray, Osimhen ve Icardi'yi``: the club is the subject, the rest its
players). The list is of something else, and gives nothing, where a member is a country, a
nationality, a place, a listed given name or surname, an ordinary word opening the sentence, a
listed body of another kind, or a name in the locative or ablative (``Barcelona ve Siena'da``:
where); a one-word member the article also writes after another capitalized word (``Mauro
Icardi``) is a person's surname or the short form of a longer name.
"""

from __future__ import annotations

from typing import Callable, NamedTuple

from pipeline.lang.tr.endings import ends_in, spells_case
from pipeline.lang.tr.text import APOSTROPHES, is_capitalized
from pipeline.lexicons.catalogue import Catalogue
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.finder import ArticleText, Spans
from pipeline.names.shape import HeadNouns, NameSpan
from pipeline.organizations.sports_context import SPORTS_CONTEXT, SPORTS_KINDS

#: the most words of one unlisted member (``Caja Laboral``, ``Unicaja Malaga``)
MAX_MEMBER_WORDS = 3
#: a sentence's first word this long in a locative or ablative is the sentence's (``Grupta``, ``Ligden``)
MIN_OPENER_IN_CASE = 5
#: the most members of one list
MAX_MEMBERS = 8
#: the words that join the last two members of a list, or two members alone
CONJUNCTIONS = ("ve", "ile")
CONJUNCTION_JOINS = frozenset(f" {word} " for word in CONJUNCTIONS)
#: every join that may close a list: the conjunctions, a hyphen or a dash
CLOSING_JOINS = CONJUNCTION_JOINS | {"-", "–"}
LIST_COMMA = ", "
#: two members: a pair needs one listed club, a longer list two
PAIR = 2


class Member(NamedTuple):
    first: int  #: index of the first word in the article's ``blanked_words``
    last: int


class ClubLists:
    def __init__(self, catalogue: Catalogue, heads: HeadNouns, name_words: frozenset[str],
                 places: frozenset[str], stopwords: set[str], kind_of: Callable[[str], str]) -> None:
        self.catalogue = catalogue
        self.heads = heads
        self.name_words = name_words  #: listed given names and surnames, folded
        self.places = places
        self.stopwords = stopwords
        self.kind_of = kind_of

    def find(self, article: ArticleText, listed: list[GazetteerMatch], taken: list[tuple[int, int]],
             lowercase_words: frozenset[str]) -> list[NameSpan]:
        """The unlisted members of lists of clubs. ``taken``: countries, nationalities and missions."""
        clubs = [m for m in listed if self._is_club(m.key) and m.end == m.name_end]
        sporting = any(SPORTS_CONTEXT not in self.catalogue[m.key].flags for m in clubs) \
            or any(self.kind_of(m.key) == "league" for m in listed)
        if not clubs or not sporting:
            return []  # ``Barcelona ve Paris``: no sport in the article, the cities
        club_at = {article.first_word_from(m.start): m for m in clubs}
        club_starts = {c.start for c in clubs}
        others = Spans(taken + [(m.start, m.end) for m in listed if m.start not in club_starts])
        found: dict[int, NameSpan] = {}
        after_capitals: set[str] | None = None  # read once, for the first list that needs it
        for first, club in club_at.items():
            last = article.first_word_from(club.name_end) - 1
            members, joins = self._list_around(article, Member(first, last), lowercase_words)
            listed_members = [m for m in members if m.first in club_at]
            if len(members) < PAIR or not joins & CLOSING_JOINS \
                    or len(members) > PAIR and len(listed_members) < PAIR:
                continue
            if after_capitals is None:
                after_capitals = self._said_after_capitals(article, lowercase_words)
            spans = [self._member(article, m, others, lowercase_words, after_capitals)
                     for m in members if m.first not in club_at]
            if all(spans):
                found.update((span.start, span) for span in spans)
        return [found[start] for start in sorted(found)]

    def _is_club(self, key: str) -> bool:
        row = self.catalogue.rows.get(key)
        return row is not None and row.kind in SPORTS_KINDS and row.kind != "league" \
            and not self.heads.is_one_word_name_text(row.entity.name.rsplit(" ", 1)[-1])  # no ``Federasyonu``

    def _list_around(self, article: ArticleText, club: Member, lowercase_words: frozenset[str]) -> tuple[list[Member], set[str]]:
        """The members of the list word run ``club`` stands in, in text order, and its joins."""
        words = article.blanked_words
        members, joins = [club], set()
        last = club.last
        while len(members) < MAX_MEMBERS:
            join, first = _join(article, last, 1)
            if join is None or not is_capitalized(words[first].text):
                break
            member = self._run_from(article, first)
            members.append(member)
            joins.add(join)
            if join.strip() in CONJUNCTIONS:
                break  # the list closes
            last = member.last
        first = club.first
        while len(members) < MAX_MEMBERS:
            join, last = _join(article, first, -1)
            if join is None or join.strip() in CONJUNCTIONS and joins & CONJUNCTION_JOINS:
                break
            member = self._run_to(article, last, lowercase_words)
            if member is None:
                break
            members.insert(0, member)
            joins.add(join)
            first = member.first
        return members, joins

    def _run_from(self, article: ArticleText, first: int) -> Member:
        words, text, last = article.blanked_words, article.text, first
        while last + 1 < len(words) and last - first < MAX_MEMBER_WORDS \
                and text[words[last].end : words[last + 1].start] == " " and is_capitalized(words[last + 1].text):
            last += 1
        return Member(first, last)

    def _run_to(self, article: ArticleText, last: int, lowercase_words: frozenset[str]) -> Member | None:
        words, text = article.blanked_words, article.text
        if not is_capitalized(words[last].text):
            return None
        first = last
        while first > 0 and last - first < MAX_MEMBER_WORDS \
                and text[words[first - 1].end : words[first].start] == " " and is_capitalized(words[first - 1].text) \
                and not self._opens_sentence(article, first - 1, lowercase_words):
            first -= 1
        return Member(first, last)

    @staticmethod
    def _opens_sentence(article: ArticleText, i: int, lowercase_words: frozenset[str]) -> bool:
        """Word ``i`` opens its sentence as an ordinary word: the article writes it in lowercase, or
        it ends in a locative or ablative (``Grupta``; a name inflects only its last word)."""
        word = article.blanked_words[i]
        return word.start in article.sentence_starts and (
            word.folded in lowercase_words or len(word.folded) >= MIN_OPENER_IN_CASE and ends_in(word.folded, "loc", "abl"))

    def _member(self, article: ArticleText, member: Member, others: Spans, lowercase_words: frozenset[str],
                after_capitals: set[str]) -> NameSpan | None:
        """The member as a club's name, or None where it is something else."""
        words, text = article.blanked_words, article.text
        member_words = words[member.first : member.last + 1]
        start, end = member_words[0].start, member_words[-1].end
        if len(member_words) > MAX_MEMBER_WORDS or others.overlaps(start, end):
            return None  # a longer name; a country, nationality or listed body of another kind
        if any(not w.text[0].isalpha() or w.folded in self.name_words or w.folded in self.places
               or w.folded in self.stopwords for w in member_words):
            return None  # ``Galatasaray ve Okan Buruk``, ``Barcelona ve Madrid``
        if self._opens_sentence(article, member.first, lowercase_words):
            return None  # an ordinary word opening the sentence
        if text[end : end + 1] in APOSTROPHES and member.last + 1 < len(words) \
                and spells_case(words[member.last + 1].folded, "loc", "abl"):
            return None  # ``Siena'da``: the city
        if len(member_words) == 1 and member_words[0].text in after_capitals:
            return None  # ``Mauro Icardi``, ``Unicaja Malaga`` elsewhere: a surname, a short form
        return article.written_name(start, end, len(member_words))

    def _said_after_capitals(self, article: ArticleText, lowercase_words: frozenset[str]) -> set[str]:
        """The words the article writes right after another capitalized word (``Icardi`` of ``Mauro
        Icardi``); an ordinary word opening the sentence says nothing (``Grupta Verdanta``)."""
        words, text = article.blanked_words, article.text
        return {w.text for i, w in enumerate(words) if i and is_capitalized(w.text)
                and text[words[i - 1].end : w.start] == " " and is_capitalized(words[i - 1].text)
                and not self._opens_sentence(article, i - 1, lowercase_words)}


def _join(article: ArticleText, edge: int, step: int) -> tuple[str | None, int]:
    """What joins word ``edge`` to the next member of a list on the side of ``step`` (+1: after it,
    -1: before it): ``, ``, `` ve ``, `` ile ``, a hyphen; and the index of that member's nearest
    word. None where no list goes on."""
    words, text = article.blanked_words, article.text
    near, far = edge + step, edge + 2 * step

    def gap(a: int, b: int) -> str:
        left, right = min(a, b), max(a, b)
        return text[words[left].end : words[right].start]

    if not 0 <= near < len(words):
        return None, 0
    joint = gap(edge, near)
    if joint == " " and words[near].folded in CONJUNCTIONS and 0 <= far < len(words) and gap(near, far) == " ":
        return f" {words[near].folded} ", far
    return (joint, near) if joint == LIST_COMMA or joint in CLOSING_JOINS else (None, 0)
