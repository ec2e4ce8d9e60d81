# SPDX-License-Identifier: GPL-3.0-or-later
"""The Persons page: the list on the left, the selected person's details on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

from caseapp.domain.changes import Changes

from caseapp.gui.ops import OpHost
from caseapp.gui.persons.detail_pane import PersonDetailPane
from caseapp.gui.persons.list_view import PersonListView

#: First-run proportions of list and detail pane.
DEFAULT_SIZES = (60, 40)


class PersonsPage(QSplitter):
    """Owns the list and the pane and keeps them in step; a ``Page`` (gui/common/page.py)."""

    message = Signal(str)

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("personsPage")
        self.setChildrenCollapsible(False)
        self.setContentsMargins(6, 6, 6, 0)
        self.list_view = PersonListView(host, self)
        self.detail_pane = PersonDetailPane(host, self)
        self.addWidget(self.list_view)
        self.addWidget(self.detail_pane)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.list_view.person_changed.connect(self.detail_pane.show_person)
        self.list_view.message.connect(self.message)
        self._default_sizes_pending = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On first run, split the real width in DEFAULT_SIZES proportions once it is known."""
        super().resizeEvent(event)
        if self._default_sizes_pending and self.width() > 2 * self.handleWidth():
            self._default_sizes_pending = False
            total = sum(DEFAULT_SIZES)
            self.setSizes([self.width() * part // total for part in DEFAULT_SIZES])

    def title(self) -> str:
        return self.tr("Persons")

    def reload(self) -> None:
        self.list_view.reload()

    def clear(self) -> None:
        self.list_view.clear()
        self.detail_pane.clear()

    def on_changes(self, changes: Changes) -> None:
        self.list_view.on_changes(changes)
        self.detail_pane.on_changes(changes)

    def focus_search(self) -> None:
        self.list_view.focus_search()

    def open_record(self, record_id: int) -> None:
        """Select the person; if the search or filter hides them, clear those first."""
        view = self.list_view
        if view.select_person(record_id):
            return

        def select_when_loaded() -> None:
            view.model.ids_loaded.disconnect(select_when_loaded)
            view.select_person(record_id)

        view.model.ids_loaded.connect(select_when_loaded)
        for widget, reset in ((view.search, view.search.clear),
                              (view.status_filter, lambda: view.status_filter.setCurrentIndex(0))):
            widget.blockSignals(True)
            reset()
            widget.blockSignals(False)
        query = view.model.query
        view.model.set_query(type(query)(sort=query.sort, descending=query.descending))

    def new_record(self) -> None:
        """No person editor on this page yet."""

    def delete_current(self) -> None:
        self.list_view.delete_current()

    def save_state(self) -> dict[str, QByteArray]:
        return {"splitter": self.saveState(),
                "header": self.list_view.table.horizontalHeader().saveState()}

    def restore_state(self, state: dict[str, object]) -> None:
        splitter = state.get("splitter")
        self._default_sizes_pending = (not isinstance(splitter, QByteArray)
                                       or not self.restoreState(splitter))
        if isinstance(state.get("header"), QByteArray):
            self.list_view.table.horizontalHeader().restoreState(state["header"])
