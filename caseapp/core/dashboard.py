# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard's figures: what needs a volunteer's attention today."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from caseapp.domain.queries import ActionQuery
from caseapp.domain.views import Dashboard
from caseapp.store import actions, custody, hearings, paging, persons

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook

UPCOMING_DAYS = 14
DUE_SOON_DAYS = 7
RELEASE_DAYS = 90


def dashboard(book: Casebook, today: date | None = None) -> Dashboard:
    """Upcoming hearings, missing outcomes, detainees by status, due actions, releases,
    procedural deadlines.

    Runs with the book's database bound (``Casebook.dashboard``).
    """
    today = today or date.today()
    upcoming = hearings.hearing_rows(start=today, end=today + timedelta(days=UPCOMING_DAYS))
    missing = hearings.hearing_rows(end=today - timedelta(days=1), missing_outcome=True)
    due_by = today + timedelta(days=DUE_SOON_DAYS)
    due = actions.action_rows(paging.ids(actions.action_select(
        ActionQuery(due_by=due_by, sort="due", descending=False))))
    counts = tuple(sorted(persons.count_by_status().items(), key=lambda item: -item[1]))
    releases = custody.releases_between(today, today + timedelta(days=RELEASE_DAYS))
    return Dashboard(tuple(upcoming), tuple(missing), counts, tuple(due), tuple(releases),
                     tuple(book.deadlines.for_dashboard(today)))
