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
    #: a bare surname or given name ("Rakhymzhanov", "Марат"): never an alias or display name
    partial: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "partial": self.partial}


@dataclass
class Person:
    """A person found in the article; ``name`` is the nominative full name."""

    name: str
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None
    gender: str | None = None  #: "m", "f" or None when the name does not tell
    #: on the target side of repression (detained, charged, tried, sentenced, a prisoner);
    #: lawyers, relatives, judges, officials and activists speaking are not
    target: bool = False
    #: the name is a surname or given name alone (no full name anywhere in the text)
    partial_name: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "mentions": [m.to_json() for m in self.mentions],
                "role": self.role, "target": self.target, "partial_name": self.partial_name}


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
    #: how sure the date is: "high" (its own clause), "medium" (its sentence), "low"
    #: (headline, neighbouring sentence, the news day, or no date): review shows "check"
    confidence: str = "low"
    #: where the date came from: clause, sentence, headline, previous, news_day or None
    date_source: str | None = None
    #: custody kind of a detention (or of a sentence/other event that is one): "police"
    #: (hours), "administrative" (days), "pretrial", "house_arrest"; None when untold
    detention_kind: str | None = None
    #: last day of custody when the text gives or implies it (ISO, any precision)
    end: str | None = None
    #: the custody is over by publication (released, hours-long, term served)
    over: bool = False
    #: the court named with a sentence or hearing
    court: str | None = None
    #: "parole", "pardon" or "commutation": changes an existing sentence, is no new one
    sentence_change: str | None = None
    #: a protest or statement by others, reported by the source: never the group's action
    of_others: bool = False
    #: a verdict's term per defendant when a list gives each their own ("– X – 5 жыл")
    person_terms: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "date": self.date, "place": self.place,
                "persons": list(self.persons), "term": self.term, "article": self.article,
                "quote": {"start": self.quote_start, "end": self.quote_end},
                "confidence": self.confidence, "date_source": self.date_source,
                "detention_kind": self.detention_kind, "end": self.end, "over": self.over,
                "court": self.court, "sentence_change": self.sentence_change,
                "of_others": self.of_others, "person_terms": dict(self.person_terms)}


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
