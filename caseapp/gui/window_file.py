# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window's side of the database file: opening another one, closing the open one,
showing which file is open (and that it is damaged), and saving the window's view.

A mixin of ``MainWindow``, kept apart so that mainwindow.py is about the pages. Every
file is opened through ``safety.opening.open_book`` (which asks for a passphrase) and
closed through ``close_casebook`` (which backs up what changed on the worker first).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow

from caseapp import APP_NAME
from caseapp.core.casebook import Casebook
from caseapp.domain.errors import CaseAppError

from caseapp.gui.common.errors import show_error
from caseapp.gui.common.settings import backups_to_keep, gui_settings, remember_recent
from caseapp.gui.safety.new_database import database_filter
from caseapp.gui.safety.opening import open_book

if TYPE_CHECKING:
    from caseapp.gui.pages import PageStack
    from caseapp.gui.safety.file_safety import FileSafety
    from caseapp.gui.safety.lock import WindowLock
    from caseapp.gui.tasks import TaskRunner
    from caseapp.gui.window_actions import WindowActions

    WindowBase = QMainWindow
else:
    WindowBase = object

FIRST_PAGE = "dashboard"
# The window's strings keep the context "MainWindow" (a mixin's ``self.tr`` would not
# find them); called by this name so that lupdate collects them.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)


class DatabaseFileMixin(WindowBase):
    """What it needs of the window: ``casebook``, ``tasks``, ``menu_actions``, ``safety``,
    ``locking``, ``pages``, ``db_label`` (the status bar's file name), ``replacing`` and
    the page methods named below."""

    casebook: Casebook
    tasks: TaskRunner
    menu_actions: WindowActions
    safety: FileSafety
    locking: WindowLock
    pages: PageStack
    db_label: QLabel
    replacing: bool
    _changed_since_open: bool

    if TYPE_CHECKING:
        def clear_pages(self) -> None: ...
        def reload_current_page(self) -> None: ...
        def current_key(self) -> str: ...
        def show_page(self, key: str, *, focus: bool = True) -> object: ...

    def open_database(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, translate("MainWindow", "Open Database"), str(self.casebook.path.parent),
            database_filter())
        if chosen:
            self.switch_to(Path(chosen))

    def switch_to(self, path: Path, *, create: bool = False,
                  passphrase: str | None = None) -> bool:
        """Open ``path`` (asking for its passphrase if needed), then close the open file.
        On any failure, or Cancel, the open file stays as it was; returns whether it
        switched."""
        try:
            book = open_book(self, path, create=create, passphrase=passphrase)
        except CaseAppError as exc:
            show_error(self, exc)
            return False
        if book is None:
            return False
        self.take_over(book, created=create)
        return True

    def take_over(self, book: Casebook, *, created: bool = False) -> None:
        """Close the open file (backed up if it changed) and show ``book``; its quick check
        and daily backup follow on the worker."""
        self.clear_pages()
        self.close_casebook()
        self.casebook = book
        self._changed_since_open = False
        self.locking.leave()
        self.show_database()
        self.menu_actions.refresh_file_actions()
        self.reload_current_page()
        self.safety.check_opened(daily=not created)

    def set_replacing(self, replacing: bool) -> None:
        """While a command rewrites the file: pages empty, window and menus disabled;
        afterwards the file is shown again (its passphrase or contents may be new)."""
        self.replacing = replacing
        self.centralWidget().setEnabled(not replacing)
        if replacing:
            self.clear_pages()
        else:
            self.show_database()
            self.reload_current_page()
        self.menu_actions.refresh_file_actions()

    def show_database(self) -> None:
        """The open file's name in the title and its path in the status bar."""
        self.show_file_name_only()
        self.setWindowFilePath(str(self.casebook.path))
        self.db_label.setText(display_path(self.casebook.path))
        self.db_label.setStyleSheet("")
        self.db_label.setToolTip(translate("MainWindow", "The open database file"))
        remember_recent(self.casebook.path)

    def show_damaged(self) -> None:
        """The status bar says the open file is damaged and only read."""
        self.db_label.setText(translate("MainWindow", "{path} — damaged, read-only").format(
            path=display_path(self.casebook.path)))
        self.db_label.setStyleSheet("color: #b3261e;")
        self.db_label.setToolTip(translate(
            "MainWindow", "SQLite's check found errors in this file; caseapp writes nothing "
            "to it. Restore a backup from File ▸ Backups."))

    def show_file_name_only(self) -> None:
        self.setWindowTitle(translate("MainWindow", "{name} — {app}").format(
            name=self.casebook.path.name, app=APP_NAME))

    def show_no_file(self) -> None:
        """After a panic: no file named anywhere in the window."""
        self.setWindowTitle(APP_NAME)
        self.setWindowFilePath("")
        self.db_label.clear()
        self.db_label.setToolTip("")

    def close_casebook(self, *, back_up: bool = True) -> None:
        """Back up if anything changed, close the worker's connection, then this thread's."""
        book, keep = self.casebook, backups_to_keep()
        changed = back_up and self._changed_since_open
        self._changed_since_open = False

        def final_job() -> None:
            try:
                if changed:
                    book.backups.make(keep=keep)
            except (OSError, CaseAppError):
                log.warning("the automatic backup on closing failed", exc_info=True)
            book.close()

        self.tasks.drain(final_job)
        book.close()

    # -- window state

    def restore_state(self) -> None:
        settings = gui_settings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        last = str(settings.value("window/page") or FIRST_PAGE)
        first = next(iter(self.pages), "")
        self.show_page(last if last in self.pages else first, focus=False)

    def save_state(self) -> None:
        """Geometry always; the view (page states, last page) unless a panic forgot it."""
        settings = gui_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        if self.locking.forgotten:
            return
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/page", self.current_key())
        for key, page in self.pages.made.items():
            for name, value in page.save_state().items():
                settings.setValue(f"{key}/{name}", value)


def display_path(path: Path) -> str:
    """The file's path with the home folder shortened to "~"."""
    try:
        return str(Path("~") / path.resolve().relative_to(Path.home()))
    except ValueError:
        return str(path)
