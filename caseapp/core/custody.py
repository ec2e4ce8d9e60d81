# SPDX-License-Identifier: GPL-3.0-or-later
"""Where and how long people are held: facilities, detentions, hearings, sentences."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.views import HearingRow
from caseapp.i18n import _
from caseapp.store import catalog, details, lists, queries

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook


class Custody:
    def __init__(self, book: Casebook) -> None:
        self.book = book

    def add_facility(self, facility: records.Facility) -> tuple[records.Facility, Changes]:
        return self.book.add(facility, _("Add Facility"))

    def facility_named(self, name: str) -> int | None:
        return catalog.facility_by_name(name)

    def add_detention(self, detention: records.Detention) -> tuple[records.Detention, Changes]:
        return self.book.add(detention, _("Add Detention"))

    def add_hearing(self, hearing: records.Hearing) -> tuple[records.Hearing, Changes]:
        return self.book.add(hearing, _("Add Hearing"))

    def add_sentence(self, sentence: records.Sentence) -> tuple[records.Sentence, Changes]:
        return self.book.add(sentence, _("Add Sentence"))

    def facilities(self) -> list[records.Facility]:
        return details.facilities()

    def hearing_ids(self, *, text: str = "", start: date | None = None, end: date | None = None,
                    missing_outcome: bool = False, sort: str = "date",
                    descending: bool = False) -> list[int]:
        return lists.hearing_ids(text=text, start=start, end=end, missing_outcome=missing_outcome,
                                 sort=sort, descending=descending)

    def hearing_rows(self, ids: list[int]) -> list[HearingRow]:
        return queries.hearing_rows(ids=ids)

    def upcoming_hearings(self, days: int, *, today: date | None = None) -> list[HearingRow]:
        start = today or date.today()
        return queries.hearing_rows(start=start, end=start + timedelta(days=days))

    def hearings_missing_outcome(self, *, today: date | None = None) -> list[HearingRow]:
        yesterday = (today or date.today()) - timedelta(days=1)
        return queries.hearing_rows(end=yesterday, missing_outcome=True)
