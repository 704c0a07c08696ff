"""The output record (contract version 1, ``shared/spec/record.md``) as pydantic models.

The JSON Schema shipped in ``pipeline/record.schema.json`` is generated from these
models (``trnews schema``) and a test keeps the two identical.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, field_validator, model_serializer

SCHEMA_VERSION = "1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Mention(_Model):
    """Where a thing is named: ``text == article[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Title(_Model):
    """An office the article attaches to a person, normalized."""

    title: str = Field(description="Nominative, fullest form without the person's name: 'Dışişleri Bakanı'.")
    role: str | None = Field(None, description="minister, head_of_state, ambassador, commander, ...")
    portfolio: str | None = Field(None, description="For ministers: foreign_affairs, defence, trade, ...")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 code of the office's country.")
    title_en: str | None = Field(None, description="English equivalent of the title.")


class Entity(_Model):
    """One real-world thing of the article with all of its mentions.

    Type-specific attributes are left out of the JSON when they do not apply.
    """

    id: str = Field(description="e1, e2, ... in order of first mention.")
    type: str = Field(description="PERSON, COUNTRY, LOCATION, ORGANIZATION, MISSION, or a further type.")
    name: str = Field(description="Canonical nominative form, never with a case suffix.")
    catalogue_name: str | None = Field(
        None, description="The catalogue's canonical name where `name` is the article's own listed form of it."
    )
    iso2: str | None = None
    iso3: str | None = None
    name_en: str | None = None
    acronym: str | None = None
    parent: str | None = None
    country: str | None = None
    label: str | None = Field(None, description="Source label, for entities only a statistical model found.")
    titles: list[Title] | None = None
    mentions: list[Mention] = Field(default_factory=list)

    @model_serializer(mode="wrap")
    def _drop_unset_attributes(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return {key: value for key, value in handler(self).items() if value is not None}


class Money(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    amount: int | float = Field(description="Plain number in units of currency: 8,9 milyar -> 8900000000.")
    currency: str | None = Field(description="ISO 4217 code; null when the text names none.")
    approximate: bool = False
    subject: str | None = Field(None, description="What the amount measures: 'toplam ticaret hacmi'.")
    range: str | None = Field(None, description="Shared marker of the two ends of a range.")
    parties: list[str] | None = Field(
        None,
        description="The sides the amount passes between, when the sentence names them: ['Türkiye', 'Çin'] "
        "for 'Türkiye ile Çin arasındaki ticaret'. Left out of the JSON when not named.",
    )

    @model_serializer(mode="wrap")
    def _drop_unnamed_parties(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        # an optional field added after version 1: records without it stay byte-identical
        dumped = handler(self)
        if dumped.get("parties") is None:
            dumped.pop("parties", None)
        return dumped

    @field_validator("amount")
    @classmethod
    def _integral_amounts_are_integers(cls, value: int | float) -> int | float:
        # 7e9 must serialize as 7000000000, not 7000000000.0: byte-stable and readable.
        return int(value) if isinstance(value, float) and value.is_integer() else value


class Topic(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: str | None = Field(None, description="Main concept of the topic taxonomy in data/.")
    labels: list[str] = Field(default_factory=list, description="Every taxonomy concept the item names.")
    iptc: str | None = Field(None, description="IPTC Media Topics code of the label, where one exists.")


class DateMention(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    value: str | None = Field(description="ISO 8601 at the precision the text gives; null when unresolvable.")


class Event(_Model):
    type: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    participants: list[str] = Field(default_factory=list, description="Entity ids or role phrases.")
    date: str | None = None


class Record(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    id: str
    published: dt.date | None
    language: Literal["tr"] = "tr"
    entities: list[Entity] = Field(default_factory=list)
    money: list[Money] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)

    def to_json(self) -> str:
        """One line of JSON, byte-identical for the same record."""
        if _dumps_like_json_module(self):
            try:  # pydantic writes the JSON itself, without the dict in between: a third faster
                return self.model_dump_json()
            except ValueError:  # a lone surrogate, which pydantic cannot encode and json writes
                pass
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


def _dumps_like_json_module(record: Record) -> bool:
    """Whether pydantic's own JSON of the record is byte for byte what ``json.dumps`` writes of
    its dump (compact, non-ASCII kept): the same but for floats that Python writes with an
    exponent (``1e-05``; pydantic ``0.00001``). Amounts are the record's only floats, and
    integral ones are integers already (``Money._integral_amounts_are_integers``)."""
    return all(
        not isinstance(item.amount, float) or 1e-4 <= abs(item.amount) < 1e16 for item in record.money
    )


class ErrorRow(_Model):
    """Stands in the output for an input row that gave no record, saying why."""

    id: str | None
    error: str
    source: str | None = Field(None, description="Where the row came from: file name and line.")

    def to_json(self) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, separators=(",", ":"))


def record_json_schema() -> dict[str, Any]:
    return Record.model_json_schema()
