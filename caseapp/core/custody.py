# SPDX-License-Identifier: GPL-3.0-or-later
"""Where and how long people are held: facilities, detentions, hearings, sentences."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from caseapp.core import commands
from caseapp.core.manager import Manager
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.views import HearingRow
from caseapp.i18n import _
from caseapp.store import custody as custody_store, hearings


class Custody(Manager):
    """Commands: add/edit a facility, detention, hearing or sentence; record an outcome."""

    def add_facility(self, facility: records.Facility) -> tuple[records.Facility, Changes]:
        return commands.add(self.book, facility, _("Add Facility"))

    def edit_facility(self, pk: int, **values: Any) -> tuple[records.Facility, Changes]:
        return commands.edit(self.book, records.Facility, pk, values)

    def add_detention(self, detention: records.Detention) -> tuple[records.Detention, Changes]:
        return commands.add(self.book, detention, _("Add Detention"))

    def edit_detention(self, pk: int, **values: Any) -> tuple[records.Detention, Changes]:
        return commands.edit(self.book, records.Detention, pk, values)

    def add_hearing(self, hearing: records.Hearing) -> tuple[records.Hearing, Changes]:
        return commands.add(self.book, hearing, _("Add Hearing"))

    def edit_hearing(self, pk: int, **values: Any) -> tuple[records.Hearing, Changes]:
        return commands.edit(self.book, records.Hearing, pk, values)

    def record_outcome(self, pk: int, outcome: str) -> Changes:
        """What the hearing decided ("adjourned to 3 May", "verdict: 5 years")."""
        return commands.edit(self.book, records.Hearing, pk, {"outcome": outcome.strip()},
                             _("Record Outcome"))[1]

    def add_sentence(self, sentence: records.Sentence) -> tuple[records.Sentence, Changes]:
        return commands.add(self.book, sentence, _("Add Sentence"))

    def edit_sentence(self, pk: int, **values: Any) -> tuple[records.Sentence, Changes]:
        return commands.edit(self.book, records.Sentence, pk, values)

    def facilities(self) -> list[records.Facility]:
        return custody_store.facilities()

    def resolve_facility(self, reference: str) -> int:
        """A facility id from its name (in any case and spacing) or its uid."""
        found = custody_store.facility_by_name(reference)
        return found if found is not None else self._by_uid("facility", reference, _("Facilities"))

    def resolve_hearing(self, reference: str) -> int:
        """A hearing id from its uid (or the start of it)."""
        return self._by_uid("hearing", reference, _("Hearings"))

    def hearing_ids(self, *, text: str = "", start: date | None = None, end: date | None = None,
                    missing_outcome: bool = False, sort: str = "date",
                    descending: bool = False) -> list[int]:
        return hearings.hearing_ids(text=text, start=start, end=end,
                                    missing_outcome=missing_outcome, sort=sort,
                                    descending=descending)

    def hearing_rows(self, ids: list[int]) -> list[HearingRow]:
        return hearings.hearing_rows(ids=ids)

    def upcoming_hearings(self, days: int, *, today: date | None = None) -> list[HearingRow]:
        start = today or date.today()
        return hearings.hearing_rows(start=start, end=start + timedelta(days=days))

    def hearings_missing_outcome(self, *, today: date | None = None) -> list[HearingRow]:
        yesterday = (today or date.today()) - timedelta(days=1)
        return hearings.hearing_rows(end=yesterday, missing_outcome=True)
