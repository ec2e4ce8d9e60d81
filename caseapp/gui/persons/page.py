# SPDX-License-Identifier: GPL-3.0-or-later
"""The Persons page: the list on the left, the selected person's details on the right.

Above the list, New and Edit open the person editor and the Add menu opens other
features' dialogs (detention, hearing, sentence, action) for the selected person; the
list's context menu also offers Merge with… (two records of one person).
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from caseapp.domain import records

from caseapp.gui.common.list_detail_page import ListDetailPage
from caseapp.gui.common.page import PageHost
from caseapp.gui.persons.actions_bar import PersonActionsBar
from caseapp.gui.persons.detail_pane import PersonDetailPane
from caseapp.gui.persons.edit_dialog import PersonEditDialog
from caseapp.gui.persons.list_view import PersonListView
from caseapp.gui.persons.merge_dialog import MergeDialog


class PersonsPage(ListDetailPage):
    """A ``Page`` (gui/common/page.py): ``list_view``, ``detail`` and ``actions_bar``."""

    RECORD = records.Person
    list_view: PersonListView
    detail: PersonDetailPane

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, PersonListView(host), PersonDetailPane(host), parent)
        self.setObjectName("personsPage")
        self.detail.details_loaded.connect(self.actions_bar.set_details)
        self.actions_bar.new_requested.connect(self.new_record)
        self.actions_bar.edit_requested.connect(self.edit_current)
        self._row_action(self.tr("&Merge with…"), self.merge_current)

    def left_side(self) -> QWidget:
        side = QWidget(self)
        self.actions_bar = PersonActionsBar(self.host, self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.list_view, 1)
        return side

    def title(self) -> str:
        return self.tr("Persons")

    def new_record(self, name: str = "") -> PersonEditDialog:
        """Open the editor for a new person; returns it (for tests)."""
        return self.open_dialog(PersonEditDialog(self.host, name=name, parent=self.window()),
                                self._saved)

    def edit_record(self, record_id: int) -> PersonEditDialog:
        return self.open_dialog(PersonEditDialog(self.host, person_id=record_id,
                                                 parent=self.window()), self._saved)

    def merge_current(self) -> MergeDialog | None:
        """Merge another record of the selected person into it; returns the dialog."""
        record_id = self.list_view.current_id()
        if record_id is None:
            return None
        return self.open_dialog(MergeDialog(self.host, record_id, parent=self.window()),
                                self._merged)

    def record_name(self, record_id: int) -> str:
        row = self.listed_row(record_id)
        return f"“{row.display_name}”" if row is not None else self.tr("the person")

    def show_status(self, status: str) -> None:
        """Only the persons with ``status`` (the Dashboard's "Persons by status")."""
        self.list_view.show_status(status)

    def selected_ids(self) -> list[int]:
        """The persons selected in the list (for a brief about them)."""
        return self.list_view.selected_ids()

    def _merged(self, result: tuple[records.Person, object]) -> None:
        person, _changes = result
        self.open_record(person.pk)
        self.message.emit(self.tr("Merged into “{name}”. Edit ▸ Undo takes it back.").format(
            name=person.display_name))

    def _saved(self, result: tuple[records.Person, object]) -> None:
        person, _changes = result
        self.open_record(person.pk)
        self.message.emit(self.tr("Saved “{name}”.").format(name=person.display_name))
