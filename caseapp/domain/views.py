# SPDX-License-Identifier: GPL-3.0-or-later
"""Display-ready rows that lists and reports show (built by the core from queries)."""

from __future__ import annotations

from dataclasses import dataclass
import datetime as dt

from caseapp.domain import records


@dataclass(frozen=True)
class PersonRow:
    """One line of the person list."""

    id: int
    uid: str
    display_name: str
    status: str
    facility: str
    articles: str
    updated_at: str


@dataclass(frozen=True)
class HearingRow:
    """One hearing with the names a schedule needs."""

    id: int
    uid: str
    date: dt.date | None
    time: dt.time | None
    court: str
    kind: str
    case_number: str
    defendants: tuple[str, ...]
    lawyers: tuple[str, ...]
    judge: str
    observers: str
    outcome: str


@dataclass(frozen=True)
class TrashRow:
    table: str
    id: int
    uid: str
    label: str
    deleted_at: str


@dataclass(frozen=True)
class SearchHit:
    entity: str
    id: int
    uid: str
    label: str


@dataclass(frozen=True)
class ChargeView:
    article: str
    part: str
    title: str
    wording: str


@dataclass(frozen=True)
class CaseView:
    """A case seen from one person: their role and the charges against them."""

    id: int
    uid: str
    case_number: str
    title: str
    status: str
    role: str
    charges: tuple[ChargeView, ...]
    pace_met: tuple[str, ...]


@dataclass(frozen=True)
class DetentionView:
    id: int
    facility: str
    kind: str
    start: str
    end: str
    days: int | None


@dataclass(frozen=True)
class SentenceView:
    id: int
    date: dt.date | None
    court: str
    kind: str
    term: str
    credited_days: int
    expected_release: dt.date | None
    note: str = ""


@dataclass(frozen=True)
class ReportedEventView:
    """An event a source reports about the person (a protest, a statement…)."""

    id: int
    kind: str
    title: str
    date: str
    place: str
    source: str


@dataclass(frozen=True)
class ActionView:
    id: int
    kind: str
    title: str
    date: str
    status: str


@dataclass(frozen=True)
class PersonDetails:
    """Everything the detail pane and the dossier show about one person."""

    person: records.Person
    aliases: tuple[records.PersonName, ...]
    cases: tuple[CaseView, ...]
    detentions: tuple[DetentionView, ...]
    hearings: tuple[HearingRow, ...]
    sentences: tuple[SentenceView, ...]
    actions: tuple[ActionView, ...]
    tags: tuple[str, ...]
    events: tuple[ReportedEventView, ...] = ()


@dataclass(frozen=True)
class CaseListRow:
    id: int
    uid: str
    case_number: str
    title: str
    status: str
    defendants: str
    articles: str
    opened: str


@dataclass(frozen=True)
class ActionRow:
    """One line of the actions list (persons joined for display)."""

    id: int
    uid: str
    kind: str
    title: str
    date: str
    due_date: dt.date | None
    status: str
    responsible: str
    persons: str


@dataclass(frozen=True)
class SourceRow:
    id: int
    uid: str
    title: str
    publisher: str
    published: str
    language: str
    url: str
    citations: int


@dataclass(frozen=True)
class PartyView:
    id: int
    person_id: int
    name: str
    role: str


@dataclass(frozen=True)
class ChargeLine:
    id: int
    person_id: int
    person: str
    article: str
    title: str
    wording: str


@dataclass(frozen=True)
class CaseDetails:
    """A case with its parties, charges and hearings, for the case editor."""

    case: records.Case
    parties: tuple[PartyView, ...]
    charges: tuple[ChargeLine, ...]
    hearings: tuple[HearingRow, ...]


@dataclass(frozen=True)
class ReleaseRow:
    person_id: int
    name: str
    expected_release: dt.date


@dataclass(frozen=True)
class CitationRow:
    id: int
    source_id: int
    source_title: str
    target_table: str
    target_uid: str
    target_label: str
    quote: str


@dataclass(frozen=True)
class Dashboard:
    """What the dashboard shows; every item carries the id of the record it opens."""

    upcoming_hearings: tuple[HearingRow, ...]
    missing_outcomes: tuple[HearingRow, ...]
    status_counts: tuple[tuple[str, int], ...]
    actions_due: tuple[ActionRow, ...]
    releases: tuple[ReleaseRow, ...]


@dataclass(frozen=True)
class Page:
    """A slice of a list: the ids from ``offset`` on, in list order, and the list's length."""

    ids: tuple[int, ...]
    total: int
    offset: int = 0


@dataclass(frozen=True)
class MergeField:
    """One field of two persons about to be merged, as text (dates ISO, enum values raw).

    ``conflict``: both have a value and they differ, so the volunteer chooses;
    ``joinable``: the two texts may also be kept both (notes, contacts).
    """

    name: str
    keep: str
    other: str
    conflict: bool
    joinable: bool


@dataclass(frozen=True)
class MergePreview:
    """What merging ``other`` into ``keep`` does: the fields side by side and how many
    rows of each table move to the kept person (``moves``: table → count)."""

    keep: records.Person
    other: records.Person
    fields: tuple[MergeField, ...]
    moves: dict[str, int]

    @property
    def conflicts(self) -> tuple[MergeField, ...]:
        return tuple(f for f in self.fields if f.conflict)
