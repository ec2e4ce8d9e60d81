# SPDX-License-Identifier: GPL-3.0-or-later
"""Hearings: the list and schedules, adding and editing, recording what was decided."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from caseapp.core import commands
from caseapp.core.listing import ListManager
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.queries import HearingQuery
from caseapp.domain.views import HearingRow
from caseapp.exchange.zones import DEFAULT_TIME_ZONE
from caseapp.i18n import _
from caseapp.store import hearings as hearing_store

#: Days of procedural deadlines a calendar export of hearings without an end carries.
CALENDAR_DEADLINE_DAYS = 365


class Hearings(ListManager[HearingQuery]):
    """Commands: add, edit, record_outcome."""

    QUERY = HearingQuery

    def _select(self, query: HearingQuery) -> Any:
        return hearing_store.hearing_select(query)

    def add(self, hearing: records.Hearing) -> tuple[records.Hearing, Changes]:
        return commands.add(self.book, hearing, _("Add Hearing"))

    def edit(self, pk: int, **values: Any) -> tuple[records.Hearing, Changes]:
        return commands.edit(self.book, records.Hearing, pk, values)

    def record_outcome(self, pk: int, outcome: str) -> Changes:
        """What the hearing decided ("adjourned to 3 May", "verdict: 5 years")."""
        return commands.edit(self.book, records.Hearing, pk, {"outcome": outcome.strip()},
                             _("Record Outcome"))[1]

    def resolve(self, reference: str) -> int:
        """A hearing id from its uid (or the start of it)."""
        return self._by_uid("hearing", reference, _("Hearings"))

    def rows(self, ids: list[int]) -> list[HearingRow]:
        return hearing_store.hearing_rows(ids=ids)

    def upcoming(self, days: int, *, today: date | None = None) -> list[HearingRow]:
        start = today or date.today()
        return hearing_store.hearing_rows(start=start, end=start + timedelta(days=days))

    def missing_outcome(self, *, today: date | None = None) -> list[HearingRow]:
        yesterday = (today or date.today()) - timedelta(days=1)
        return hearing_store.hearing_rows(end=yesterday, missing_outcome=True)

    def write_calendar(self, out: Path, query: HearingQuery, *,
                       zone_name: str = DEFAULT_TIME_ZONE, with_deadlines: bool = True) -> int:
        """The hearings ``query`` lists, as an .ics file at ``out``; how many were written.
        With them go the open procedural deadlines of the query's period (from today, a
        year ahead, when it gives none).

        Each event's UID comes from its hearing's uid, so a calendar that imports a later
        export updates those events; hearings without a date are left out."""
        from caseapp.exchange import ics, output  # icalendar loads only when needed

        rows = [row for row in self.rows(self.ids(query)) if row.date is not None]
        start = query.start or date.today()
        deadlines = (self.book.deadlines.between(start, query.end or start + timedelta(
            days=CALENDAR_DEADLINE_DAYS)) if with_deadlines else [])
        output.write_file(Path(out), ics.calendar_bytes(rows, zone_name=zone_name,
                                                        deadlines=deadlines))
        return len(rows)

    @staticmethod
    def coming(days: int, *, today: date | None = None) -> HearingQuery:
        """The query of the hearings from ``today`` to ``days`` days later."""
        start = today or date.today()
        return HearingQuery(start=start, end=start + timedelta(days=days))
