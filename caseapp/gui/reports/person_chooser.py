# SPDX-License-Identifier: GPL-3.0-or-later
"""Choosing the one person a dossier is about: a search box over a short result list.

The search is the core's person search (any script, any spelling), run on the
database worker when the volunteer pauses typing. The list starts with the persons
selected in the window, so "dossier of the person I am looking at" needs no typing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget
from shiboken6 import isValid

from caseapp.domain.views import PersonRow

from caseapp.gui.common.person_rows import PersonRowsModel
from caseapp.gui.ops import OpHost, QueryOp

SEARCH_DELAY_MS = 200
MAX_MATCHES = 50
AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class PersonChooser(QWidget):
    """Search box plus list; ``person_id()`` is the chosen person or None.

    ``chosen`` carries the id (or None) whenever the choice changes.
    """

    chosen = Signal(object)

    def __init__(self, host: OpHost, preselected: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self._preselected = list(preselected)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type a name in any script…"))
        self.search.setAccessibleName(self.tr("Search persons for the report"))
        self.search.setClearButtonEnabled(True)
        self.model = PersonRowsModel(self)
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Matching persons"))
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMinimumHeight(self.fontMetrics().height() * 7)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.chosen.emit(self.person_id()))

    def load(self) -> None:
        """Fill the list: the preselected persons, else the first ones by name."""
        self.run_search()

    def run_search(self) -> None:
        self._timer.stop()
        text, preselected = self.search.text().strip(), self._preselected

        def find(book: Any) -> list[PersonRow]:
            ids = preselected if not text and preselected else book.persons.ids(text=text)
            return book.persons.rows(ids[:MAX_MATCHES])

        QueryOp(self.host, find, parent=self).success(self._show).run_in_background()

    def person_id(self) -> int | None:
        row = self.model.row_at(self.list.currentIndex().row())
        return row.id if row is not None else None

    def person_name(self) -> str:
        row = self.model.row_at(self.list.currentIndex().row())
        return row.display_name if row is not None else ""

    def _show(self, rows: list[PersonRow]) -> None:
        if not isValid(self):  # the dialog was closed before the answer came
            return
        self.model.set_rows(rows)
        if rows:
            self.list.setCurrentIndex(self.model.index(0, 0))
        else:
            self.chosen.emit(None)
