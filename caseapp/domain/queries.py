# SPDX-License-Identifier: GPL-3.0-or-later
"""What a list shows: search text, filters and sort order, one value per list.

The window's lists and the CLI build these; the core answers with ids in list
order, a page at a time (``domain.views.Page``). Sorting and filtering happen in SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PersonQuery:
    """Persons: search text, status and tag, held at a facility now, detained between."""

    text: str = ""
    status: str | None = None
    sort: str = "name"
    descending: bool = False
    tag: str | None = None
    facility_id: int | None = None
    detained_from: date | None = None
    detained_to: date | None = None


@dataclass(frozen=True)
class CaseQuery:
    """Cases: search text (number, title, notes, parties), status and tag."""

    text: str = ""
    status: str | None = None
    tag: str | None = None
    sort: str = "opened"
    descending: bool = True


@dataclass(frozen=True)
class HearingQuery:
    """Hearings: search text, date range, "missing outcome only"."""

    text: str = ""
    start: date | None = None
    end: date | None = None
    missing_outcome: bool = False
    sort: str = "date"
    descending: bool = False


@dataclass(frozen=True)
class ActionQuery:
    """Campaign actions: search text, status and kind, date range, planned and due by."""

    text: str = ""
    status: str | None = None
    kind: str | None = None
    start: date | None = None
    end: date | None = None
    due_by: date | None = None
    sort: str = "date"
    descending: bool = True


@dataclass(frozen=True)
class SourceQuery:
    """Sources: search text over title, publisher and full text."""

    text: str = ""
    sort: str = "published"
    descending: bool = True
