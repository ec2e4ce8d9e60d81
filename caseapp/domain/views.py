# SPDX-License-Identifier: GPL-3.0-or-later
"""Display-ready rows that lists and reports show (built by the core from queries)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


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
    date: date | None
    time: time | None
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
    date: date | None
    court: str
    kind: str
    term: str
    credited_days: int
    expected_release: date | None


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

    person: object
    aliases: tuple[object, ...]
    cases: tuple[CaseView, ...]
    detentions: tuple[DetentionView, ...]
    hearings: tuple[HearingRow, ...]
    sentences: tuple[SentenceView, ...]
    actions: tuple[ActionView, ...]
    tags: tuple[str, ...]
