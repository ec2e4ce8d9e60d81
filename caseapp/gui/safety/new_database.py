# SPDX-License-Identifier: GPL-3.0-or-later
"""File ▸ New Database: where the new file goes, and whether it is encrypted.

Encryption is chosen here, when the file is made, so that no plain copy of it ever
exists; the passphrase rows appear when "Encrypt with a passphrase" is ticked.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLineEdit, QPushButton, QWidget

from caseapp.domain.errors import Invalid

from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.ops import OpHost
from caseapp.gui.safety.passphrase_rows import PassphraseRows

DATABASE_FILTER = "*.sqlite *.db"
DATABASE_SUFFIX = ".sqlite"


def database_filter() -> str:
    """The file dialogs' filter for database files."""
    return QCoreApplication.translate(
        "NewDatabaseDialog", "CaseApp databases ({patterns});;All files (*)").format(
        patterns=DATABASE_FILTER)


def with_suffix(chosen: str) -> Path:
    path = Path(chosen).expanduser()
    return path if path.suffix else path.with_suffix(DATABASE_SUFFIX)


class NewDatabaseDialog(BaseDialog):
    """Attributes: ``file`` (the path), ``encrypt`` (the check box) and ``rows`` (the new
    passphrase). ``result_value`` is ``(path, passphrase or None)`` once accepted.
    It only gathers values (no op runs on its host), so the welcome screen, which has no
    database open yet, passes no host."""

    def __init__(self, host: OpHost | None, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(cast("OpHost", host), self.tr("New Database"), parent)
        self.file = QLineEdit(str(folder / f"casebook{DATABASE_SUFFIX}"), self)
        self.choose = QPushButton(self.tr("C&hoose…"), self)
        self.choose.setAccessibleName(self.tr("Choose where the new database goes"))
        self.choose.clicked.connect(self._choose_file)
        self.add_field(self.tr("&File:"), self.beside(self.file, self.choose), "file")
        self.file.setAccessibleName(self.tr("File"))
        self.encrypt = QCheckBox(self.tr("&Encrypt with a passphrase"), self)
        self.form.addRow("", self.encrypt)
        self.rows = PassphraseRows(self, self.tr("&Passphrase:"))
        self.encrypt.toggled.connect(self._show_passphrase_rows)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Create"))
        self.finish_layout()
        self._show_passphrase_rows(False)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New Database"), self.file.text(), database_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            self.file.setText(str(with_suffix(chosen)))

    def _show_passphrase_rows(self, shown: bool) -> None:
        for field in self.rows.row_fields():
            self.form.setRowVisible(field, shown)
        if not shown:
            self.rows.clear()
        self.adjustSize()

    def values(self) -> tuple[Path, str | None]:
        """The new file and its passphrase (None: plain); Invalid naming the field."""
        text = self.file.text().strip()
        if not text:
            raise Invalid(self.tr("Give the new file a name."), field="file")
        path = with_suffix(text)
        if path.exists():
            raise Invalid(self.tr("{name} already exists. A new database needs a new file "
                                  "name; to work in this one, use File ▸ Open Database.").format(
                name=path.name), field="file")
        return path, self.rows.value() if self.encrypt.isChecked() else None

    @property
    def chosen(self) -> tuple[Path, str | None]:
        """``values()`` as they were when the dialog was accepted."""
        return cast("tuple[Path, str | None]", self.result_value)

    def save(self) -> None:
        self.accept_checked(self.values)

    def done(self, result: int) -> None:
        self.rows.clear()
        super().done(result)
