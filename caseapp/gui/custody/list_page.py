# SPDX-License-Identifier: GPL-3.0-or-later
"""A page with a record list on the left and the selected record's details on the right.

It implements the window's ``Page`` protocol (gui/common/page.py) for the hearings,
actions and sources pages; each says which record class it lists, how its list
resets its filters, and which editor opens for a new or the current record.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QSplitter, QWidget

from caseapp.domain import records
from caseapp.domain.changes import Changes

from caseapp.gui.common.record_list import RecordListView
from caseapp.gui.custody.detail_base import RecordDetailPane
from caseapp.gui.ops import CasebookOp

#: First-run proportions of list and detail pane.
DEFAULT_SIZES = (60, 40)


class FilteredListView(RecordListView):
    """A RecordListView that can put its filters back to "show everything"."""

    def reset_filters(self) -> None:
        """Clear search and filter widgets without triggering queries; subclasses extend."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

    def add_filter_row(self, *widgets: QWidget) -> None:
        """A second bar under the search box, for lists with several filters."""
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        self.layout().insertLayout(1, row)

    def size_columns(self, samples: dict[int, str | int]) -> None:
        """Fit each column to a typical value: a sample text ("28 Sep 2025", a label)
        or a number of average characters; the last column stretches anyway."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column, sample in samples.items():
            width = (metrics.averageCharWidth() * sample if isinstance(sample, int)
                     else metrics.horizontalAdvance(sample))
            header.resizeSection(column, width + 2 * metrics.height())

    def enable_sorting(self, column: int, order: Qt.SortOrder) -> None:
        super().enable_sorting(column, order)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable_indicator)

    def _keep_sortable_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """Columns the core cannot sort keep the indicator on the real sort column."""
        keys = self.model.SORT_KEYS
        if column in keys:
            return
        query = self.model.query
        current = next((c for c, key in keys.items() if key == query.sort), None)
        if current is not None:
            order = (Qt.SortOrder.DescendingOrder if query.descending
                     else Qt.SortOrder.AscendingOrder)
            self.table.horizontalHeader().setSortIndicator(current, order)


class ListDetailPage(QSplitter):
    """``list_view`` and ``detail`` kept in step; ``RECORD`` is the listed record class.

    Subclasses implement ``title``, ``new_record`` and ``edit_record(record_id)``.
    """

    message = Signal(str)
    RECORD: type[records.Record] = records.Record

    def __init__(self, host: Any, list_view: FilteredListView, detail: RecordDetailPane,
                 parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.host = host
        self.setChildrenCollapsible(False)
        self.setContentsMargins(6, 6, 6, 0)
        self.list_view, self.detail = list_view, detail
        self.addWidget(list_view)
        self.addWidget(detail)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        list_view.current_changed.connect(detail.show_record)
        list_view.activated.connect(self.edit_record)
        list_view.message.connect(self.message)
        self.edit_action = self._row_action(self.tr("&Edit…"), self.edit_current)
        self.delete_action = self._row_action(self.tr("&Delete"), self.delete_current)
        list_view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.dialog: QDialog | None = None
        self._default_sizes_pending = True

    def _row_action(self, text: str, slot: Callable[[], None]) -> QAction:
        """A context-menu action on the current row; the window's Edit menu owns the keys
        (Del calls ``delete_current``), so a second shortcut here would be ambiguous."""
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.list_view.add_row_action(action)
        return action

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

    def new_record(self) -> None:
        raise NotImplementedError

    def edit_record(self, record_id: int) -> None:
        raise NotImplementedError

    def record_name(self, record_id: int) -> str:
        """How the record is named in messages ("the hearing of 14 Aug 2019")."""
        return ""

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

    def open_dialog(self, dialog: QDialog,
                    on_saved: Callable[[object], None] | None = None) -> None:
        """Show an editor window-modally without blocking; ``on_saved(result_value)`` runs
        after it saved. ``dialog`` stays reachable (tests) until the next one opens."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        if on_saved is not None:
            dialog.accepted.connect(lambda: on_saved(getattr(dialog, "result_value", None)))
        dialog.open()

    def select_created(self, result: object) -> None:
        """After an editor added a record, select it: ``result`` is (record, Changes)."""
        if isinstance(result, tuple) and result and getattr(result[0], "id", None):
            self.open_record(result[0].id)

    def edit_current(self) -> None:
        record_id = self.list_view.current_id()
        if record_id is not None:
            self.edit_record(record_id)

    def delete_current(self) -> None:
        record_id = self.list_view.current_id()
        if record_id is None:
            return
        name = self.record_name(record_id)
        cls = self.RECORD
        CasebookOp(self.host, lambda book: book.delete(cls, record_id), parent=self,
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
