# SPDX-License-Identifier: GPL-3.0-or-later
"""The addressee book: embassies, officials and bodies the group writes to.

A list with Add…, Edit… and Remove; an entry has a name, a title, a postal and an
e-mail address, the language letters to it are written in and its salutation. Each
change is one undoable command; a removed entry goes to the trash.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.enums import LetterLanguage

from caseapp.gui.common.fields import EnumCombo
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.ops import CasebookOp, OpHost


class AddresseeDialog(BaseDialog):
    """Add an entry, or edit ``entry``; fields ``name``, ``title``, ``address``, ``email``,
    ``language``, ``salutation``."""

    def __init__(self, host: OpHost, *, entry: records.Addressee | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("New Addressee") if entry is None
                         else self.tr("Edit Addressee"), parent)
        self.entry_id = entry.id if entry is not None else None
        shown = entry or records.Addressee()
        self.name = QLineEdit(shown.name, self)
        self.add_field(self.tr("&Name:"), self.name, "name")
        self.title = QLineEdit(shown.title, self)
        self.add_field(self.tr("&Title:"), self.title, "title")
        self.address = QPlainTextEdit(shown.postal_address, self)
        self.address.setTabChangesFocus(True)
        self.add_field(self.tr("&Postal address:"), self.address, "postal_address")
        self.email = QLineEdit(shown.email, self)
        self.add_field(self.tr("&E-mail:"), self.email, "email")
        self.language = EnumCombo(LetterLanguage, self)
        self.language.set_value(shown.language)
        self.add_field(self.tr("&Language:"), self.language, "language")
        self.salutation = QLineEdit(shown.salutation, self)
        self.add_field(self.tr("&Salutation:"), self.salutation, "salutation")
        self.title.setPlaceholderText(self.tr("e.g. Ambassador"))
        self.salutation.setPlaceholderText(self.tr("e.g. Your Excellency,"))
        self.finish_layout()

    def entry(self) -> records.Addressee:
        """The form as an (unsaved) entry."""
        return records.Addressee(
            name=self.name.text().strip(), title=self.title.text().strip(),
            postal_address=self.address.toPlainText().strip(), email=self.email.text().strip(),
            language=self.language.value() or "ru", salutation=self.salutation.text().strip())

    def command(self) -> Callable[[Casebook], object]:
        entry, pk = self.entry(), self.entry_id
        if pk is None:
            return lambda book: book.addressees.add(entry)
        values = {name: getattr(entry, name) for name in records.Addressee.editable_fields()}
        return lambda book: book.addressees.edit(pk, **values)


class AddresseeBookDialog(QDialog):
    """Attributes: ``entries`` (list), ``add_button``, ``edit_button``, ``remove_button``;
    ``shown`` the entries listed, in list order."""

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName(type(self).__name__)
        self.setWindowTitle(self.tr("Addressee Book"))
        self.entries = QListWidget(self)
        self.entries.setAccessibleName(self.tr("Addressees"))
        self.entries.itemDoubleClicked.connect(lambda _item: self.edit_current())
        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.entries.currentRowChanged.connect(lambda _row: self._enable())
        self._lay_out()
        self.shown: list[records.Addressee] = []
        self.reload()

    def _lay_out(self) -> None:
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.entries, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(self.fontMetrics().averageCharWidth() * 70, self.fontMetrics().height() * 20)

    def reload(self) -> None:
        self.shown = self.host.casebook.addressees.entries()
        self.entries.clear()
        for entry in self.shown:
            self.entries.addItem(" — ".join(p for p in (entry.name, entry.title,
                                                        entry.language) if p))
        self._enable()

    def _enable(self) -> None:
        chosen = self.entries.currentRow() >= 0
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def current(self) -> records.Addressee | None:
        row = self.entries.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def add_entry(self) -> AddresseeDialog:
        return self._open(AddresseeDialog(self.host, parent=self))

    def edit_current(self) -> AddresseeDialog | None:
        entry = self.current()
        return self._open(AddresseeDialog(self.host, entry=entry, parent=self)) if entry else None

    def remove_current(self) -> None:
        entry = self.current()
        if entry is None:
            return
        pk = entry.pk
        CasebookOp(self.host, lambda book: book.addressees.remove(pk), parent=self,
                   origin=self).success(lambda _changes: self.reload()).run_in_background()

    def _open(self, dialog: AddresseeDialog) -> AddresseeDialog:
        dialog.accepted.connect(self.reload)
        dialog.open()
        return dialog
