# SPDX-License-Identifier: GPL-3.0-or-later
"""Lock and panic: File ▸ Lock (Ctrl+L), the automatic lock after idle minutes, and
File ▸ Panic (Ctrl+Shift+L).

Locking saves the view, closes every dialog, drains the database worker and closes the
file (``book.close()``), then deletes the pages with everything they showed and puts
the lock screen in their place; the title names only the file. Unlocking opens the
file again as a new Casebook (with the passphrase, for an encrypted file) and makes
the pages anew. Panic does the same at once (queued database work is dropped, no
backup is made) and also clears the recent files, the saved view, the picture cache
and the clipboard, leaving a window with no file named from which another can be opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QPixmapCache
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog

from caseapp.core import settings as preferences
from caseapp.core.casebook import Casebook
from caseapp.domain.errors import CaseAppError, PassphraseNeeded, WrongPassphrase

from caseapp.gui.common.errors import show_error
from caseapp.gui.common.settings import forget_recent, forget_view, open_casebook
from caseapp.gui.safety.idle import IdleWatch
from caseapp.gui.safety.lock_screen import LockScreen
from caseapp.gui.safety.opening import open_book, wait_cursor

if TYPE_CHECKING:
    from caseapp.gui.mainwindow import MainWindow

MINUTE_MS = 60_000


class WindowLock(QObject):
    """Attached to the main window as ``window.locking``. Attributes: ``locked`` (the lock
    screen is shown), ``forgotten`` (after a panic, until a file is opened), ``screen``
    and ``idle`` (the IdleWatch that locks after the set minutes)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self.forgotten = False
        self._encrypted = False
        self.screen = LockScreen(window.screens)
        window.screens.addWidget(self.screen)
        self.screen.unlock_requested.connect(self.unlock)
        self.screen.open_requested.connect(window.open_database)
        self.idle = IdleWatch(self)
        self.idle.idle.connect(self.lock)
        self.apply_settings()

    def apply_settings(self) -> None:
        """The idle minutes from the preferences (0: never lock by itself)."""
        self.idle.watch(preferences.load().lock_after_minutes * MINUTE_MS)

    # -- locking

    def lock(self) -> None:
        if self.locked:
            return
        window = self.window
        self._encrypted = window.casebook.encrypted
        window.save_state()
        self._hide_everything()
        window.close_casebook()
        self._forget_in_memory()
        self._show_screen()
        self.screen.show_locked(window.casebook.path.name, encrypted=self._encrypted)
        window.show_file_name_only()

    def panic(self) -> None:
        """Close at once and leave no trace of what was open in the window's own files."""
        window = self.window
        self._hide_everything()
        if not self.locked:
            window.tasks.cancel_pending()
            window.close_casebook(back_up=False)
        self._forget_in_memory()
        self.forgotten = True
        forget_recent()
        forget_view()
        QPixmapCache.clear()
        QGuiApplication.clipboard().clear()
        self._show_screen()
        self.screen.show_closed()
        window.show_no_file()

    def _hide_everything(self) -> None:
        close_dialogs()
        self.window.drop_pages()
        self.window.statusBar().clearMessage()

    def _forget_in_memory(self) -> None:
        """What the closed file's object still holds: its undo history (the values of
        records before and after each change) and its passphrase (unlocking asks again)."""
        book = self.window.casebook
        book.undo.clear()
        book.passphrase = None

    def _show_screen(self) -> None:
        self.locked = True
        self.idle.pause()
        self.window.screens.setCurrentWidget(self.screen)
        self.window.menu_actions.refresh_file_actions()

    # -- unlocking

    def unlock(self, passphrase: str) -> None:
        """Open the locked file again; a wrong passphrase leaves it locked with a message."""
        try:
            book = self._reopen(passphrase)
        except (WrongPassphrase, PassphraseNeeded) as exc:
            self.screen.show_error(str(exc))
            return
        except CaseAppError as exc:
            show_error(self.window, exc)
            return
        if book is not None:
            self.window.take_over(book)

    def _reopen(self, passphrase: str) -> Casebook | None:
        path = self.window.casebook.path
        if not self._encrypted:  # encrypted meanwhile (by the CLI)? then it asks
            return open_book(self.window, path)
        if not passphrase:
            raise PassphraseNeeded(self.tr("Type the passphrase of {name}.").format(
                name=path.name))
        with wait_cursor():
            return open_casebook(path, passphrase=passphrase)

    def leave(self) -> None:
        """A file was opened: the pages come back and the idle time counts again."""
        self.forgotten = False
        if not self.locked:
            return
        self.locked = False
        self.screen.clear()
        self.window.show_pages()
        self.idle.resume()


def close_dialogs() -> None:
    """Close every dialog and message box without saving and delete it, hidden ones too
    (an editor stays alive after it closed, with the record in its fields); a progress
    dialog is cancelled instead, which stops its job and rolls its changes back."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog):
            if widget.isVisible():
                widget.canceled.emit()
        elif isinstance(widget, QDialog):
            if widget.isVisible():
                # done(), not reject(): a changed form must not stop the lock to ask
                # "Discard changes?" with the record still on screen
                widget.done(QDialog.DialogCode.Rejected)
            widget.deleteLater()
