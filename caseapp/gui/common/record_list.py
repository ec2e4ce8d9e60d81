# SPDX-License-Identifier: GPL-3.0-or-later
"""A searchable, filterable list of records over a LazyTableModel.

Typing restarts a short timer; the query runs when the volunteer pauses, on the
database worker, and the model drops answers to queries that were overtaken. Feature
lists subclass it: they add filter widgets (``add_filter``), say how the widgets make
a query (``make_query``) and how ids are loaded (``load_ids``) and rows fetched
(``fetch_rows``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout,
    QWidget,
)

from caseapp.domain.changes import Changes

from caseapp.gui.common.lazy_model import LazyTableModel
from caseapp.gui.ops import OpHost, QueryOp

SEARCH_DELAY_MS = 150

#: Builds the view's model from (fetch_rows, load_ids, parent).
ModelFactory = Callable[[Callable, Callable, QWidget], LazyTableModel]


class RecordListView(QWidget):
    """Search box, filters, count and table; emits the current record's id.

    ``current_changed`` carries an int, or None when nothing is selected;
    ``activated`` an id on double-click or Enter; ``message`` a status-bar text.
    """

    current_changed = Signal(object)
    activated = Signal(int)
    message = Signal(str)

    def __init__(self, host: OpHost, model_factory: ModelFactory, *, search_hint: str,
                 name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = model_factory(self.fetch_rows, self._load, self)
        self._wanted_id: int | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build(search_hint, name)
        self._connect()

    # -- for subclasses

    def make_query(self, text: str) -> Any:
        """The model's query from the search text and the filter widgets."""
        raise NotImplementedError

    def load_ids(self, book, query: Any) -> list[int]:
        """Runs on the worker: the ids for ``query``."""
        raise NotImplementedError

    def fetch_rows(self, ids: list[int]) -> list:
        raise NotImplementedError

    def add_filter(self, widget: QWidget) -> None:
        """Put a filter widget in the bar; call ``apply_filters`` when it changes."""
        self._bar.insertWidget(self._bar.count() - 1, widget)

    def add_row_action(self, action: QAction) -> None:
        """An action on the current record (Delete, Edit…), enabled when one is selected."""
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setEnabled(False)
        self.table.addAction(action)
        self._row_actions.append(action)

    # -- public

    def reload(self) -> None:
        self.model.reload()

    def clear(self) -> None:
        self.model.clear()

    def on_changes(self, changes: Changes) -> None:
        self.model.on_changes(changes)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_record(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.make_query(self.search.text().strip())
        if query != self.model.query:
            self.model.set_query(query)

    # -- building

    def _build(self, search_hint: str, name: str) -> None:
        self._row_actions: list[QAction] = []
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(search_hint)
        self.search.setAccessibleName(self.tr("Search {name}").format(name=name))
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of records listed"))
        self.table = self._make_table(name)
        self._bar = QHBoxLayout()
        self._bar.addWidget(self.search, 1)
        self._bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._bar)
        layout.addWidget(self.table, 1)

    def _make_table(self, name: str) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(name)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.7))
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    def enable_sorting(self, column: int, order: Qt.SortOrder) -> None:
        """Show the initial sort indicator, then let header clicks sort in SQL."""
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.table.setSortingEnabled(True)

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now_and_focus_table)
        self._search_timer.timeout.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.doubleClicked.connect(self._activate)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.ids_loaded.connect(self._after_load)
        open_action = QAction(self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._activate(self.table.currentIndex()))
        self.table.addAction(open_action)

    # -- behaviour

    def _load(self, query: Any, deliver: Callable[[list[int]], None]) -> None:
        QueryOp(self.host, lambda book: self.load_ids(book, query), parent=self).success(
            deliver).run_in_background()

    def _search_now_and_focus_table(self) -> None:
        self.apply_filters()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remember_current(self) -> None:
        self._wanted_id = self.current_id()

    def _after_load(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("Showing {count}").format(count=count))
        wanted, self._wanted_id = self._wanted_id, None
        if wanted is not None and self.select_record(wanted):
            return
        current = self.table.currentIndex()
        if count and not self.table.selectionModel().isRowSelected(max(current.row(), 0)):
            self.table.selectRow(max(current.row(), 0))
        if not count:
            self.current_changed.emit(None)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        for action in self._row_actions:
            action.setEnabled(record_id is not None)
        self.current_changed.emit(record_id)

    def _activate(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row()) if index.isValid() else None
        if record_id is not None:
            self.activated.emit(record_id)
