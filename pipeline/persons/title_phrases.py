"""What a found office title is: its lexicon entry, the phrase the text says, and the clues
about the whole article the title finder reads (``pipeline/persons/titles.py``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.lang.tr.text import is_capitalized, turkish_lower
from pipeline.schema import Title


@dataclass(frozen=True)
class TitleEntry:
    title: str
    kind: str  # office | rank | honorific | profession | cue
    role: str | None
    portfolio: str | None
    turkish: bool
    title_en: str | None
    compound: bool  # the last word carries the possessive of a compound (``Dışişleri Bakanı``)


@dataclass
class TitlePhrase:
    """One title in the text. ``start``/``end`` cover what the text says (qualifiers, country,
    suffixes); ``title`` is the normalized office."""

    start: int
    end: int
    entry: TitleEntry
    plural: bool
    capitalized: bool
    #: a lowercase head said with a capitalized qualifier (``AKP lideri``, ``Rusya dışişleri
    #: bakanı``) or right after an organization's mention (``X ordusu sözcüsü``): an office said
    #: in running prose, which announces a name as well
    qualified_lowercase: bool = False
    #: a plural with the possessive (``Başkan Yardımcıları``): its title, said of each holder, is
    #: the singular with the possessive (``Başkan Yardımcısı``)
    plural_possessed: bool = False
    plural_nominative: bool = False  #: ``Yardımcıları``, ``yapımcılar``: not ``avukatlarından``
    #: ``avukatlarından``, ``Üyelerinden``: one of them, said of the name right after it
    plural_partitive: bool = False
    #: a head in a case (``liderinin``, ``Bakanına``): the title of someone the sentence talks
    #: about, not of a name right after it (``Çin liderinin Ali Kaya ile görüşmesi``)
    oblique: bool = False
    title: Title | None = None
    country_start: int | None = None  # where a stripped leading country begins
    words: list[str] = field(default_factory=list)  # folded words of the normalized title
    #: an office said as the post its holder holds (``Komutanlığını yürütüyor``): ``finite`` when a
    #: finite verb of holding follows (the sentence's subject holds it), ``participle`` before a
    #: participle (``Başkanlığına seçilen``: the name after it); None for a title said as such
    post: str | None = None
    #: how many words of the title the lexicon's head says (``Genel Müdürü`` of ``TCDD Genel Müdürü``: 2);
    #: the words before it qualify it (``Kars ve Iğdır valileri``: the owners, one each)
    head_words: int = 1

    @property
    def kind(self) -> str:
        return self.entry.kind


@dataclass(frozen=True)
class TextClues:
    """What the earlier stages and the whole text tell about the words of one article."""

    countries: dict[int, tuple[int, str]]  #: country mention start -> (mention end, iso2)
    known_proper: set[str]  #: folded words known as names: capitalized mid-sentence, or an entity's
    entity_word_starts: set[int]  #: starts of the words inside other stages' mentions
    given_names: set[str]
    sentence_openers: frozenset[int]  #: starts of the words that open a sentence or line (the analysis)
    #: starts of sentence openers in a case that only an organization's mention takes in
    #: (``Törene X Parti``): ordinary words, whatever that mention says
    glued_openers: frozenset[int] = frozenset()
    #: starts of the missions' mentions: an office of a mission is said with its usual short name
    mission_starts: frozenset[int] = frozenset()
    #: organizations' mentions, start -> end: a country that opens one is part of its name
    #: (``Türkiye Basketbol Federasyonu Başkanı``), not the office's country said before it
    organizations: dict[int, int] = field(default_factory=dict)
    #: starts of nationality words (``Rus``, ``Portekizli``), which ``countries`` holds too
    nationalities: frozenset[int] = frozenset()
    #: folded one-word names of districts (``kazımkarabekir``): written as a person's name in words
    districts: frozenset[str] = frozenset()


#: the longest honorific written as an abbreviation (``Prof``, ``Tümg``)
_MAX_ABBREVIATION = 4


def is_written_honorific(text: str, phrase: TitlePhrase) -> bool:
    """``Prof.``, ``Dr.``: capitalized, and a short one written as an abbreviation; an
    abbreviation with letters glued to it is a word of its own (``Drca``, a surname)."""
    surface = text[phrase.start : phrase.end]
    abbreviation = phrase.entry.title
    if len(abbreviation) <= _MAX_ABBREVIATION and len(surface) > len(abbreviation) \
            and turkish_lower(surface).startswith(turkish_lower(abbreviation)) \
            and text[phrase.start + len(abbreviation)] not in ".'’":
        return False
    if not is_capitalized(surface):
        # ``ÇHD Genel Sekreteri av. Çiğdem Akbulut``: an abbreviation in lowercase, with its dot, before a name
        return len(surface) <= _MAX_ABBREVIATION and text[phrase.end : phrase.end + 2] == ". " \
            and text[phrase.end + 2 : phrase.end + 3].isupper()
    return len(surface) > 3 or text[phrase.end : phrase.end + 1] == "."
