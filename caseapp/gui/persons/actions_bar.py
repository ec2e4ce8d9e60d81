# SPDX-License-Identifier: GPL-3.0-or-later
"""Buttons above the person list: new, edit, add a detention, hearing, sentence or
campaign action for the selected person, and write a letter about them.

The add dialogs belong to other feature folders (custody, hearings, actions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMenu, QPushButton, QWidget

from caseapp.domain import records
from caseapp.domain.views import PersonDetails

from caseapp.gui.actions.edit_dialog import ActionDialog
from caseapp.gui.common.translatable import QT_TRANSLATE_NOOP
from caseapp.gui.custody.detention_dialog import DetentionDialog
from caseapp.gui.custody.sentence_dialog import SentenceDialog
from caseapp.gui.hearings.edit_dialog import HearingDialog
from caseapp.gui.letters.letter_dialog import LetterDialog
from caseapp.gui.ops import OpHost


@dataclass(frozen=True)
class AddDialog:
    """A dialog of another feature that adds a record for one person."""

    key: str
    dialog_class: Callable[..., QDialog]
    label: str  #: the English text, marked with QT_TRANSLATE_NOOP


ADD_DIALOGS = (
    AddDialog("detention", DetentionDialog,
              QT_TRANSLATE_NOOP("PersonActionsBar", "&Detention…")),
    AddDialog("hearing", HearingDialog, QT_TRANSLATE_NOOP("PersonActionsBar", "&Hearing…")),
    AddDialog("sentence", SentenceDialog,
              QT_TRANSLATE_NOOP("PersonActionsBar", "&Sentence…")),
    AddDialog("action", ActionDialog,
              QT_TRANSLATE_NOOP("PersonActionsBar", "Campaign &Action…")),
)


class PersonActionsBar(QWidget):
    """New Person…, Edit… and an Add menu with one entry per add dialog.

    ``person_id`` and ``case_id`` (the person's most recent case, for a hearing) come
    from the details the pane shows; ``add_actions`` maps keys to the menu entries.
    """

    new_requested = Signal()
    edit_requested = Signal()

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.person_id: int | None = None
        self.case_id: int | None = None
        self.new_button = QPushButton(self.tr("&New Person…"), self)
        self.new_button.setToolTip(self.tr("Enter a new person (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button = QPushButton(self.tr("E&dit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected person's names, details and tags "
                                            "(Enter)"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.add_button = QPushButton(self.tr("Add for This &Person"), self)
        self.add_actions = self._add_menu()
        self.letter_button = QPushButton(self.tr("Write &Letter…"), self)
        self.letter_button.setToolTip(self.tr("An Urgent Action letter about the selected "
                                              "person, logged as a campaign action"))
        self.letter_button.clicked.connect(lambda: self.write_letter())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.new_button, self.edit_button, self.add_button, self.letter_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.set_details(None)

    def set_details(self, details: PersonDetails | None) -> None:
        person = details.person if details is not None else None
        self.person_id = person.id if isinstance(person, records.Person) else None
        cases = details.cases if details is not None else ()
        self.case_id = cases[-1].id if cases else None
        self.edit_button.setEnabled(self.person_id is not None)
        self.add_button.setEnabled(self.person_id is not None)
        self.letter_button.setEnabled(self.person_id is not None)

    def write_letter(self) -> LetterDialog | None:
        """Open the letter dialog for the shown person; returns it (for tests)."""
        if self.person_id is None:
            return None
        dialog = LetterDialog(self._host, person_id=self.person_id, parent=self.window())
        dialog.open()
        return dialog

    def open_dialog(self, key: str) -> QDialog | None:
        """Open the add dialog ``key`` for the shown person; returns it (for tests)."""
        spec = next(s for s in ADD_DIALOGS if s.key == key)
        if self.person_id is None:
            return None
        dialog = spec.dialog_class(self._host, parent=self.window(), **self._arguments(key))
        dialog.open()
        return dialog

    def _arguments(self, key: str) -> dict[str, Any]:
        if key == "hearing":
            return {"case_id": self.case_id}
        if key == "action":
            return {"person_ids": (self.person_id,)}
        return {"person_id": self.person_id}

    def _add_menu(self) -> dict[str, QAction]:
        menu = QMenu(self.add_button)
        actions: dict[str, QAction] = {}
        for spec in ADD_DIALOGS:
            action = menu.addAction(QCoreApplication.translate("PersonActionsBar", spec.label))
            action.triggered.connect(lambda _checked=False, key=spec.key: self.open_dialog(key))
            actions[spec.key] = action
        self.add_button.setMenu(menu)
        return actions
