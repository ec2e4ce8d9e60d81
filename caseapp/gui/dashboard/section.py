# SPDX-License-Identifier: GPL-3.0-or-later
"""One block of the dashboard: a heading, a short table of items, or a line saying
there is nothing to show. Double-click or Enter on a row emits it.

The lists are a few dozen rows that the dashboard query already returned, so the
model holds them all; nothing here is lazy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.common.tables import read_only_table
from caseapp.gui.dashboard.items import Item

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
#: Rows shown before the table scrolls.
VISIBLE_ROWS = 8
WARNING_COLOUR = QColor("#b3261e")


class ItemModel(QAbstractTableModel):
    """Headers plus a list of ``Item``; read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._items: list[Item] = []

    def set_items(self, headers: list[str], items: list[Item]) -> None:
        self.beginResetModel()
        self._headers, self._items = list(headers), list(items)
        self.endResetModel()

    def item(self, row: int) -> Item | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(item.cells):
            return None
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return item.cells[index.column()]
            case Qt.ItemDataRole.ToolTipRole:
                return item.tooltip or item.cells[index.column()] or None
            case Qt.ItemDataRole.ForegroundRole if item.warning:
                return QBrush(WARNING_COLOUR)
        return None


class Section(QWidget):
    """Heading, table and empty-state line; ``activated`` carries the chosen Item.

    A ``counted`` section shows its number of rows in the heading.
    """

    activated = Signal(object)

    def __init__(self, title: str, empty_text: str, parent: QWidget | None = None, *,
                 counted: bool = True) -> None:
        super().__init__(parent)
        self._title = title
        self._counted = counted
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.empty.setEnabled(False)
        self.model = ItemModel(self)
        self.table = self._make_table(title)
        self.heading.setBuddy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.set_items([], [])

    def _make_table(self, title: str) -> QTableView:
        table = read_only_table(self, self.model, title, row_height=1.6)
        table.setObjectName("dashboardTable")
        table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        table.doubleClicked.connect(lambda index: self._activate(index.row()))
        open_action = QAction(table)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._activate(table.currentIndex().row()))
        table.addAction(open_action)
        return table

    def set_items(self, headers: list[str], items: list[Item]) -> None:
        self.model.set_items(headers, items)
        header = self.table.horizontalHeader()
        for column in range(len(headers)):  # the last column takes the room left and elides
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column == len(headers) - 1
                                        else QHeaderView.ResizeMode.ResizeToContents)
        count = len(items)
        self.heading.setText(self.tr("{title} ({count})").format(title=self._title, count=count)
                             if count and self._counted else self._title)
        self.table.setVisible(bool(count))
        self.empty.setVisible(not count)
        self._fit_height(count)

    def _fit_height(self, count: int) -> None:
        table = self.table
        rows = min(max(count, 1), VISIBLE_ROWS)
        frame = 2 * table.frameWidth()
        height = table.horizontalHeader().sizeHint().height()
        height += rows * table.verticalHeader().defaultSectionSize() + frame
        if table.horizontalHeader().length() > table.width() - frame:
            height += table.horizontalScrollBar().sizeHint().height()
        table.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrower table may need room for its horizontal scroll bar."""
        super().resizeEvent(event)
        self._fit_height(self.model.rowCount())

    def focus_table(self) -> bool:
        if not self.table.isVisible():
            return False
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        return True

    def _activate(self, row: int) -> None:
        item = self.model.item(row)
        if item is not None:
            self.activated.emit(item)
