# SPDX-License-Identifier: GPL-3.0-or-later
"""A searchable, filterable list of records over a LazyTableModel.

Typing restarts a short timer; the query runs when the volunteer pauses, on the
database worker, and the model drops answers to queries that were overtaken. Every
record list of the window (persons, cases, hearings, actions, sources) subclasses it:
it names its widgets (``describe``), adds filter widgets (``add_filter``,
``add_filter_row``) and says how they are put back (``reset_filters``), how the
widgets make a query (``make_query``) and which of the Casebook's list managers
answers it (``listing``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.casebook import Casebook
from caseapp.core.listing import ListManager
from caseapp.domain.changes import Changes

from caseapp.gui.common.lazy_model import LazyTableModel, ListSource
from caseapp.gui.common.list_source import ManagerSource
from caseapp.gui.common.tables import read_only_table
from caseapp.gui.ops import OpHost

SEARCH_DELAY_MS = 150
#: The count label is wide enough for this many records, so it does not jump.
WIDEST_COUNT = 100000

#: Builds the view's model from (its source, parent).
ModelFactory = Callable[[ListSource, QWidget], LazyTableModel]


class RecordListView(QWidget):
    """Search box, filters, count and table; emits the current record's id.

    ``current_changed`` carries an int, or None when nothing is selected;
    ``activated`` an id on double-click or Enter; ``message`` a status-bar text.
    """

    current_changed = Signal(object)
    activated = Signal(int)
    message = Signal(str)

    def __init__(self, host: OpHost, model_factory: ModelFactory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.model = model_factory(ManagerSource(host, self.listing, self), self)
        self._wanted_id: int | None = None
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._connect()

    # -- for subclasses

    def describe(self, *, search_hint: str, search_name: str, table_name: str,
                 count_name: str, search_tip: str = "") -> None:
        """The translated texts of the search box, the table and the count."""
        self.search.setPlaceholderText(search_hint)
        self.search.setToolTip(search_tip)
        self.search.setAccessibleName(search_name)
        self.table.setAccessibleName(table_name)
        self.count_label.setAccessibleName(count_name)

    def make_query(self, text: str) -> Any:
        """The model's query from the search text and the filter widgets."""
        raise NotImplementedError

    def listing(self, book: Casebook) -> ListManager[Any]:
        """The Casebook's manager that answers this list's queries (``book.persons``)."""
        raise NotImplementedError

    def add_filter(self, widget: QWidget) -> None:
        """Put a filter widget in the bar; call ``apply_filters`` when it changes."""
        self._bar.insertWidget(self._bar.count() - 1, widget)

    def add_filter_row(self, *widgets: QWidget) -> None:
        """A second bar under the search box, for lists with several filters."""
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch(1)
        self._layout.insertLayout(1, row)

    def add_bar_button(self, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        """A button in the search bar (New…, Export…) that calls ``slot`` when clicked."""
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        self.add_filter(button)
        return button

    def reset_filters(self) -> None:
        """Clear search and filter widgets without triggering queries; subclasses extend."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)

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

    def _build(self) -> None:
        self._row_actions: list[QAction] = []
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(
            self._count_text(WIDEST_COUNT)))
        self.table = self._make_table()
        self._bar = QHBoxLayout()
        self._bar.addWidget(self.search, 1)
        self._bar.addWidget(self.count_label)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(self._bar)
        self._layout.addWidget(self.table, 1)

    def _make_table(self) -> QTableView:
        table = read_only_table(self, self.model, "")
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def size_columns(self, samples: Mapping[int, str | int]) -> None:
        """Fit each column to a typical value: a sample text ("28 Sep 2025", a label)
        or a number of average characters; the last column stretches anyway."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column, sample in samples.items():
            width = (metrics.averageCharWidth() * sample if isinstance(sample, int)
                     else metrics.horizontalAdvance(sample))
            header.resizeSection(column, width + 2 * metrics.height())

    def enable_sorting(self, column: int, order: Qt.SortOrder) -> None:
        """Show the initial sort indicator, then let header clicks sort in SQL.

        The indicator is set first: enabling sorting sorts by it at once."""
        header = self.table.horizontalHeader()
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_sortable_indicator)

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

    def _search_now_and_focus_table(self) -> None:
        self.apply_filters()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remember_current(self) -> None:
        self._wanted_id = self.current_id()

    def _after_load(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self._count_text(count))
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

    def _count_text(self, count: int) -> str:
        return self.tr("Showing {count}").format(count=count)
