# SPDX-License-Identifier: GPL-3.0-or-later
"""The hearing list as a lazy table model (see gui/common/lazy_model.py).

Only the ids a query returned are held; rows come from ``hearings.rows`` a
page at a time, and sorting happens in SQL through the core's sort keys.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QObject

from caseapp.domain.enums import HearingKind
from caseapp.domain.queries import HearingQuery
from caseapp.domain.views import HearingRow

from caseapp.gui.common.formatting import format_date, format_time
from caseapp.gui.common.lazy_model import LazyTableModel, ListSource
from caseapp.gui.custody.detail_base import enum_label

#: Tables whose changes can alter which hearings are listed or what a row shows.
LIST_TABLES = ("hearing", "case_file", "case_party", "person")


class Column(IntEnum):
    DATE = 0
    TIME = 1
    COURT = 2
    CASE = 3
    DEFENDANTS = 4
    KIND = 5
    OUTCOME = 6


#: The columns the core can sort by, with its sort key.
SORT_KEYS: dict[int, str] = {Column.DATE: "date", Column.COURT: "court", Column.CASE: "case",
                             Column.KIND: "kind"}


class HearingTableModel(LazyTableModel[HearingRow, HearingQuery]):
    """Ids of the listed hearings plus a cache of their display rows."""

    TABLES = LIST_TABLES
    SORT_KEYS = SORT_KEYS

    def __init__(self, source: ListSource, parent: QObject | None = None) -> None:
        super().__init__(source, HearingQuery(), parent)

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Time"), self.tr("Court"), self.tr("Case"),
                self.tr("Defendants"), self.tr("Kind"), self.tr("Outcome")]

    def display(self, row: HearingRow, column: int) -> str:
        match column:
            case Column.DATE:
                return format_date(row.date)
            case Column.TIME:
                return format_time(row.time)
            case Column.COURT:
                return row.court
            case Column.CASE:
                return row.case_number
            case Column.DEFENDANTS:
                return ", ".join(row.defendants)
            case Column.KIND:
                return enum_label(HearingKind, row.kind)
            case Column.OUTCOME:
                return row.outcome
        return ""
