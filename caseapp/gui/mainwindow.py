# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: owns the open Casebook, the task runner, the menus and the pages.

It is the one app-wide object. Commands run through ``gui.ops``; when one has
committed, ``operation_did_execute`` hands its Changes to every page and refreshes
the Undo/Redo texts (Anki's ``on_operation_did_execute``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from caseapp import APP_NAME, __version__
from caseapp.core.casebook import Casebook
from caseapp.domain.changes import Changes
from caseapp.domain.errors import CaseAppError

from caseapp.gui.common.errors import show_error
from caseapp.gui.common.settings import (
    backups_to_keep,
    gui_settings,
    open_casebook,
    remember_recent,
)
from caseapp.gui.ops import CasebookOp, QueryOp
from caseapp.gui.persons.page import PersonsPage
from caseapp.gui.tasks import TaskRunner
from caseapp.gui.undo import UndoActionsInfo

DATABASE_FILTER = "*.sqlite *.db"
DEFAULT_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    """Attributes: ``casebook`` (the open database), ``tasks`` (the runner all
    database work goes through), ``persons`` (the Persons page), and the actions
    the menus and tests use (``undo_action``, ``redo_action``, ``find_action``…).
    """

    def __init__(self, casebook: Casebook, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self.tasks = tasks
        self._closed = False
        self.setObjectName("mainWindow")
        self.persons = PersonsPage(self, self)
        self.setCentralWidget(self.persons)
        self._db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._db_label)
        self._build_actions()
        self._build_menus()
        self.persons.list_view.message.connect(self.show_message)
        self._restore_state()
        self._show_database()
        self.persons.reload()

    # -- OpHost

    def operation_did_execute(self, changes: Changes, origin: object | None) -> None:
        self.persons.on_changes(changes)
        self.refresh_undo_actions()

    # -- actions

    def _build_actions(self) -> None:
        self.open_action = self._action(self.tr("&Open Database…"), self.open_database,
                                        QKeySequence.StandardKey.Open)
        self.backup_action = self._action(self.tr("&Back Up Now"), self.back_up)
        self.backup_action.setStatusTip(self.tr("Copy the database into the backup folder"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo_action = self._action(self.tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(self.tr("&Redo"), self.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.find_action = self._action(self.tr("&Find Person"), self.persons.focus_search,
                                        QKeySequence.StandardKey.Find)
        self.about_action = self._action(self.tr("&About CaseApp"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.refresh_undo_actions()

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence.StandardKey | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.addActions([self.open_action, self.backup_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find_action, self.persons.list_view.delete_action])
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(self.about_action)

    def refresh_undo_actions(self) -> None:
        info = UndoActionsInfo.from_history(self.casebook.undo)
        self.undo_action.setText(info.undo_text)
        self.undo_action.setEnabled(info.can_undo)
        self.redo_action.setText(info.redo_text)
        self.redo_action.setEnabled(info.can_redo)

    # -- commands

    def undo(self) -> None:
        CasebookOp(self, lambda book: book.undo_step(), parent=self).success(
            self._undid).run_in_background()

    def redo(self) -> None:
        CasebookOp(self, lambda book: book.redo_step(), parent=self).success(
            self._redid).run_in_background()

    def _undid(self, changes: Changes) -> None:
        if changes.step:
            self.show_message(self.tr("Undone: {step}").format(step=changes.step))

    def _redid(self, changes: Changes) -> None:
        if changes.step:
            self.show_message(self.tr("Redone: {step}").format(step=changes.step))

    def back_up(self) -> None:
        keep = backups_to_keep()
        QueryOp(self, lambda book: book.maintenance.backup(keep=keep), parent=self).success(
            lambda path: self.show_message(self.tr("Backed up to {path}").format(path=path))
        ).run_in_background()

    def open_database(self) -> None:
        start = str(self.casebook.path.parent)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open Database"), start,
            self.tr("CaseApp databases ({patterns});;All files (*)").format(
                patterns=DATABASE_FILTER))
        if chosen:
            self.switch_to(Path(chosen))

    def switch_to(self, path: Path) -> bool:
        """Close the open database and open ``path``; on failure the old one is reopened."""
        old_path = self.casebook.path
        self.persons.clear()
        self._close_casebook()
        try:
            with _wait_cursor():
                self.casebook = open_casebook(path)
        except CaseAppError as exc:
            show_error(self, exc)
            self.casebook = open_casebook(old_path)
        self._show_database()
        self.refresh_undo_actions()
        self.persons.reload()
        return self.casebook.path == path

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About CaseApp"), self.tr(
            "<h3>CaseApp {version}</h3><p>Offline case tracking for groups that defend "
            "political detainees.</p><p>Free software under the GNU GPL, version 3 or "
            "later.</p>").format(version=__version__))

    # -- window state

    def _show_database(self) -> None:
        self.setWindowTitle(self.tr("{name} — {app}").format(
            name=self.casebook.path.name, app=APP_NAME))
        self.setWindowFilePath(str(self.casebook.path))
        self._db_label.setText(_display_path(self.casebook.path))
        self._db_label.setToolTip(self.tr("The open database file"))
        remember_recent(self.casebook.path)

    def _restore_state(self) -> None:
        settings = gui_settings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.persons.restore_state({key: settings.value(f"persons/{key}")
                                    for key in ("splitter", "header")})

    def _save_state(self) -> None:
        settings = gui_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        for key, value in self.persons.save_state().items():
            settings.setValue(f"persons/{key}", value)

    def _close_casebook(self) -> None:
        """Close the worker's connection (after queued jobs), then this thread's."""
        book = self.casebook
        self.tasks.drain(book.close)
        book.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self._save_state()
            self._close_casebook()
            self.tasks.shutdown()
        event.accept()


def _display_path(path: Path) -> str:
    """The file's path with the home folder shortened to "~"."""
    try:
        return str(Path("~") / path.resolve().relative_to(Path.home()))
    except ValueError:
        return str(path)


@contextmanager
def _wait_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
