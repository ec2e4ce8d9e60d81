# SPDX-License-Identifier: GPL-3.0-or-later
"""A page with a record list on the left and the selected record's details on the right.

It implements the window's ``Page`` protocol (gui/common/page.py) for the persons, cases,
hearings, actions and sources pages: the splitter with its first-run proportions, the
saved splitter and header state, the plumbing from the protocol to the list (a
``RecordListView``) and the pane (a ``RecordDetailPane``), the context menu and the
editor dialogs. Each page says which record class it lists and which editor opens for
a new or the current record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QPushButton, QSplitter, QWidget

from caseapp.core.exports import TABLE_ENTITY
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.views import DeleteImpact

from caseapp.gui.common.delete_question import confirm_delete
from caseapp.gui.common.export_dialog import ExportDialog
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.common.page import PageHost
from caseapp.gui.common.record_list import RecordListView
from caseapp.gui.custody.detail_base import RecordDetailPane
from caseapp.gui.ops import CasebookOp, QueryOp

#: First-run proportions of list and detail pane.
DEFAULT_SIZES = (60, 40)
D = TypeVar("D", bound=BaseDialog)


class ListDetailPage(QSplitter):
    """``list_view`` and ``detail`` kept in step; ``RECORD`` is the listed record class.

    Subclasses implement ``title``, ``new_record`` and ``edit_record(record_id)``, both
    returning the editor they open. ``left_side`` may put more than the list on the
    left (a bar of buttons above it). ``dialog`` is the editor opened last.
    """

    message = Signal(str)
    loaded = Signal()
    RECORD: type[records.Record] = records.Record

    def __init__(self, host: PageHost, list_view: RecordListView, detail: RecordDetailPane,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.host = host
        self.setChildrenCollapsible(False)
        self.setContentsMargins(6, 6, 6, 0)
        self.list_view, self.detail = list_view, detail
        self.addWidget(self.left_side())
        self.addWidget(detail)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        list_view.message.connect(self.message)
        list_view.model.ids_loaded.connect(self.loaded)
        self.dialog: QDialog | None = None
        self._default_sizes_pending = True
        list_view.current_changed.connect(detail.show_record)
        list_view.activated.connect(self.edit_record)
        self._row_action(self.tr("&Edit…"), self.edit_current)
        self._row_action(self.tr("&Delete"), self.delete_current)
        list_view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.export_button = list_view.add_bar_button(
            self.tr("Export…"), self.tr("Save the records listed (with this search and these "
                                        "filters) as a spreadsheet or JSON"), self.export_list)

    def left_side(self) -> QWidget:
        """The splitter's left widget: the list, or a widget holding it (called once)."""
        return self.list_view

    def add_new_button(self, text: str, tip: str) -> QPushButton:
        """A button in the list's bar that opens the editor for a new record."""
        return self.list_view.add_bar_button(text, tip, self.new_record)

    def export_list(self) -> ExportDialog:
        """The export dialog for what the list shows now."""
        entity = TABLE_ENTITY[self.RECORD.TABLE]
        return self.open_dialog(ExportDialog(self.host, entity, self.list_view.model.query,
                                             self.title(), parent=self))

    def _row_action(self, text: str, slot: Callable[[], object]) -> None:
        """A context-menu action on the current row; the window's Edit menu owns the keys
        (Del calls ``delete_current``), so a second shortcut here would be ambiguous."""
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.list_view.add_row_action(action)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_default_sizes()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_default_sizes()

    def _apply_default_sizes(self) -> None:
        """On first run, split the real width in DEFAULT_SIZES proportions once it is known
        (the page may be resized while hidden in the window's stack: wait until shown)."""
        if (self._default_sizes_pending and self.isVisible()
                and self.width() > 2 * self.handleWidth()):
            self._default_sizes_pending = False
            total = sum(DEFAULT_SIZES)
            self.setSizes([self.width() * part // total for part in DEFAULT_SIZES])

    # -- for subclasses

    def title(self) -> str:
        raise NotImplementedError

    def new_record(self) -> QDialog:
        raise NotImplementedError

    def edit_record(self, record_id: int) -> QDialog:
        raise NotImplementedError

    def record_name(self, record_id: int) -> str:
        """How the record is named in messages ("the hearing of 14 Aug 2019")."""
        return ""

    def listed_row(self, record_id: int) -> Any:
        """The list's display row of ``record_id``, or None when it is not listed."""
        model = self.list_view.model
        position = model.row_of(record_id)
        return model.row_at(position) if position is not None else None

    # -- Page protocol

    def reload(self) -> None:
        self.list_view.reload()

    def clear(self) -> None:
        self.list_view.clear()
        self.detail.clear()

    def on_changes(self, changes: Changes) -> None:
        self.list_view.on_changes(changes)
        self.detail.on_changes(changes)

    def focus_search(self) -> None:
        self.list_view.focus_search()

    def open_record(self, record_id: int) -> None:
        """Select the record; if the search or a filter hides it, clear them first."""
        view = self.list_view
        if view.select_record(record_id):
            return

        def select_when_loaded() -> None:
            view.model.ids_loaded.disconnect(select_when_loaded)
            view.select_record(record_id)

        view.model.ids_loaded.connect(select_when_loaded)
        view.reset_filters()
        view.model.set_query(view.make_query(""))

    def open_dialog(self, dialog: D, on_saved: Callable[[Any], None] | None = None) -> D:
        """Show an editor window-modally without blocking; ``on_saved(result_value)`` runs
        after it saved. ``dialog`` stays reachable (tests) until the next one opens."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        if on_saved is not None:
            dialog.accepted.connect(lambda: on_saved(dialog.result_value))
        dialog.open()
        return dialog

    def select_created(self, result: object) -> None:
        """After an editor added a record, select it: ``result`` is (record, Changes)."""
        if isinstance(result, tuple) and result and getattr(result[0], "id", None):
            self.open_record(result[0].id)

    def edit_current(self) -> QDialog | None:
        record_id = self.list_view.current_id()
        return self.edit_record(record_id) if record_id is not None else None

    def delete_current(self) -> None:
        """Move the current record to the trash; first ask, naming what goes with it and
        what stays, when other records depend on it."""
        record_id = self.list_view.current_id()
        if record_id is None:
            return
        name = self.record_name(record_id) or self.tr("the record")
        cls = self.RECORD
        QueryOp(self.host, lambda book: book.trash.impact(cls, record_id), parent=self).success(
            lambda impact: self._delete_after_asking(record_id, name, impact)
        ).run_in_background()

    def _delete_after_asking(self, record_id: int, name: str, impact: DeleteImpact) -> None:
        if not impact.empty and not confirm_delete(self, impact, name):
            return
        cls = self.RECORD
        CasebookOp(self.host, lambda book: book.trash.delete(cls, record_id), parent=self,
                   origin=self).success(
            lambda _changes: self.message.emit(self.tr(
                "Moved {name} to the trash. Undo brings it back.").format(name=name))
        ).run_in_background()

    def save_state(self) -> dict[str, QByteArray]:
        return {"splitter": self.saveState(),
                "header": self.list_view.table.horizontalHeader().saveState()}

    def restore_state(self, state: dict[str, Any]) -> None:
        splitter = state.get("splitter")
        self._default_sizes_pending = (not isinstance(splitter, QByteArray)
                                       or not self.restoreState(splitter))
        if isinstance(state.get("header"), QByteArray):
            self.list_view.table.horizontalHeader().restoreState(state["header"])
