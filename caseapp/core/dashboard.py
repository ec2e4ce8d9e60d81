# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard's figures: what needs a volunteer's attention today."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from caseapp.domain.views import Dashboard
from caseapp.store import details, lists, queries

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook

UPCOMING_DAYS = 14
DUE_SOON_DAYS = 7
RELEASE_DAYS = 90


def dashboard(book: Casebook, today: date | None = None) -> Dashboard:
    """Upcoming hearings, missing outcomes, detainees by status, due actions, releases."""
    today = today or date.today()
    upcoming = queries.hearing_rows(start=today, end=today + timedelta(days=UPCOMING_DAYS))
    missing = queries.hearing_rows(end=today - timedelta(days=1), missing_outcome=True)
    due = lists.action_rows(lists.action_ids(due_by=today + timedelta(days=DUE_SOON_DAYS),
                                             sort="due", descending=False))
    counts = tuple(sorted(queries.count_by_status().items(), key=lambda item: -item[1]))
    releases = details.releases_between(today, today + timedelta(days=RELEASE_DAYS))
    return Dashboard(tuple(upcoming), tuple(missing), counts, tuple(due), tuple(releases))
