# SPDX-License-Identifier: GPL-3.0-or-later
"""Display-ready rows that lists and reports show (built by the core from queries).

They are NamedTuples: immutable like frozen dataclasses, and several times cheaper to
define, which the window's start-up time notices.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from caseapp.domain import records
from caseapp.domain.deadlines import Deadline


class PersonRow(NamedTuple):
    """One line of the person list."""

    id: int
    uid: str
    display_name: str
    status: str
    facility: str
    articles: str
    updated_at: str


class PossibleDuplicate(NamedTuple):
    """A stored person whose name or alias is the same, in any script, as one being
    entered: the list row, the names it matched on and the birth date to tell them apart."""

    row: PersonRow
    names: tuple[str, ...]
    birth_date: str
    reason: str


class HearingRow(NamedTuple):
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


class TrashRow(NamedTuple):
    """A record the volunteer deleted; ``along`` counts the records that went to the
    trash with it (a person's names, detentions, a case only they were in…)."""

    table: str
    id: int
    uid: str
    label: str
    deleted_at: str
    along: int = 0


class DeleteImpact(NamedTuple):
    """What deleting a record does to others: ``along`` counts, by table, the records
    that go to the trash with it; ``unlinked`` the shared ones that stay without it (a
    case with other defendants, an action about others too, a detention at a deleted
    facility)."""

    along: dict[str, int]
    unlinked: dict[str, int]

    @property
    def empty(self) -> bool:
        return not self.along and not self.unlinked


class SearchHit(NamedTuple):
    entity: str
    id: int
    uid: str
    label: str


class ChargeView(NamedTuple):
    article: str
    part: str
    title: str
    wording: str


class CaseView(NamedTuple):
    """A case seen from one person: their role and the charges against them."""

    id: int
    uid: str
    case_number: str
    title: str
    status: str
    role: str
    charges: tuple[ChargeView, ...]
    pace_met: tuple[str, ...]


class DetentionView(NamedTuple):
    id: int
    facility: str
    kind: str
    start: str
    end: str
    days: int | None


class SentenceView(NamedTuple):
    id: int
    date: dt.date | None
    court: str
    kind: str
    term: str
    credited_days: int
    expected_release: dt.date | None
    note: str = ""


class ReportedEventView(NamedTuple):
    """An event a source reports about the person (a protest, a statement…)."""

    id: int
    kind: str
    title: str
    date: str
    place: str
    source: str


class ActionView(NamedTuple):
    id: int
    kind: str
    title: str
    date: str
    status: str


class PersonDetails(NamedTuple):
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


class CaseListRow(NamedTuple):
    id: int
    uid: str
    case_number: str
    title: str
    status: str
    defendants: str
    articles: str
    opened: str


class ActionRow(NamedTuple):
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


class SourceRow(NamedTuple):
    id: int
    uid: str
    title: str
    publisher: str
    published: str
    language: str
    url: str
    citations: int


class PartyView(NamedTuple):
    id: int
    person_id: int
    name: str
    role: str


class ChargeLine(NamedTuple):
    id: int
    person_id: int
    person: str
    article: str
    title: str
    wording: str


class CaseDetails(NamedTuple):
    """A case with its parties, charges and hearings, for the case editor."""

    case: records.Case
    parties: tuple[PartyView, ...]
    charges: tuple[ChargeLine, ...]
    hearings: tuple[HearingRow, ...]


class ReleaseRow(NamedTuple):
    person_id: int
    name: str
    expected_release: dt.date


class CitationRow(NamedTuple):
    id: int
    source_id: int
    source_title: str
    target_table: str
    target_uid: str
    target_label: str
    quote: str


class DeadlineRow(NamedTuple):
    """A procedural deadline with whom it concerns: the person, or the defendants of
    the case (``who``), and the case's number."""

    deadline: Deadline
    who: str
    case_number: str


class Dashboard(NamedTuple):
    """What the dashboard shows; every item carries the id of the record it opens."""

    upcoming_hearings: tuple[HearingRow, ...]
    missing_outcomes: tuple[HearingRow, ...]
    status_counts: tuple[tuple[str, int], ...]
    actions_due: tuple[ActionRow, ...]
    releases: tuple[ReleaseRow, ...]
    deadlines: tuple[DeadlineRow, ...] = ()


class Page(NamedTuple):
    """A slice of a list: the ids from ``offset`` on, in list order, and the list's length."""

    ids: tuple[int, ...]
    total: int
    offset: int = 0


class MergeField(NamedTuple):
    """One field of two persons about to be merged, as text (dates ISO, enum values raw).

    ``conflict``: both have a value and they differ, so the volunteer chooses;
    ``joinable``: the two texts may also be kept both (notes, contacts).
    """

    name: str
    keep: str
    other: str
    conflict: bool
    joinable: bool


class MergePreview(NamedTuple):
    """What merging ``other`` into ``keep`` does: the fields side by side and how many
    rows of each table move to the kept person (``moves``: table → count)."""

    keep: records.Person
    other: records.Person
    fields: tuple[MergeField, ...]
    moves: dict[str, int]

    @property
    def conflicts(self) -> tuple[MergeField, ...]:
        return tuple(f for f in self.fields if f.conflict)


class AuditEntry(NamedTuple):
    """Who did what to which record; never the values themselves."""

    at: str
    operator: str
    command: str
    table: str
    uid: str
    fields: tuple[str, ...] = ()
