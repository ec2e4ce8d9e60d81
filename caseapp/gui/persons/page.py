# SPDX-License-Identifier: GPL-3.0-or-later
"""The Persons page: the list on the left, the selected person's details on the right.

Above the list, New and Edit open the person editor and the Add menu opens other
features' dialogs (detention, hearing, sentence, action) for the selected person.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from caseapp.gui.common.list_detail_page import ListDetailPage
from caseapp.gui.ops import OpHost
from caseapp.gui.persons.actions_bar import PersonActionsBar
from caseapp.gui.persons.detail_pane import PersonDetailPane
from caseapp.gui.persons.edit_dialog import PersonEditDialog
from caseapp.gui.persons.list_view import PersonListView


class PersonsPage(ListDetailPage):
    """Owns the list and the pane and keeps them in step; a ``Page`` (gui/common/page.py).

    ``editor`` is the person editor while one is open.
    """

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(host, PersonListView(host), PersonDetailPane(host), parent,
                         row_actions=False)
        self._host = host
        self.editor: PersonEditDialog | None = None
        self.setObjectName("personsPage")
        self.detail_pane: PersonDetailPane = self.detail
        self.list_view.person_changed.connect(self.detail_pane.show_person)
        self.list_view.activated.connect(self.edit_person)
        self.detail_pane.details_loaded.connect(self.actions_bar.set_details)
        self.actions_bar.new_requested.connect(self.new_record)
        self.actions_bar.edit_requested.connect(self.edit_current)
        # Del belongs to the window's Edit ▸ Delete, which calls delete_current(); a second
        # Del shortcut here would make both ambiguous, and neither would fire.
        self.list_view.delete_action.setShortcut(QKeySequence())

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

    def open_record(self, record_id: int) -> None:
        """Select the person; if the search or a filter hides them, clear those first."""
        self.list_view.show_person(record_id)

    def new_record(self, name: str = "") -> QDialog:
        """Open the editor for a new person; returns it (for tests)."""
        return self._open_editor(PersonEditDialog(self._host, name=name, parent=self.window()))

    def edit_current(self) -> QDialog | None:
        person_id = self.list_view.current_id()
        return self.edit_person(person_id) if person_id is not None else None

    def edit_person(self, person_id: int) -> QDialog:
        return self._open_editor(PersonEditDialog(self._host, person_id=person_id,
                                                  parent=self.window()))

    def _open_editor(self, dialog: PersonEditDialog) -> PersonEditDialog:
        self.editor = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(lambda _result: self._editor_closed(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: PersonEditDialog) -> None:
        person, _changes = dialog.result_value
        self.open_record(person.id)
        self.message.emit(self.tr("Saved “{name}”.").format(name=person.display_name))

    def _editor_closed(self, dialog: PersonEditDialog) -> None:
        if self.editor is dialog:
            self.editor = None
        dialog.deleteLater()

    def delete_current(self) -> None:
        self.list_view.delete_current()
