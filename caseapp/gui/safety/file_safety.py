# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's side of the file's safety: checks after opening, encryption, the Backups
dialog, and the plumbing for commands that replace the file on disk.

After a file is opened, SQLite's quick check and the daily backup run on the database
worker; a damaged file gets a notice that names it, says it is only read, and offers
its latest sound backup. Encrypt,
Change Passphrase and Restore rewrite the whole file: the worker's queued work is
drained first, the pages are emptied so that nothing reads the file meanwhile, and
the pages are read again afterwards, whether the command succeeded or not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from caseapp.core.casebook import Casebook
from caseapp.domain.errors import CaseAppError, Damaged, DatabaseError

from caseapp.gui.common.errors import show_error
from caseapp.gui.common.settings import backups_to_keep
from caseapp.gui.dialogs import open_modal, show_check_result
from caseapp.gui.ops import QueryOp
from caseapp.gui.safety import questions
from caseapp.gui.safety.backups_dialog import BackupsDialog
from caseapp.gui.safety.backups_model import BackupRow, backup_date
from caseapp.gui.safety.damaged import DamagedNotice
from caseapp.gui.safety.new_database import NewDatabaseDialog, database_filter, with_suffix
from caseapp.gui.safety.passphrase_dialogs import NewPassphraseDialog

if TYPE_CHECKING:
    from caseapp.gui.mainwindow import MainWindow


class FileSafety(QObject):
    """Attached to the main window as ``window.safety``; holds no state of its own
    besides the damaged-file notice while it is shown (``damaged_box``)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.damaged_box: DamagedNotice | None = None

    # -- after opening

    def check_opened(self, *, daily: bool = True) -> None:
        """Quick check, then the daily backup (not for a file just created)."""
        keep = backups_to_keep()
        cannot = self.tr("Cannot write the daily backup to {folder}: {reason}")

        def checks(book: Casebook) -> Path | None:
            book.ensure_sound()
            if not daily:
                return None
            try:
                return book.backups.daily(keep=keep)
            except OSError as exc:
                raise DatabaseError(cannot.format(folder=book.backups.folder(),
                                                  reason=exc.strerror or exc)) from None

        QueryOp(self.window, checks, parent=self.window).success(self._checked).failure(
            self._check_failed).run_in_background()

    def _checked(self, backup: Path | None) -> None:
        if backup is not None:
            self.window.show_message(self.tr("Daily backup written to {path}").format(
                path=backup))

    def _check_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Damaged):
            self.window.show_damaged()
            QueryOp(self.window, lambda book: book.backups.latest_sound(),
                    parent=self.window).success(self.warn_damaged).run_in_background()
        elif isinstance(exc, CaseAppError):
            show_error(self.window, exc)

    def warn_damaged(self, latest: BackupRow | None) -> None:
        """Say the file is damaged and read-only, and offer ``latest``, its newest sound
        backup (or the Backups dialog when there is none); ``damaged_box`` while shown."""
        notice = DamagedNotice(self.window.casebook.path, latest, self.window)
        notice.finished.connect(lambda _result: self._damaged_answered(notice, latest))
        self.damaged_box = notice
        notice.open()

    def _damaged_answered(self, notice: DamagedNotice, latest: BackupRow | None) -> None:
        self.damaged_box = None
        if notice.clickedButton() is notice.backups_button:
            self.show_backups()
        elif latest is not None and notice.clickedButton() is notice.restore_button:
            self.restore(latest.path, backup_date(latest))

    # -- new files

    def new_database(self) -> NewDatabaseDialog:
        """File ▸ New Database: a plain or encrypted file, opened in the window."""
        dialog = NewDatabaseDialog(self.window, self.window.casebook.path.parent, self.window)
        dialog.accepted.connect(lambda: self._create(*dialog.chosen))
        return open_modal(dialog)

    def _create(self, path: Path, passphrase: str | None) -> None:
        if self.window.switch_to(path, create=True, passphrase=passphrase):
            self.window.show_message((self.tr("Created {name}, encrypted") if passphrase
                                      else self.tr("Created {name}")).format(name=path.name))

    # -- backups and checks

    def show_backups(self) -> BackupsDialog:
        return open_modal(BackupsDialog(self.window, self.window))

    def back_up(self, *, parent: QWidget | None = None, done: Callable[[str], None] | None = None,
                failed: Callable[[BaseException], None] | None = None) -> None:
        """File ▸ Back Up Now (and the Backups dialog's button): a copy in the rotation;
        ``done`` gets the message saying where (default: the status bar)."""
        keep = backups_to_keep()
        op = QueryOp(self.window, lambda book, job: book.backups.make(keep=keep,
                                                                      progress=job.report),
                     parent=parent or self.window).with_progress(
            self.tr("Backing up the database…")).success(
            lambda path: (done or self.window.show_message)(
                self.tr("Backed up to {path}").format(path=path)))
        if failed is not None:
            op.failure(failed)
        op.run_in_background()

    def check_database(self) -> None:
        """Tools ▸ Check Database: SQLite's full check and the links between records."""
        QueryOp(self.window, lambda book, _job: book.maintenance.check(),
                parent=self.window).with_progress(self.tr("Checking the database…")).success(
            lambda problems: show_check_result(self.window, problems)).run_in_background()

    # -- encryption

    def encrypt(self) -> NewPassphraseDialog:
        dialog = NewPassphraseDialog(self.window, self.window.casebook.path, None, self.window)
        dialog.accepted.connect(lambda: self._encrypt(str(dialog.result_value)))
        return open_modal(dialog)

    def _encrypt(self, key: str) -> None:
        self.replace_file(lambda book: book.security.encrypt(key),
                          self.tr("Encrypting the database…"), self._encrypted)

    def _encrypted(self, plain: list[Path]) -> None:
        self.window.show_message(self.tr("{name} is encrypted now.").format(
            name=self.window.casebook.path.name))
        if plain and questions.ask(
                self.window, self.tr("Plain Backups"),
                self.tr("%n backup(s) made before are not encrypted. Delete them now?", "",
                        len(plain)),
                self.tr("Anyone who gets them can read what the file held then. Keep them "
                        "only if you have not checked yet that the encrypted file opens."),
                self.tr("Delete Plain Backups"), destructive=True):
            QueryOp(self.window, lambda book: book.security.remove_plain_backups(),
                    parent=self.window).success(lambda count: self.window.show_message(
                        self.tr("Deleted %n plain backup(s).", "", count))).run_in_background()

    def change_passphrase(self) -> NewPassphraseDialog:
        book = self.window.casebook
        dialog = NewPassphraseDialog(self.window, book.path, book.passphrase or "", self.window)
        dialog.accepted.connect(lambda: self._change(str(dialog.result_value)))
        return open_modal(dialog)

    def _change(self, key: str) -> None:
        self.replace_file(lambda book: book.security.change_passphrase(key),
                          self.tr("Changing the passphrase…"),
                          lambda _none: self.window.show_message(self.tr(
                              "The passphrase of {name} is changed.").format(
                              name=self.window.casebook.path.name)))

    def export_decrypted(self) -> None:
        """Warn, ask where, and write a plain copy (the open file stays encrypted)."""
        book = self.window.casebook
        if not questions.ask(
                self.window, self.tr("Export Decrypted Copy"),
                self.tr("The copy is not encrypted: anyone who gets it can read every record "
                        "in it, without a passphrase."),
                self.tr("Give it only to someone who needs it, keep it on an encrypted disk, "
                        "and delete it when it is no longer needed."),
                self.tr("Choose Where…")):
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Decrypted Copy"),
            str(book.path.with_name(f"{book.path.stem}-decrypted{book.path.suffix}")),
            database_filter(), options=QFileDialog.Option.DontConfirmOverwrite)
        if chosen:
            target = with_suffix(chosen)
            QueryOp(self.window, lambda book: book.security.decrypt_copy(target),
                    parent=self.window).success(lambda path: self.window.show_message(self.tr(
                        "Wrote a decrypted copy to {path}; keep it safe and delete it when "
                        "done.").format(path=path))).run_in_background()

    # -- replacing the file

    def restore(self, source: Path, date: str, *, done: Callable[[str], None] | None = None,
                failed: Callable[[BaseException], None] | None = None) -> None:
        """Replace the open file with the backup ``source`` (made on ``date``); the file as
        it is is backed up first (a damaged one kept beside it), the pages read again."""
        keep = backups_to_keep()
        self.replace_file(
            lambda book: book.backups.restore(source, keep=keep),
            self.tr("Restoring the backup…"),
            lambda before: (done or self.window.show_message)(self.tr(
                "Restored the backup of {date}; the file as it was is in {path}").format(
                date=date, path=before)),
            failed=failed)

    def replace_file(self, op: Callable[[Casebook], Any], busy_text: str,
                     done: Callable[[Any], None],
                     failed: Callable[[BaseException], None] | None = None) -> None:
        """Run ``op`` (which rewrites the open file) on the worker with the pages emptied;
        ``done(result)`` or ``failed(exc)`` (default: the error's message) afterwards."""
        window = self.window
        window.tasks.drain()
        window.set_replacing(True)
        window.show_message(busy_text)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def finish() -> None:
            QGuiApplication.restoreOverrideCursor()
            window.set_replacing(False)

        def succeeded(result: Any) -> None:
            finish()
            done(result)

        def did_not(exc: BaseException) -> None:
            finish()
            if failed is not None:
                failed(exc)
            elif isinstance(exc, CaseAppError):
                show_error(window, exc)

        QueryOp(window, op, parent=window).success(succeeded).failure(did_not).run_in_background()
