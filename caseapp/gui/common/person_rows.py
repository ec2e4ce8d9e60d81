# SPDX-License-Identifier: GPL-3.0-or-later
"""A short list of persons shown as "name — status, facility" (pickers, report chooser)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from caseapp.domain.views import PersonRow

from caseapp.gui.persons.status_style import status_label

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


def describe(row: PersonRow) -> str:
    facts = ", ".join(filter(None, (status_label(row.status), row.facility)))
    return f"{row.display_name} — {facts}" if facts else row.display_name


class PersonRowsModel(QAbstractListModel):
    """A few PersonRows; the tooltip shows the articles, the roles give id and name."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PersonRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return describe(row)
            case Qt.ItemDataRole.ToolTipRole:
                return row.articles or None
            case _ if role == PERSON_ID_ROLE:
                return row.id
            case _ if role == NAME_ROLE:
                return row.display_name
        return None
