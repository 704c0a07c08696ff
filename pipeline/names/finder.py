"""The mention finding shared by the mission and organization stages.

1. Catalogue names, also where an acronym in parentheses stands inside the name
   (``Avrupa Birliği (AB) Dış İlişkiler Konseyi``).
2. Names found by their head noun (``pipeline.names.shape``). A found name that a catalogue row
   spells (or nearly spells) is that row; one that merely adds a unit head to a listed thing
   (``DSİ Genel Müdürlüğü``) is no new thing; one inside a listed name is no new thing;
   the rest are new things, one per folded name (a listed name opening it counts as
   one spelling, acronym or not: ``İİT Dışişleri Bakanları Konseyi``).
3. An acronym in parentheses right after a name (``Süreci'nde (GDAÜ)``) is a mention of the
   same thing; a new acronym also becomes the thing's ``acronym`` and its other
   occurrences in the article become mentions.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from pipeline.extensions import doc_analysis, doc_text, doc_words
from pipeline.lexicons.candidates import DocWords, capitalized_words, word_starts
from pipeline.lexicons.catalogue import Catalogue, fold_name
from pipeline.lexicons.gazetteer import GazetteerMatch
from pipeline.names.canonical import canonical_name
from pipeline.names.openers import LOCAL_OFFICE_OPENERS, EverydayWords, lowercase_words_of
from pipeline.names.person_before import OFFICE_HEADS, after_person_named_apart
from pipeline.names.shape import HeadNouns, NameSpan, blank_inner_acronyms, find_headed_names
from pipeline.schema import Entity
from pipeline.lang.tr.text import Word, is_all_caps, iter_sentence_starts, suffix_end, turkish_lower, words

#: Prefix of the keys of things no catalogue lists.
FOUND = "~"
#: an ordinal in a folded name: written with an apostrophe suffix (``2'nci``, ``3’üncü``)
#: (folding has cut the suffix: ``2 ordu``), or with a full stop (``2. ordu``)
#: The office that runs a body, named after it: ``X İdaresi Başkanlığı`` is ``X İdaresi``.
_ADMINISTRATIONS = tuple(fold_name(head) for head in ("Başkanlığı", "Genel Müdürlüğü", "Müdürlüğü"))
_ORDINAL = re.compile(r"\b(\d+)\.?(?=\s)")
#: words a text says after a listed group's name to describe it (``DEAŞ Terör Örgütü``): the
#: group itself, no body of it
DESCRIPTIVE_TAILS = {("terör", "örgütü")}


@dataclass
class ArticleText:
    """The article as the finders read it: the text, and the same text with acronyms that
    stand inside names blanked out (``pipeline.names.shape.blank_inner_acronyms``)."""

    text: str
    words: list[Word]
    blanked: str = ""
    blanked_words: list[Word] = field(default_factory=list)
    #: where sentences start in ``text``, where the caller has them (the analysis stage's)
    text_sentence_starts: Iterable[int] | None = None

    def __post_init__(self) -> None:
        self.blanked = blank_inner_acronyms(self.text)
        if self.blanked == self.text:
            self.blanked_words = self.words
        else:  # the words outside the blanked acronyms (blanking keeps offsets, the words around are whole)
            self.blanked_words = DocWords(w for w in self.words if self.blanked[w.start] != " ")
        self._word_starts = word_starts(self.blanked_words)

    @functools.cached_property
    def sentence_starts(self) -> set[int]:
        """Where sentences start in ``blanked`` (``iter_sentence_starts``): the caller's when
        nothing was blanked, read once per article otherwise."""
        if self.text_sentence_starts is not None and self.blanked == self.text:
            return set(self.text_sentence_starts)
        return set(iter_sentence_starts(self.blanked))

    @functools.cached_property
    def capitalized(self) -> list[int]:
        """Indices of the ``blanked_words`` written with a capital: where a head-noun name can
        end (read once for the mission and organization stages' finders)."""
        return capitalized_words(self.blanked_words)

    def first_word_from(self, offset: int) -> int:
        """Index of the first word (of ``blanked_words``) starting at or after ``offset``."""
        return bisect.bisect_left(self._word_starts, offset)

    def words_between(self, start: int, end: int) -> list[Word]:
        inside = self.blanked_words[self.first_word_from(start) : self.first_word_from(end)]
        return [w for w in inside if w.end <= end]

    def written_name(self, start: int, end: int, word_count: int) -> NameSpan:
        """A name the text gives as written (a source line's outlet, a quoted company name):
        its ``word_count`` words from ``start``, no head noun, its case ending after ``end``."""
        first = self.first_word_from(start)
        return NameSpan(first, first + word_count - 1, start, end, suffix_end(self.text, end), "", "",
                        written=self.text[start:end])

    def blanked_regions(self) -> list[tuple[int, int]]:
        if self.blanked == self.text:  # nothing blanked (most articles): no need to walk the text
            return []
        return [m.span() for m in re.finditer(r"\S+", self.text) if self.blanked[m.start()] == " "]


def article_text(doc: Doc) -> ArticleText:
    """The Doc's ``ArticleText``, made once for the stages that read names (missions and
    organizations, one after the other): blanking and its words depend on the text alone.
    Kept for the last Doc, known by its words (``doc_words``, one list per Doc), rather than
    on the Doc, whose data must stay plain values."""
    global _last_article
    text_words, article = doc_words(doc), _last_article  # read once: another thread may replace it
    if article is None or article.words is not text_words:
        sentence_starts = doc_analysis(doc).sentence_starts.tolist()
        article = _last_article = ArticleText(doc_text(doc), text_words, text_sentence_starts=sentence_starts)
    return article


_last_article: ArticleText | None = None


@dataclass
class Findings:
    """Mentions (as gazetteer matches keyed by catalogue key or found key) and the entity
    templates of found things."""

    matches: list[GazetteerMatch] = field(default_factory=list)
    found: dict[str, Entity] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)  #: acronyms the article gives in parentheses
    #: ``matches`` by key, and the list and length it was read from: ``add`` asks only the same
    #: key's mentions (a long article has hundreds of names, each compared with every mention was
    #: quadratic); read again whenever another hand replaced or lengthened the list
    _by_key: tuple[list, int, dict[str, list[GazetteerMatch]]] | None = field(default=None, repr=False, compare=False)

    def add(self, match: GazetteerMatch) -> None:
        """A mention, unless the same thing is already mentioned over these characters."""
        if self._by_key is None or self._by_key[0] is not self.matches or self._by_key[1] != len(self.matches):
            by_key: dict[str, list[GazetteerMatch]] = {}
            for m in self.matches:
                by_key.setdefault(m.key, []).append(m)
            self._by_key = (self.matches, len(self.matches), by_key)
        same_key = self._by_key[2].setdefault(match.key, [])
        if not any(m.start < match.end and match.start < m.end for m in same_key):
            self.matches.append(match)
            same_key.append(match)
            self._by_key = (self.matches, len(self.matches), self._by_key[2])

    def rekey(self, new_keys: dict[str, str]) -> None:
        """Found things that turn out to be others (a listed name, a longer name of the same
        company): their mentions take the other key and the found entity goes."""
        if new_keys:
            self.matches = [GazetteerMatch(m.start, m.end, m.name_end, new_keys[m.key], m.entry)
                            if m.key in new_keys else m for m in self.matches]
            for key in new_keys:
                self.found.pop(key)

    def entity(self, key: str, catalogue: Catalogue) -> Entity | None:
        entity = self.found.get(key) or (catalogue.entity(key) if key in catalogue.rows else None)
        if entity is not None and entity.acronym is None and key in self.acronyms:
            entity = entity.model_copy(update={"acronym": self.acronyms[key]})
        return entity


class NameFinder:
    def __init__(self, catalogue: Catalogue, heads: HeadNouns, stopwords: set[str], entity_type: str,
                 place_words: frozenset[str] = frozenset(), field_words: set[str] | frozenset[str] = frozenset(),
                 owners: Catalogue | None = None, everyday_words: EverydayWords = EverydayWords()) -> None:
        self.catalogue = catalogue
        #: another catalogue whose names open found names (the organizations a mission is named
        #: after: ``BM X Misyonu`` and ``Birleşmiş Milletler X Misyonu`` are one mission)
        self.owners = owners
        self._by_owner_key: dict[str, str] | None = None  # built on first use
        #: folded words naming a field (``kültür``, ``sanat``): listed with commas inside a name
        self.field_words = frozenset(field_words)
        #: folded one-word place names (``istanbul``): a sentence's first word before one is no name's
        self.place_words = place_words
        #: folded words public corpora write in lowercase: one in a case opening a sentence is no name's
        self.everyday_words = everyday_words
        self.heads = heads
        self.stopwords = stopwords
        self.entity_type = entity_type

    def catalogue_matches(self, article: ArticleText) -> list[GazetteerMatch]:
        matches = self.catalogue.find(article.blanked, article.blanked_words)
        regions = article.blanked_regions()
        if regions:
            matches += [
                m
                for m in self.catalogue.find(article.text, article.words)
                if any(start <= m.start and m.end <= end for start, end in regions)
            ]
        return matches

    def headed_names(self, article: ArticleText, other_names: list[tuple[int, int]]) -> list[NameSpan]:
        """Names ending in a head noun; ``other_names`` (countries) do not join them over ``ve``."""
        proper_starts = frozenset(w.start for s, e in other_names for w in article.words_between(s, e))
        spans = find_headed_names(article.blanked, article.blanked_words, self.heads, self.stopwords,
                                  article.sentence_starts, proper_starts, self.place_words, article.capitalized,
                                  self.field_words, lowercase_words_of(article.words), self.name_words,
                                  self.everyday_words, self.name_openers)
        return [self._without_person_before(article, span) for span in spans]

    def _without_person_before(self, article: ArticleText, span: NameSpan) -> NameSpan:
        """``Ali Kaya Akçaabat Devlet Hastanesi``: a person named apart elsewhere is no part of the name."""
        text_words = article.blanked_words
        head_first = span.last if span.head_start < 0 else article.first_word_from(span.head_start)
        office_head = span.head != "" and turkish_lower(span.head.split()[-1]) in OFFICE_HEADS \
            and not any(self.heads.match(article.blanked, text_words, i) for i in range(span.first, head_first))
        first = after_person_named_apart(article.blanked, text_words, span.first, head_first, self.place_words,
                                         office_head)
        return span if first == span.first else dataclasses.replace(span, first=first, start=text_words[first].start)

    @functools.cached_property
    def name_words(self) -> frozenset[str]:
        """The folded words of the listed names of several words (``merkez``, ``milli``) and the
        listed names of one word not in capitals (``Yargıtay``): a sentence's first word among
        them may open a found name too."""
        catalogues = [self.catalogue] + ([self.owners] if self.owners is not None else [])
        # (a newspaper named by an ordinary word, ``Karar``, opens no name: it needs a word of the press)
        return frozenset(w.folded for catalogue in catalogues for row in catalogue if "press" not in row.flags
                         for spelling in row.spellings if " " in spelling or not is_all_caps(spelling)
                         for w in words(spelling))

    @functools.cached_property
    def name_openers(self) -> frozenset[str]:
        """The folded first words of the listed names of several words (``millet``): a word opening a
        name by itself, so a common noun before it at a sentence's start is the sentence's."""
        catalogues = [self.catalogue] + ([self.owners] if self.owners is not None else [])
        return frozenset(words(spelling)[0].folded for catalogue in catalogues for row in catalogue
                         if "press" not in row.flags for spelling in row.spellings if " " in spelling)

    def resolve_found(
        self, article: ArticleText, spans: list[NameSpan], known: list[GazetteerMatch], findings: Findings
    ) -> None:
        """Turn head-noun names into mentions of catalogue rows or of new found things."""
        names: dict[str, list[str]] = {}
        for span in spans:
            name = span.written or canonical_name(
                article.blanked, article.blanked_words, span.first, span.last, span.name_end, self._is_acronym
            )
            if not span.written:
                span, name = _running_text_form(article, span, name)
            key = self.catalogue.key_of(name, fuzzy=True) or self._listed_under_owner(name) \
                or self._described_listed_name(name)
            if key is not None and _inside_longer_listed(span, known):
                continue  # ``Yeniden Refah Partisi`` opening a sentence: not ``Refah Partisi`` after an opener
            if key is None:
                if self._names_no_new_thing(article, span, known):
                    continue
                key = FOUND + self._found_key(name)
                names.setdefault(key, []).append(name)
            findings.add(GazetteerMatch(span.start, span.end, span.name_end, key, name))
        for key, spellings in names.items():
            findings.found[key] = Entity(id="", type=self.entity_type, name=_preferred_spelling(spellings))
        for short, full in _shortened_names(list(names)).items():
            rekey(findings, short, full)

    def _is_acronym(self, word: str) -> bool:
        return self.catalogue.is_acronym(word) or self.owners is not None and self.owners.is_acronym(word)

    def _described_listed_name(self, name: str) -> str | None:
        """The row a name opens when the rest only describes it (``DEAŞ Terör Örgütü``)."""
        name_words = words(name)
        opening = self.catalogue.opening_name(name_words)
        if opening is None:
            return None
        count, key = opening
        return key if tuple(w.folded for w in name_words[count:]) in DESCRIPTIVE_TAILS else None

    def _listed_under_owner(self, name: str) -> str | None:
        """The row listed under another spelling of its owner's name (``Birleşmiş Milletler X
        Misyonu`` is the row ``BM X Misyonu``)."""
        if self.owners is None:
            return None
        if self._by_owner_key is None:
            self._by_owner_key = {}
            for row in self.catalogue:
                for spelling in row.spellings:
                    if self.owners.opening_name(words(spelling)) is not None:
                        self._by_owner_key.setdefault(self._found_key(spelling), row.key)
        return self._by_owner_key.get(self._found_key(name)) if self._by_owner_key else None

    def _found_key(self, name: str) -> str:
        """The folded name, with a listed name that opens it spelled as the catalogue's key:
        ``İİT Dışişleri Bakanları Konseyi`` and ``İslam İşbirliği Teşkilatı (İİT) Dışişleri
        Bakanları Konseyi`` are one thing."""
        name_words = words(name)
        opening = self.catalogue.opening_name(name_words)
        if opening is None and self.owners is not None:
            opening = self.owners.opening_name(name_words)
        if opening is None:
            # ``2'nci Ordu`` and ``2. Ordu`` are one; so are ``X A.Ş.`` and ``X A.Ş``
            return _ORDINAL.sub(r"\1.", fold_name(name.rstrip(".")))
        count, key = opening
        return " ".join([fold_name(key), *(w.folded for w in name_words[count:])])

    def _names_no_new_thing(self, article: ArticleText, span: NameSpan, known: list[GazetteerMatch]) -> bool:
        head_start = span.head_start if span.unit else None
        for match in known:
            if match.end <= span.start or match.start >= span.end:
                continue
            if not (span.start <= match.start and match.end <= span.end):
                return True  # inside or across a listed name
            if match.name_end == span.name_end and not self._is_local(match.key):
                return True  # ``Türkiye Dışişleri Bakanlığı``: a listed name after other words
            if head_start is not None and article.blanked[match.end : head_start].strip() == "" \
                    and not _after_local_opener(article, match.start):
                return True  # ``KFOR Komutanlığı``: the unit of a listed thing (``İl Göç İdaresi
                # Müdürlüğü``: a province's office, named for the national body)
        return False

    def _is_local(self, key: str) -> bool:
        """A body every city has (``Ulaşım Koordinasyon Merkezi``): the city's name before it
        makes a name of its own (``İBB Ulaşım Koordinasyon Merkezi``)."""
        row = self.catalogue.rows.get(key)
        return row is not None and "local" in row.flags

    def link_acronyms(self, article: ArticleText, findings: Findings, reserved: Spans) -> None:
        """``(ACR)`` after a mention: a mention of the same thing (``pipeline.names.acronym_links``,
        which reads this module's findings: imported here, not at the top, to keep the import one-way)."""
        from pipeline.names.acronym_links import link_acronyms

        link_acronyms(article, findings, reserved, self.catalogue)


def rekey(findings: Findings, old: str, new: str) -> None:
    """Every mention found under the key ``old`` becomes one of ``new`` (one thing named two ways)."""
    findings.matches = [
        GazetteerMatch(m.start, m.end, m.name_end, new, m.entry) if m.key == old else m for m in findings.matches
    ]
    findings.found.pop(old, None)
    findings.acronyms.pop(old, None)


def _running_text_form(article: ArticleText, span: NameSpan, name: str) -> tuple[NameSpan, str]:
    """A name in a headline's capitals (``KAYYUM ATANAN KARTAL BELEDİYESİ``) runs over the headline's
    other words: the longest end of it that the running text writes (``Kartal Belediyesi``) is the name."""
    written = article.blanked[span.start : span.name_end]
    name_words = name.split(" ")
    if not is_all_caps(written) or len(name_words) != span.last - span.first + 1:
        return span, name
    for cut in range(1, len(name_words) - 1):
        tail = " ".join(name_words[cut:])
        if tail in article.text:
            start = article.blanked_words[span.first + cut].start
            return dataclasses.replace(span, first=span.first + cut, start=start), tail
    return span, name


def _shortened_names(keys: list[str]) -> dict[str, str]:
    """Found names that an article uses as the short form of a longer found name it gives too:
    ``40. Ağır Ceza Mahkemesi`` after ``İstanbul 40. Ağır Ceza Mahkemesi``. A short form that
    ends two longer names (``Bölge Müdürlüğü`` of ``DSİ 18. Bölge Müdürlüğü`` and ``TCDD 7.
    Bölge Müdürlüğü``) stays a name of its own."""
    shortened = {}
    for short in keys:
        longer = [k for k in keys if len(k) > len(short) and k.endswith(" " + short[len(FOUND) :])]
        if len(longer) == 1:
            shortened[short] = longer[0]
        run_by = [short + " " + unit for unit in _ADMINISTRATIONS if short + " " + unit in keys]
        if short not in shortened and run_by:
            shortened[short] = run_by[0]  # ``Özelleştirme İdaresi`` is its ``Başkanlığı``
    return shortened


def _preferred_spelling(spellings: list[str]) -> str:
    """The fullest spelling not written in headline capitals (``Birleşmiş Milletler X
    Misyonu`` over ``BM X Misyonu``), the first of equals."""
    return max(spellings, key=lambda s: (not is_all_caps(s), len(s), -spellings.index(s)))


class Spans:
    """Character spans that can be asked, quickly, whether a span overlaps any of them."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _ in ordered]
        self._max_ends = list(itertools.accumulate((end for _, end in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        before_end = bisect.bisect_left(self._starts, end)  # the spans starting before ``end``
        return before_end > 0 and self._max_ends[before_end - 1] > start


def _inside_longer_listed(span: NameSpan, known: list[GazetteerMatch]) -> bool:
    """Whether a listed name longer than the span holds it (the head-noun finder left out a
    sentence opener that the catalogue spells as the name's first word)."""
    return any(m.start <= span.start and span.name_end <= m.name_end and m.name_end - m.start > span.name_end - span.start
               for m in known)


def _after_local_opener(article: ArticleText, start: int) -> bool:
    """Whether ``İl`` or ``İlçe`` comes right before ``start`` (``Mersin İl Göç İdaresi``)."""
    index = article.first_word_from(start) - 1
    return index >= 0 and article.blanked_words[index].folded in LOCAL_OFFICE_OPENERS \
        and article.blanked[article.blanked_words[index].end : start] == " "
