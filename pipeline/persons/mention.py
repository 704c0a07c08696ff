"""A person's mention as the name readers find it: where it is, its display name, its words."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PersonMention:
    start: int
    end: int  #: suffix included
    name: str  #: display form: nominative, capitals only at word starts
    words: list[str]  #: folded name words, initials included
    titles: list = field(default_factory=list)  #: TitlePhrase objects said of this mention
    #: where the honorifics said right before the name begin (``Prof. Dr. Ali Kaya``)
    honorifics_start: int | None = None
    #: an item of a roster line (``pipeline.persons.rosters``): one person of a list of people
    roster_item: bool = False

    @property
    def surname(self) -> str:
        return self.words[-1]
