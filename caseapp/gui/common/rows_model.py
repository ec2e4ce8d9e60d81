# SPDX-License-Identifier: GPL-3.0-or-later
"""A model over a short list of rows already in memory (trash, citations, person matches).

Long record lists use LazyTableModel instead; these lists are small enough to hold
whole. Subclasses say how a row is shown (``data``) and, for tables, the titles of
their columns (``column_titles``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class RowsModel(QAbstractTableModel, Generic[R]):
    """The rows last set; one column unless a subclass says otherwise."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, index: AnyIndex) -> R | None:
        """The row ``index`` points at; None for the root or past the end."""
        return self.row_at(index.row()) if index.isValid() else None

    def column_titles(self) -> Sequence[str]:
        """The headers of a table's columns, in order; none: one untitled column."""
        return ()

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else max(len(self.column_titles()), 1)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        titles = self.column_titles()
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(titles)):
            return titles[section]
        return super().headerData(section, orientation, role)
