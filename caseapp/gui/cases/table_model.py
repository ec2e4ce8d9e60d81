# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list as a lazy table model (see gui/common/lazy_model.py).

Only the ids of the listed cases are held; rows come from the core a page at a time.
Sorting and the status, tag and text filters run in SQL.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from caseapp.domain.enums import CaseStatus
from caseapp.domain.queries import CaseQuery
from caseapp.domain.views import CaseListRow

from caseapp.gui.common.formatting import format_partial
from caseapp.gui.common.lazy_model import LazyTableModel, ListSource

STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

#: Tables whose changes can alter which cases are listed or what a row shows.
LIST_TABLES = ("case_file", "case_party", "charge", "person", "code_article", "tagging", "tag")


class Column(IntEnum):
    NUMBER = 0
    TITLE = 1
    DEFENDANTS = 2
    ARTICLES = 3
    STATUS = 4
    OPENED = 5


#: The columns the core can sort by (core/cases.py ``ids(sort=…)``).
SORT_KEYS: dict[int, str] = {Column.NUMBER: "number", Column.TITLE: "title",
                             Column.STATUS: "status", Column.OPENED: "opened"}


def case_status_label(status: str) -> str:
    try:
        return CaseStatus(status).label()
    except ValueError:
        return status


class CaseTableModel(LazyTableModel[CaseListRow, CaseQuery]):
    """Ids of the listed cases plus a cache of their rows."""

    TABLES = LIST_TABLES
    SORT_KEYS = SORT_KEYS

    def __init__(self, source: ListSource, parent: QObject | None = None) -> None:
        super().__init__(source, CaseQuery(), parent)

    def headers(self) -> list[str]:
        return [self.tr("Number"), self.tr("Title"), self.tr("Defendants"), self.tr("Articles"),
                self.tr("Status"), self.tr("Opened")]

    def display(self, row: CaseListRow, column: int) -> str:
        match column:
            case Column.NUMBER:
                return row.case_number
            case Column.TITLE:
                return row.title
            case Column.DEFENDANTS:
                return row.defendants
            case Column.ARTICLES:
                return row.articles
            case Column.STATUS:
                return case_status_label(row.status)
            case Column.OPENED:
                return format_partial(row.opened)
        return ""

    def extra_data(self, row: CaseListRow, column: int, role: int) -> Any:
        return row.status if role == STATUS_ROLE else None
