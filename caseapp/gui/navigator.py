# SPDX-License-Identifier: GPL-3.0-or-later
"""The list of views on the left of the main window (Dashboard, Persons, … Trash).

Row ``i`` is page ``i`` of the window's stack. It is an ordinary list, so arrow keys,
Home/End and typing a first letter move through it; Ctrl+1 … Ctrl+9 jump from anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem, QWidget

#: Extra room around the widest title, in multiples of the font's height.
PADDING_LINES = 2.5


class Navigator(QListWidget):
    """One item per page; its width follows the longest translated title and the font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator")
        self.setAccessibleName(self.tr("Views"))
        self.setAccessibleDescription(self.tr("Choose what the window shows; Ctrl+1 to Ctrl+7"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)

    def add_page(self, title: str, key: str, shortcut: str) -> None:
        item = QListWidgetItem(title, self)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setToolTip(f"{title} ({shortcut})" if shortcut else title)
        item.setSizeHint(QSize(0, int(self.fontMetrics().height() * 2)))
        self.updateGeometry()

    def key_at(self, row: int) -> str | None:
        item = self.item(row)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def row_of(self, key: str) -> int:
        return next((row for row in range(self.count()) if self.key_at(row) == key), -1)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.item(row).text())
                      for row in range(self.count())), default=0)
        width = widest + int(metrics.height() * PADDING_LINES)
        return QSize(width, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())
