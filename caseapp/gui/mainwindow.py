# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: owns the open Casebook, the task runner, the navigator and the pages.

It is the one app-wide object and the ``PageHost`` of every page (gui/common/page.py).
The pages sit beside the navigator on one screen of ``screens``; the lock screen
(gui/safety/lock.py) is the other, and locking deletes the pages, which are made anew
when the file is open again.
Commands run through ``gui.ops``; when one has committed, ``operation_did_execute``
hands its Changes to every loaded page and refreshes the Undo/Redo texts (Anki's
``on_operation_did_execute``). A page is loaded the first time it is shown, so
opening a database queries only what the volunteer looks at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from caseapp.core.casebook import Casebook
from caseapp.domain.changes import Changes

from caseapp.gui import dialogs
from caseapp.gui.common.page import Page
from caseapp.gui.common.settings import gui_settings
from caseapp.gui.exchange.bundle_actions import BundleExchange
from caseapp.gui.help import AboutDialog, GuideDialog
from caseapp.gui.navigator import Navigator
from caseapp.gui.ops import CasebookOp
from caseapp.gui.pages import PAGES, PageStack
from caseapp.gui.safety.file_safety import FileSafety
from caseapp.gui.safety.lock import WindowLock
from caseapp.gui.tasks import TaskRunner
from caseapp.gui.window_actions import WindowActions
from caseapp.gui.window_file import FIRST_PAGE, DatabaseFileMixin

if TYPE_CHECKING:
    from caseapp.gui.persons.page import PersonsPage


class MainWindow(DatabaseFileMixin, QMainWindow):
    """Attributes: ``casebook`` (the open database), ``tasks`` (the runner all database
    work goes through), ``pages`` (key → page widget, in navigator order),
    ``page_of_table`` (table → the key of the page that lists it), ``navigator``,
    ``stack`` (the pages), ``screens`` (pages or lock screen), ``menu_actions`` (the
    menus' actions), ``safety`` (checks, encryption, backups) and ``locking`` (lock and
    panic). ``persons`` is the Persons page, which the Dashboard and Reports also use.
    """

    #: The first page has shown its data: the window is usable (start-up benchmark).
    ready = Signal()

    def __init__(self, casebook: Casebook, tasks: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.casebook = casebook
        self.tasks = tasks
        self._closed = False
        self._changed_since_open = False
        self._ready = False
        self.replacing = False
        self.setObjectName("mainWindow")
        self.menu_actions = WindowActions(self)
        self._build_pages()
        self.safety = FileSafety(self)
        self.exchange = BundleExchange(self)
        self.locking = WindowLock(self)
        self.menu_actions.build_menus()
        self.db_label = QLabel(self)
        self.db_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.db_label)
        self.restore_state()
        self.show_database()
        self.menu_actions.refresh_file_actions()

    # -- pages

    def _build_pages(self) -> None:
        self.page_of_table = {spec.table: spec.key for spec in PAGES if spec.table}
        self.navigator = Navigator(self)
        self.stack = QStackedWidget(self)
        self.pages = PageStack(self, self.stack, self._page_made)
        for number, spec in enumerate(PAGES, start=1):
            action = self.menu_actions.add_page(spec.key, spec.title(), number)
            self.navigator.add_page(spec.title(), spec.key, action.shortcut().toString(
                action.shortcut().SequenceFormat.NativeText))
        self.navigator.currentRowChanged.connect(self._navigator_moved)
        self._content = QWidget(self)
        self._content_layout = QHBoxLayout(self._content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self._content_layout.setSpacing(0)
        self._content_layout.addWidget(self.navigator)
        self._make_page_stack()
        self.screens = QStackedWidget(self)
        self.screens.addWidget(self._content)
        self.setCentralWidget(self.screens)

    def _make_page_stack(self) -> None:
        """A stack of placeholders; each page is made when first shown."""
        self.stack = QStackedWidget(self._content)
        self.pages = PageStack(self, self.stack, self._page_made)
        self._loaded: set[str] = set()
        self._content_layout.addWidget(self.stack, 1)

    def drop_pages(self) -> None:
        """Delete every page and all it showed (lock, panic); ``show_pages`` makes them anew."""
        for page in self.pages.made.values():
            page.clear()
        self._content_layout.removeWidget(self.stack)
        self.stack.hide()
        self.stack.deleteLater()
        self._make_page_stack()

    def show_pages(self) -> None:
        self.screens.setCurrentWidget(self._content)
        self.show_page(self.current_key() or FIRST_PAGE, focus=False)

    def clear_pages(self) -> None:
        """Show nothing of the file; each page reads it again when next shown."""
        for key in self._loaded:
            self.pages[key].clear()
        self._loaded.clear()

    def reload_current_page(self) -> None:
        if self.current_key():
            self._ensure_loaded(self.current_key())

    @property
    def persons(self) -> PersonsPage:
        """The Persons page (made if needed), which the Dashboard and Reports also use."""
        return cast("PersonsPage", self.pages["persons"])

    def _page_made(self, key: str, page: Page) -> None:
        page.message.connect(self.show_message)
        page.loaded.connect(self._page_loaded)
        settings = gui_settings()
        settings.beginGroup(key)
        page.restore_state({name: settings.value(name) for name in settings.childKeys()})
        settings.endGroup()

    def _page_loaded(self) -> None:
        if not self._ready:
            self._ready = True
            self.ready.emit()

    def current_key(self) -> str:
        return self.navigator.key_at(self.navigator.currentRow()) or ""

    def current_page(self) -> Page | None:
        key = self.current_key()
        return self.pages[key] if key else None

    def show_page(self, key: str, *, focus: bool = True) -> Page:
        """Bring page ``key`` to the front (loading it if needed); returns the page."""
        page = self.pages[key]
        row = self.navigator.row_of(key)
        if self.navigator.currentRow() != row:
            self.navigator.blockSignals(True)
            self.navigator.setCurrentRow(row)
            self.navigator.blockSignals(False)
        self.stack.setCurrentWidget(self.pages.widget(key))
        self.menu_actions.show_current_page(key)
        self._ensure_loaded(key)
        if focus:
            page.focus_search()
        return page

    def _navigator_moved(self, row: int) -> None:
        key = self.navigator.key_at(row)
        if key:
            self.show_page(key, focus=False)

    def _ensure_loaded(self, key: str) -> None:
        """Read the page's data, unless it is read already or the window is locked."""
        if key not in self._loaded and not self.locking.locked:
            self._loaded.add(key)
            self.pages[key].reload()

    # -- PageHost

    def operation_did_execute(self, changes: Changes, origin: object | None) -> None:
        self._changed_since_open = True
        for key in self._loaded:
            self.pages[key].on_changes(changes)
        self.menu_actions.refresh_undo()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def open_record(self, table: str, record_id: int) -> None:
        """Show the page of ``table`` with record ``record_id`` selected."""
        self.show_page(self.page_of_table[table], focus=False).open_record(record_id)

    def show_persons_with_status(self, status: str) -> None:
        """The Persons page, listing only the persons with ``status``."""
        self.show_page("persons", focus=False)
        self.persons.show_status(status)

    # -- Edit menu

    def undo(self) -> None:
        CasebookOp(self, lambda book: book.undo_step(), parent=self).success(
            lambda changes: self._after_history(changes, self.tr("Undone: {step}"))
        ).run_in_background()

    def redo(self) -> None:
        CasebookOp(self, lambda book: book.redo_step(), parent=self).success(
            lambda changes: self._after_history(changes, self.tr("Redone: {step}"))
        ).run_in_background()

    def _after_history(self, changes: Changes, template: str) -> None:
        if changes.step:
            self.show_message(template.format(step=changes.step))

    def new_record(self) -> None:
        self._on_current_page(lambda page: page.new_record())

    def delete_current(self) -> None:
        self._on_current_page(lambda page: page.delete_current())

    def focus_search(self) -> None:
        self._on_current_page(lambda page: page.focus_search())

    def _on_current_page(self, act: Callable[[Page], object]) -> None:
        page = self.current_page()
        if page is not None:
            act(page)

    # -- Tools and Help menus

    def show_settings(self) -> None:
        dialogs.open_settings(self)

    def show_reports(self) -> None:
        dialogs.open_reports(self, self.selected_person_ids())

    def paste_article(self) -> None:
        dialogs.open_paste_article(self)

    def selected_person_ids(self) -> list[int]:
        """The persons selected on the Persons page (for a brief about them)."""
        return self.persons.selected_ids()

    def show_about(self) -> AboutDialog:
        return dialogs.open_modal(AboutDialog(self))

    def show_guide(self) -> GuideDialog:
        """Help ▸ Volunteer Guide: beside the window (not modal), to read while working."""
        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closed:
            self._closed = True
            self.save_state()
            self.close_casebook()
            self.tasks.shutdown()
        event.accept()

