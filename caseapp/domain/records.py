# SPDX-License-Identifier: GPL-3.0-or-later
"""The records of the data model as plain dataclasses, shared by every layer.

Each record mirrors one table: ``id`` and ``uid`` identify it (uid is a uuid4 that
survives export and merging between volunteers), timestamps are UTC ISO text, and
``deleted_at`` set means the record is in the trash. Links between records use ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, time

from caseapp.domain.partial_date import PartialDate


@dataclass
class Record:
    """Identity and life-cycle columns every table has."""

    id: int | None = None
    uid: str = ""
    created_at: str = ""
    updated_at: str = ""
    deleted_at: str | None = None

    @classmethod
    def editable_fields(cls) -> tuple[str, ...]:
        """Column names a command may set (everything but identity and timestamps)."""
        skip = {f.name for f in fields(Record)}
        return tuple(f.name for f in fields(cls) if f.name not in skip)


@dataclass
class Person(Record):
    display_name: str = ""
    family_name: str = ""
    given_name: str = ""
    patronymic: str = ""
    birth_date: PartialDate | None = None
    gender: str = "unknown"
    citizenship: str = ""
    status: str = "unknown"
    notes: str = ""
    contacts: str = ""
    photo: str = ""


@dataclass
class PersonName(Record):
    person_id: int = 0
    text: str = ""
    script: str = ""
    language: str = ""
    kind: str = "official"
    search_key: str = ""


@dataclass
class Case(Record):
    case_number: str = ""
    title: str = ""
    jurisdiction: str = "KZ"
    opened: PartialDate | None = None
    status: str = "investigation"
    pace_fundamental_rights: bool = False
    pace_political_reasons: bool = False
    pace_disproportionate: bool = False
    pace_discriminatory: bool = False
    pace_unfair_proceedings: bool = False
    pace_note: str = ""
    notes: str = ""


@dataclass
class CaseParty(Record):
    case_id: int = 0
    person_id: int = 0
    role: str = "defendant"
    note: str = ""


@dataclass
class CodeArticle(Record):
    country: str = "KZ"
    code: str = "criminal"
    article: str = ""
    part: str = ""
    title_kk: str = ""
    title_ru: str = ""
    title_en: str = ""

    def title(self, language: str) -> str:
        return getattr(self, f"title_{language}", "") or self.title_en

    def reference(self) -> str:
        return f"{self.article}.{self.part}" if self.part else self.article


@dataclass
class Charge(Record):
    case_id: int = 0
    person_id: int = 0
    article_id: int | None = None
    part: str = ""
    wording: str = ""


@dataclass
class Facility(Record):
    name: str = ""
    kind: str = "other"
    city: str = ""
    region: str = ""
    postal_address: str = ""


@dataclass
class Detention(Record):
    person_id: int = 0
    facility_id: int | None = None
    case_id: int | None = None
    kind: str = "pretrial"
    start: PartialDate | None = None
    end: PartialDate | None = None
    note: str = ""


@dataclass
class Hearing(Record):
    case_id: int = 0
    court: str = ""
    date: date | None = None
    time: time | None = None
    kind: str = "trial"
    judge: str = ""
    outcome: str = ""
    observers: str = ""
    notes: str = ""


@dataclass
class Sentence(Record):
    person_id: int = 0
    case_id: int | None = None
    date: date | None = None
    court: str = ""
    kind: str = "prison"
    years: int = 0
    months: int = 0
    days: int = 0
    credited_days: int = 0
    term_start: date | None = None
    fine: str = ""
    note: str = ""


@dataclass
class Action(Record):
    kind: str = "letter"
    title: str = ""
    date: PartialDate | None = None
    due_date: date | None = None
    status: str = "planned"
    outcome: str = ""
    responsible: str = ""
    notes: str = ""


@dataclass
class ActionPerson(Record):
    action_id: int = 0
    person_id: int = 0


@dataclass
class ActionCase(Record):
    action_id: int = 0
    case_id: int = 0


@dataclass
class Source(Record):
    kind: str = "news"
    title: str = ""
    url: str = ""
    publisher: str = ""
    language: str = ""
    published: PartialDate | None = None
    full_text: str = ""
    content_hash: str = ""


@dataclass
class Citation(Record):
    source_id: int = 0
    target_table: str = ""
    target_uid: str = ""
    quote: str = ""
    start: int | None = None
    end: int | None = None


@dataclass
class Organization(Record):
    name: str = ""
    kind: str = ""
    country: str = ""
    notes: str = ""


@dataclass
class Tag(Record):
    name: str = ""
    color: str = ""


@dataclass
class Tagging(Record):
    tag_id: int = 0
    target_table: str = ""
    target_id: int = 0


@dataclass(frozen=True)
class AuditEntry:
    """Who did what to which record; never the values themselves."""

    at: str
    operator: str
    command: str
    table: str
    uid: str
    fields: tuple[str, ...] = field(default_factory=tuple)
