# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window's menus and the actions in them, with their standard shortcuts.

Kept apart from mainwindow.py so the window module is about pages and the database,
and this one about what the volunteer can reach from the menu bar and keyboard.
Every action calls a method of the window; none holds state of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from caseapp.core import settings as preferences

from caseapp.gui import dialogs
from caseapp.gui.common.settings import forget_recent
from caseapp.gui.undo import UndoActionsInfo

if TYPE_CHECKING:
    from caseapp.gui.mainwindow import MainWindow

Shortcut = QKeySequence.StandardKey | str | None


class WindowActions(QObject):
    """Attributes: one QAction per command (``undo``, ``redo``, ``find``, ``delete``…),
    ``pages`` (one checkable action per navigator entry, Ctrl+1 …), and the menus
    (``file_menu``, ``recent_menu``, ``edit_menu``, ``view_menu``, ``tools_menu``,
    ``help_menu``).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._file_actions(window)
        self._safety_actions(window)
        self._edit_actions(window)
        self._tools_actions(window)
        self.pages: dict[str, QAction] = {}
        self._page_group = QActionGroup(self)

    # -- building

    def _file_actions(self, w: MainWindow) -> None:
        self.new_record = self._action(self.tr("&New…"), w.new_record,
                                       QKeySequence.StandardKey.New)
        self.new_record.setStatusTip(self.tr("Add a record to the list you are looking at"))
        self.new_database = self._action(self.tr("New &Database…"), lambda: w.safety.new_database(),
                                         "Ctrl+Shift+N")
        self.new_database.setStatusTip(self.tr("Create an empty database file and open it"))
        self.open = self._action(self.tr("&Open Database…"), w.open_database,
                                 QKeySequence.StandardKey.Open)
        self.settings = self._action(self.tr("&Settings…"), w.show_settings,
                                     QKeySequence.StandardKey.Preferences)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = self._action(self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

    def _safety_actions(self, w: MainWindow) -> None:
        self.backup = self._action(self.tr("&Back Up Now"), lambda: w.safety.back_up())
        self.backup.setStatusTip(self.tr("Copy the database into the backup folder"))
        self.backups = self._action(self.tr("Bac&kups…"), lambda: w.safety.show_backups())
        self.backups.setStatusTip(self.tr("See the backups, restore one, or replace them "
                                           "with one fresh backup"))
        self.encrypt = self._action(self.tr("&Encrypt Database…"), lambda: w.safety.encrypt())
        self.encrypt.setStatusTip(self.tr("Encrypt the open file with a passphrase"))
        self.change_passphrase = self._action(self.tr("C&hange Passphrase…"),
                                              lambda: w.safety.change_passphrase())
        self.export_decrypted = self._action(self.tr("E&xport Decrypted Copy…"),
                                             lambda: w.safety.export_decrypted())
        self.export_decrypted.setStatusTip(self.tr("Write a copy that opens without the "
                                                   "passphrase"))
        self.lock = self._action(self.tr("&Lock"), lambda: w.locking.lock(), "Ctrl+L")
        self.lock.setStatusTip(self.tr("Close the database and hide it until it is unlocked"))
        self.panic = self._action(self.tr("&Panic: Close and Forget"),
                                  lambda: w.locking.panic(), "Ctrl+Shift+L")
        self.panic.setStatusTip(self.tr("Close the database at once and clear the recent "
                                        "files, the saved view and the clipboard"))

    def _edit_actions(self, w: MainWindow) -> None:
        self.undo = self._action(self.tr("&Undo"), w.undo, QKeySequence.StandardKey.Undo)
        self.redo = self._action(self.tr("&Redo"), w.redo)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.find = self._action(self.tr("&Find…"), w.focus_search,
                                 QKeySequence.StandardKey.Find)
        self.find.setStatusTip(self.tr("Search the list you are looking at"))
        self.delete = self._action(self.tr("&Delete"), w.delete_current,
                                   QKeySequence.StandardKey.Delete)
        self.delete.setStatusTip(self.tr("Move the selected record to the trash"))

    def _tools_actions(self, w: MainWindow) -> None:
        self.paste_article = self._action(self.tr("&Paste Article…"), w.paste_article,
                                          "Ctrl+Shift+V")
        self.paste_article.setStatusTip(self.tr(
            "Paste a news article and turn it into persons, cases and hearings"))
        self.import_table = self._action(self.tr("&Import Spreadsheet…"),
                                         lambda: dialogs.open_table_import(w))
        self.import_table.setStatusTip(self.tr(
            "Import persons, cases, facilities, detentions or hearings from CSV or XLSX"))
        self.reports = self._action(self.tr("&Reports…"), w.show_reports, "Ctrl+P")
        self.reports.setStatusTip(self.tr("Write a dossier, brief or hearing schedule as PDF"))
        self.export_bundle = self._action(self.tr("E&xport Bundle…"),
                                          lambda: w.exchange.export_bundle())
        self.export_bundle.setStatusTip(self.tr("Write the records to a file for a colleague's "
                                                "caseapp"))
        self.import_bundle = self._action(self.tr("&Import Bundle…"),
                                          lambda: w.exchange.import_bundle())
        self.import_bundle.setStatusTip(self.tr("Merge a colleague's bundle into this database"))
        self.conflicts = self._action(self.tr("Exchange C&onflicts…"),
                                      lambda: w.exchange.show_conflicts())
        self.check = self._action(self.tr("&Check Database"), lambda: w.safety.check_database())
        self.check.setStatusTip(self.tr("Look for damage in the database file"))
        self.guide = self._action(self.tr("Volunteer &Guide"), w.show_guide,
                                  QKeySequence.StandardKey.HelpContents)
        self.guide.setStatusTip(self.tr("First case, articles, reports, backups and "
                                        "safety, step by step"))
        self.about = self._action(self.tr("&About CaseApp"), w.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(self, text: str, slot: Callable[[], object], shortcut: Shortcut = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def add_page(self, key: str, title: str, number: int) -> QAction:
        """A View-menu entry for a page; Ctrl+number for the first nine."""
        action = self._action(title, lambda: self.window.show_page(key),
                              f"Ctrl+{number}" if number <= 9 else None)
        action.setCheckable(True)
        self._page_group.addAction(action)
        self.pages[key] = action
        return action

    def build_menus(self) -> None:
        bar = self.window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.recent_menu = QMenu(self.tr("Open &Recent"), self.file_menu)
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        self._fill(self.file_menu, [self.new_record, None, self.new_database, self.open,
                                    self.recent_menu, None, self.import_table, None,
                                    self.backup, self.backups, None,
                                    self.encrypt, self.change_passphrase, self.export_decrypted,
                                    None, self.lock, self.panic, None, self.settings, None,
                                    self.quit])
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self._fill(self.edit_menu, [self.undo, self.redo, None, self.find, self.delete])
        self.view_menu = bar.addMenu(self.tr("&View"))
        self._fill(self.view_menu, list(self.pages.values()))
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self._fill(self.tools_menu, [self.paste_article, self.reports, None, self.export_bundle,
                                     self.import_bundle, self.conflicts, None, self.check])
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._fill(self.help_menu, [self.guide, None, self.about])

    @staticmethod
    def _fill(menu: QMenu, items: list[QAction | QMenu | None]) -> None:
        for item in items:
            if item is None:
                menu.addSeparator()
            elif isinstance(item, QMenu):
                menu.addMenu(item)
            else:
                menu.addAction(item)

    # -- state

    def fill_recent_menu(self) -> None:
        """Rebuilt each time it opens, from the shared preferences (the CLI adds to them)."""
        self.recent_menu.clear()
        current = self.window.casebook.path.resolve()
        recent = [Path(p) for p in preferences.load().recent_files]
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path != current and path.exists())
            action.triggered.connect(lambda _checked=False, p=path: self.window.switch_to(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent databases")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("&Clear Menu")).triggered.connect(forget_recent)

    def refresh_undo(self) -> None:
        info = UndoActionsInfo.from_history(self.window.casebook.undo)
        usable = self._file_usable()
        self.undo.setText(info.undo_text)
        self.undo.setEnabled(info.can_undo and usable)
        self.redo.setText(info.redo_text)
        self.redo.setEnabled(info.can_redo and usable)

    def refresh_file_actions(self) -> None:
        """What needs an open file is disabled while locked or while the file is being
        replaced; the encryption entries follow whether the file is encrypted."""
        usable = self._file_usable()
        for action in self._needs_file():
            action.setEnabled(usable)
        encrypted = self.window.casebook.encrypted
        self.encrypt.setEnabled(usable and not encrypted)
        self.change_passphrase.setEnabled(usable and encrypted)
        self.export_decrypted.setEnabled(usable and encrypted)
        for action in (self.new_database, self.open, self.panic):
            action.setEnabled(not self.window.replacing)
        self.recent_menu.setEnabled(not self.window.replacing)
        self.refresh_undo()

    def _file_usable(self) -> bool:
        return not self.window.locking.locked and not self.window.replacing

    def _needs_file(self) -> list[QAction]:
        return [self.new_record, self.backup, self.backups, self.lock, self.settings,
                self.find, self.delete, self.paste_article, self.import_table, self.reports,
                self.check, self.export_bundle, self.import_bundle, self.conflicts,
                *self.pages.values()]

    def show_current_page(self, key: str) -> None:
        if key in self.pages:
            self.pages[key].setChecked(True)
