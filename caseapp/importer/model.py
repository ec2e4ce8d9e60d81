# SPDX-License-Identifier: GPL-3.0-or-later
"""The draft an article extraction returns: plain dataclasses with offsets, and their JSON form.

Every mention keeps character offsets into the text extract() was given, and every event
keeps the sentence it came from, so core can store a citation (quote + offsets) later.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Mention:
    """A surface string of an entity and where it sits in the input."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass
class Person:
    """A person found in the article; ``name`` is the nominative full name."""

    name: str
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None
    gender: str | None = None  #: "m", "f" or None when the name does not tell

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "mentions": [m.to_json() for m in self.mentions],
                "role": self.role}


@dataclass
class DateMention:
    """A date the text states or implies; ``value`` is ISO text of the given precision."""

    text: str
    start: int
    end: int
    value: str
    precision: str
    relative: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "value": self.value, "precision": self.precision}


@dataclass
class Entity:
    """A place or an organisation: a canonical name and its mentions."""

    name: str
    mentions: list[Mention] = field(default_factory=list)
    kind: str = ""  #: gazetteer kind (city, region, street, facility …) or org kind (court …)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "mentions": [m.to_json() for m in self.mentions]}


@dataclass
class Event:
    """Something that happened to persons; ``quote_start``/``quote_end`` span its sentence."""

    kind: str
    date: str | None
    place: str | None
    persons: list[str]
    term: str | None = None
    article: str | None = None
    quote_start: int = 0
    quote_end: int = 0
    #: persons whose release a statement demands (so they are held)
    release_demanded: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "date": self.date, "place": self.place,
                "persons": list(self.persons), "term": self.term, "article": self.article,
                "quote": {"start": self.quote_start, "end": self.quote_end}}


@dataclass
class Extraction:
    """Everything extract() found in one article."""

    language: str
    persons: list[Person] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    organizations: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "persons": [p.to_json() for p in self.persons],
            "dates": [d.to_json() for d in self.dates],
            "places": [p.to_json() for p in self.places],
            "organizations": [o.to_json() for o in self.organizations],
            "events": [e.to_json() for e in self.events],
            "warnings": list(self.warnings),
        }
