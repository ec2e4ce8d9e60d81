# SPDX-License-Identifier: GPL-3.0-or-later
"""File ▸ Backups: the backups of the open file, and making, restoring and replacing them.

Everything runs on the database worker through the window's ops, so errors show as
messages. Restoring replaces the open file (the window's ``safety.restore``): the
current file is backed up first, a copy that is not sound is refused, and every page
is read again afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import CaseAppError

from caseapp.gui.common.errors import show_error
from caseapp.gui.common.forms import paragraph
from caseapp.gui.common.settings import backups_to_keep
from caseapp.gui.common.tables import read_only_table
from caseapp.gui.ops import QueryOp
from caseapp.gui.safety import questions
from caseapp.gui.safety.backups_model import BackupRow, BackupsModel, backup_date
from caseapp.gui.window_file import display_path

if TYPE_CHECKING:
    from caseapp.gui.mainwindow import MainWindow


class BackupsDialog(QDialog):
    """Attributes: ``model`` and ``table`` (the backups), ``status`` (the last outcome), and
    the buttons ``back_up_button``, ``restore_button``, ``replace_button``."""

    def __init__(self, window: MainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.intro = paragraph(self, "")
        self.model = BackupsModel(self)
        self.table = read_only_table(self, self.model, self.tr("Backups"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = paragraph(self, "")
        self._build_buttons()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90,
                    self.fontMetrics().height() * 24)
        self.reload()

    def _build_buttons(self) -> None:
        self.back_up_button = QPushButton(self.tr("&Back Up Now"), self)
        self.back_up_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.replace_button = QPushButton(self.tr("Replace With &Fresh Backup…"), self)
        self.replace_button.clicked.connect(self.replace_with_fresh)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        for button in (self.back_up_button, self.restore_button, self.replace_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.table, self.status, self.buttons):
            layout.addWidget(widget)

    # -- showing

    def reload(self) -> None:
        book = self.window_.casebook
        self.intro.setText(self.tr("Backups of {name}, newest first, in {folder}. caseapp "
                                   "makes one each day the file is opened and keeps the newest "
                                   "{count}.").format(name=book.path.name,
                                                      folder=display_path(book.backups.folder()),
                                                      count=backups_to_keep()))
        QueryOp(self.window_, lambda book: book.backups.list(), parent=self).success(
            self._show).run_in_background()

    def _show(self, rows: list[BackupRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
        self.replace_button.setEnabled(self.model.rowCount() > 1)

    def _busy(self, working: bool) -> None:
        for button in (self.back_up_button, self.restore_button, self.replace_button):
            button.setEnabled(not working)
        if not working:
            self._update_buttons()

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.window_.show_message(text)
        self._busy(False)
        self.reload()

    # -- commands

    def back_up(self) -> None:
        self._busy(True)
        self.window_.safety.back_up(parent=self, done=self._done, failed=self._failed)

    def restore_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not row.sound:
            self.status.setText(self.tr(
                "The backup of {date} is damaged or cannot be read with this file's "
                "passphrase; it cannot be restored. Choose another.").format(date=backup_date(row)))
            return
        if self._confirm_restore(row):
            self._restore(row.path, backup_date(row))

    def _confirm_restore(self, row: BackupRow) -> bool:
        return questions.ask(
            self, self.tr("Restore Backup"),
            self.tr("Replace {name} with the backup of {date}?").format(
                name=self.window_.casebook.path.name, date=backup_date(row)),
            self.tr("The file as it is now is backed up first, so you can go back to it. "
                    "Changes made after {date} are then only in that backup.").format(
                date=backup_date(row)),
            self.tr("Restore"), destructive=True)

    def _restore(self, source: Path, date: str) -> None:
        self._busy(True)
        self.window_.safety.restore(source, date, done=self._done, failed=self._failed)

    def replace_with_fresh(self) -> None:
        """One fresh backup in place of all the others (after deleting records for good,
        the older ones still hold them)."""
        older = self.model.rowCount()
        if not questions.ask(
                self, self.tr("Replace With Fresh Backup"),
                self.tr("Make a fresh backup and delete the %n older one(s)?", "", older),
                self.tr("Do this after deleting records for good, or after encrypting the "
                        "file: older backups still hold the deleted records, or the data "
                        "unencrypted. Deleted backups cannot be restored."),
                self.tr("Replace Backups"), destructive=True):
            return
        self._busy(True)
        QueryOp(self.window_, lambda book: book.backups.replace_with_fresh(),
                parent=self).success(lambda done: self._done(self.tr(
                    "Replaced %n older backup(s) with one fresh backup.", "", done[1]))).failure(
            self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        """Say what went wrong (a bug has had its own dialog) and let the volunteer try
        again."""
        self._busy(False)
        if isinstance(exc, CaseAppError):
            show_error(self, exc)
        self.reload()

    def done(self, result: int) -> None:
        self.model.set_rows([])
        super().done(result)
