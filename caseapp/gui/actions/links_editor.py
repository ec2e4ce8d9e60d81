# SPDX-License-Identifier: GPL-3.0-or-later
"""The persons or cases an action is linked to, edited inside the action's form.

Nothing is written while the volunteer adds and removes: the form hands the complete
list (``target_ids``) to the core's save command, which links and unlinks what changed
together with the action as one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.custody.choosers import ID_ROLE, Finder, RecordSearchEdit

VISIBLE_ROWS = 4


class LinkEditor(QWidget):
    """A search box to add a record, the linked records, and Remove."""

    def __init__(self, host, finder: Finder, *, field: str, name: str, hint: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = RecordSearchEdit(host, finder, field=field, parent=self)
        self.search.setPlaceholderText(hint)
        self.search.setAccessibleName(self.tr("Add to {name}").format(name=name))
        self.search.chosen.connect(self._chosen)
        self.model = QStandardItemModel(self)
        self.view = self._make_view(name)
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.setAccessibleName(self.tr("Remove from {name}").format(name=name))
        self.remove_button.clicked.connect(self.remove_current)
        self._lay_out()
        self.setFocusProxy(self.search)

    def _make_view(self, name: str) -> QListView:
        view = QListView(self)
        view.setModel(self.model)
        view.setAccessibleName(name)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setMaximumHeight(view.fontMetrics().lineSpacing() * (VISIBLE_ROWS + 1))
        remove = QAction(self.tr("Remove"), view)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_current)
        view.addAction(remove)
        return view

    def _lay_out(self) -> None:
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.view, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(row)

    def focus_chain(self) -> list[QWidget]:
        return [self.search, self.view, self.remove_button]

    def set_links(self, links: list[tuple[int, int, str]]) -> None:
        """The stored links: (link id, target id, label)."""
        self.model.clear()
        for _link, target, label in links:
            self.add(target, label)

    def add(self, target_id: int, label: str) -> None:
        if target_id in self.target_ids():
            return
        item = QStandardItem(label)
        item.setData(target_id, ID_ROLE)
        self.model.appendRow(item)

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.removeRow(index.row())

    def target_ids(self) -> list[int]:
        return [int(self.model.item(row).data(ID_ROLE)) for row in range(self.model.rowCount())]

    def labels(self) -> list[str]:
        return [self.model.item(row).text() for row in range(self.model.rowCount())]

    def _chosen(self, target_id: int) -> None:
        """Add the picked record and empty the box; after the completer, which sets the
        picked text into the box once this slot has run."""
        self.add(target_id, self.search.text())
        QTimer.singleShot(0, lambda: self.search.set_value(None))
