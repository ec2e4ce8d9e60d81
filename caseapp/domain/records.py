# SPDX-License-Identifier: GPL-3.0-or-later
"""The records of the data model as plain dataclasses: the one declaration of each entity.

Each record is one table. ``TABLE`` names it; a field's type gives its column type,
and its metadata what SQL needs beyond that: ``ref("person")`` makes ``person_id`` a
foreign key (cascading when required, set to NULL when optional), ``INDEXED`` and
``UNIQUE`` add indexes, ``DERIVED`` marks a column the store computes itself (sort
and search keys). caseapp.store.models builds the peewee models from these classes,
so an entity is declared here once.

``id`` and ``uid`` identify a record (uid is a uuid4 that survives export and merging
between volunteers), timestamps are UTC ISO text, and ``deleted_at`` set means the
record is in the trash. Links between records use ids.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from caseapp.domain.partial_date import PartialDate
from caseapp.domain.record_base import DERIVED, INDEXED, UNIQUE, Record, ref


@dataclass
class Person(Record):
    TABLE = "person"
    LIVE_ORDERS = ("sort_key", "status")

    display_name: str = ""
    family_name: str = ""
    given_name: str = ""
    patronymic: str = ""
    birth_date: PartialDate | None = None
    gender: str = "unknown"
    citizenship: str = ""
    status: str = field(default="unknown", metadata=INDEXED)
    notes: str = ""
    contacts: str = ""
    #: The ``sha256`` of the Attachment holding the picture, or "".
    photo: str = ""
    sort_key: str = field(default="", metadata=DERIVED)


@dataclass
class PersonName(Record):
    TABLE = "person_name"

    person_id: int = field(default=0, metadata=ref("person"))
    text: str = ""
    script: str = ""
    language: str = ""
    kind: str = "official"
    search_key: str = field(default="", metadata=DERIVED)


@dataclass
class Case(Record):
    TABLE = "case_file"
    LIVE_ORDERS = ("opened",)

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
    TABLE = "case_party"

    case_id: int = field(default=0, metadata=ref("case_file"))
    person_id: int = field(default=0, metadata=ref("person"))
    role: str = "defendant"
    note: str = ""


@dataclass
class CodeArticle(Record):
    TABLE = "code_article"
    INDEXES = ((("country", "code", "article", "part"), True),)

    country: str = "KZ"
    code: str = "criminal"
    article: str = ""
    part: str = ""
    title_kk: str = ""
    title_ru: str = ""
    title_en: str = ""
    #: The sanction's range where the code states one (see domain.codes.PenaltyRange).
    term_min_months: int | None = None
    term_max_months: int | None = None
    fine_min: int | None = None
    fine_max: int | None = None
    fine_unit: str | None = None
    #: Number and title words in every script (domain.codes.search_key); matched with
    #: LIKE over the whole (small) table, so it has no index of its own. Both columns are
    #: nullable because schema 5 added them to existing files with ALTER TABLE.
    search_key: str | None = field(default=None, metadata={"derived": True})

    def title(self, language: str) -> str:
        """The title in ``language``; one not yet given falls back to Russian, then English."""
        return getattr(self, f"title_{language}", "") or self.title_ru or self.title_en

    def reference(self) -> str:
        return f"{self.article}.{self.part}" if self.part else self.article


@dataclass
class Charge(Record):
    TABLE = "charge"

    case_id: int = field(default=0, metadata=ref("case_file"))
    person_id: int = field(default=0, metadata=ref("person"))
    article_id: int | None = field(default=None, metadata=ref("code_article"))
    part: str = ""
    wording: str = ""


@dataclass
class Facility(Record):
    TABLE = "facility"

    name: str = ""
    kind: str = "other"
    city: str = ""
    region: str = ""
    postal_address: str = ""


@dataclass
class Detention(Record):
    TABLE = "detention"

    person_id: int = field(default=0, metadata=ref("person"))
    facility_id: int | None = field(default=None, metadata=ref("facility"))
    case_id: int | None = field(default=None, metadata=ref("case_file"))
    kind: str = "pretrial"
    start: PartialDate | None = field(default=None, metadata=INDEXED)
    end: PartialDate | None = None
    note: str = ""


@dataclass
class Hearing(Record):
    TABLE = "hearing"
    LIVE_ORDERS = ("date",)

    case_id: int = field(default=0, metadata=ref("case_file"))
    court: str = ""
    date: dt.date | None = field(default=None, metadata=INDEXED)
    time: dt.time | None = None
    kind: str = "trial"
    judge: str = ""
    outcome: str = ""
    observers: str = ""
    notes: str = ""


@dataclass
class Sentence(Record):
    TABLE = "sentence"

    person_id: int = field(default=0, metadata=ref("person"))
    case_id: int | None = field(default=None, metadata=ref("case_file"))
    date: dt.date | None = None
    court: str = ""
    kind: str = "prison"
    years: int = 0
    months: int = 0
    days: int = 0
    credited_days: int = 0
    term_start: dt.date | None = None
    fine: str = ""
    note: str = ""


@dataclass
class Action(Record):
    TABLE = "action"
    LIVE_ORDERS = ("date",)

    kind: str = "letter"
    title: str = ""
    date: PartialDate | None = field(default=None, metadata=INDEXED)
    due_date: dt.date | None = None
    status: str = "planned"
    outcome: str = ""
    responsible: str = ""
    notes: str = ""
    #: Added by schema 6 (so nullable): the answer, when to follow up, the letter sent.
    reply_text: str | None = None
    follow_up_on: dt.date | None = None
    letter_text: str | None = None


@dataclass
class ActionPerson(Record):
    TABLE = "action_person"

    action_id: int = field(default=0, metadata=ref("action"))
    person_id: int = field(default=0, metadata=ref("person"))


@dataclass
class ActionCase(Record):
    TABLE = "action_case"

    action_id: int = field(default=0, metadata=ref("action"))
    case_id: int = field(default=0, metadata=ref("case_file"))


@dataclass
class Source(Record):
    TABLE = "source"
    LIVE_ORDERS = ("published",)

    kind: str = "news"
    title: str = ""
    url: str = ""
    publisher: str = ""
    language: str = ""
    published: PartialDate | None = None
    full_text: str = ""
    content_hash: str = field(default="", metadata=INDEXED)


@dataclass
class Citation(Record):
    TABLE = "citation"

    source_id: int = field(default=0, metadata=ref("source"))
    target_table: str = ""
    target_uid: str = field(default="", metadata=INDEXED)
    quote: str = ""
    start: int | None = None
    end: int | None = None


@dataclass
class ReportedEvent(Record):
    """Something a source reports that is neither custody nor the group's own action:
    a protest or statement of others, or an event whose facts are too thin for a
    custody, hearing or sentence record (a detention of unknown kind, a hearing
    without its day). Always cited from its source."""

    TABLE = "reported_event"

    source_id: int = field(default=0, metadata=ref("source"))
    kind: str = "other"
    title: str = ""
    date: PartialDate | None = None
    place: str = ""
    notes: str = ""


@dataclass
class ReportedEventPerson(Record):
    TABLE = "reported_event_person"

    event_id: int = field(default=0, metadata=ref("reported_event"))
    person_id: int = field(default=0, metadata=ref("person"))


@dataclass
class Organization(Record):
    TABLE = "organization"

    name: str = ""
    kind: str = ""
    country: str = ""
    notes: str = ""


@dataclass
class Tag(Record):
    TABLE = "tag"

    name: str = field(default="", metadata=UNIQUE)
    color: str = ""


@dataclass
class Tagging(Record):
    """A tag on a person, case or action (``target_table`` + ``target_id``)."""

    TABLE = "tagging"
    INDEXES = ((("target_table", "target_id"), False),)

    tag_id: int = field(default=0, metadata=ref("tag"))
    target_table: str = ""
    target_id: int = 0


@dataclass
class Attachment(Record):
    """A file kept inside the database (a person's photo), so it is encrypted with it,
    backed up with it and purged with it; ``sha256`` names it (the same picture is kept
    once) and is what ``Person.photo`` holds."""

    TABLE = "attachment"

    sha256: str = field(default="", metadata=UNIQUE)
    media_type: str = ""
    data: bytes = b""


@dataclass
class Addressee(Record):
    """Someone in the addressee book (an embassy, an official), in their language."""
    TABLE = "addressee"

    name: str = ""
    title: str = ""
    postal_address: str = ""
    email: str = ""
    language: str = "ru"
    salutation: str = ""


@dataclass
class LetterTemplate(Record):
    """A volunteer's edited copy of a shipped template (core/data/letters.json)."""

    TABLE = "letter_template"

    kind: str = "release"
    language: str = "ru"
    subject: str = ""
    body: str = ""


@dataclass
class DeadlineMark(Record):
    """What the volunteer said of a procedural deadline: done or not applicable (or open
    again). ``key`` is the deadline's (caseapp.domain.deadlines.Deadline.key): its rule
    and the uid of the record it comes from, so the mark outlives edits of that record."""

    TABLE = "deadline_mark"

    key: str = field(default="", metadata=UNIQUE)
    state: str = "open"
    note: str = ""


#: Every record type, in an order where each table comes after the tables it points to.
RECORD_TYPES: tuple[type[Record], ...] = (
    Person, PersonName, Case, CaseParty, CodeArticle, Charge, Facility, Detention,
    Hearing, Sentence, Action, ActionPerson, ActionCase, Source, Citation, ReportedEvent,
    ReportedEventPerson, Organization, Tag, Tagging, Attachment, Addressee, LetterTemplate,
    DeadlineMark,
)
_BY_TABLE: dict[str, type[Record]] = {cls.TABLE: cls for cls in RECORD_TYPES}


def record_type(table: str) -> type[Record] | None:
    """The record class of a table name, or None for a name that is not a record table."""
    return _BY_TABLE.get(table)
