# SPDX-License-Identifier: GPL-3.0-or-later
"""The campaign action list as a lazy table model (see gui/common/lazy_model.py).

Overdue actions (planned, due date passed) show their due date in the warning colour
followed by "(overdue)", so colour is never the only sign.
"""

from __future__ import annotations

from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from caseapp.domain.enums import ActionKind, ActionStatus
from caseapp.domain.queries import ActionQuery
from caseapp.domain.views import ActionRow

from caseapp.gui.common.formatting import format_date, format_partial
from caseapp.gui.common.lazy_model import LazyTableModel, ListSource
from caseapp.gui.custody.detail_base import enum_label

#: Tables whose changes can alter which actions are listed or what a row shows.
LIST_TABLES = ("action", "action_person", "action_case", "person")
OVERDUE_COLOR = "#b3261e"


class Column(IntEnum):
    DATE = 0
    TITLE = 1
    KIND = 2
    PERSONS = 3
    DUE = 4
    STATUS = 5
    RESPONSIBLE = 6


#: The columns the core can sort by, with its sort key.
SORT_KEYS: dict[int, str] = {Column.DATE: "date", Column.TITLE: "title", Column.KIND: "kind",
                             Column.DUE: "due", Column.STATUS: "status"}


def is_overdue(row: ActionRow, today: date | None = None) -> bool:
    return (row.status == ActionStatus.PLANNED and row.due_date is not None
            and row.due_date < (today or date.today()))


class ActionTableModel(LazyTableModel[ActionRow, ActionQuery]):
    """Ids of the listed actions plus a cache of their display rows."""

    TABLES = LIST_TABLES
    SORT_KEYS = SORT_KEYS

    def __init__(self, source: ListSource, parent: QObject | None = None) -> None:
        super().__init__(source, ActionQuery(), parent)
        self._overdue = QBrush(QColor(OVERDUE_COLOR))

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Action"), self.tr("Kind"), self.tr("For"),
                self.tr("Due"), self.tr("Status"), self.tr("Responsible")]

    def display(self, row: ActionRow, column: int) -> str:
        match column:
            case Column.DATE:
                return format_partial(row.date)
            case Column.TITLE:
                return row.title
            case Column.KIND:
                return enum_label(ActionKind, row.kind)
            case Column.PERSONS:
                return row.persons
            case Column.DUE:
                return self._due_text(row)
            case Column.STATUS:
                return enum_label(ActionStatus, row.status)
            case Column.RESPONSIBLE:
                return row.responsible
        return ""

    def _due_text(self, row: ActionRow) -> str:
        text = format_date(row.due_date)
        return self.overdue_text(text) if is_overdue(row) else text

    def overdue_text(self, date_text: str) -> str:
        return self.tr("{date} (overdue)").format(date=date_text)

    def extra_data(self, row: ActionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.DUE and is_overdue(row):
            return self._overdue
        return None
