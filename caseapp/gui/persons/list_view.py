# SPDX-License-Identifier: GPL-3.0-or-later
"""The person list: search-as-you-type, status and tag filters and the lazy table.

Typing restarts a short timer; the query runs when the volunteer pauses, on the
database worker, and the model drops answers to queries that were overtaken.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.enums import PersonStatus

from caseapp.gui.common.tag_widgets import TagFilter
from caseapp.gui.persons.custody_filter import CustodyFilter
from caseapp.gui.ops import CasebookOp, OpHost, QueryOp
from caseapp.gui.persons.status_style import StatusIcons
from caseapp.gui.persons.table_model import SORT_KEYS, Column, PersonQuery, PersonTableModel

SEARCH_DELAY_MS = 150
#: Initial column widths in average character widths; the last column stretches.
COLUMN_CHARS = {Column.NAME: 28, Column.FACILITY: 22, Column.ARTICLES: 16}


class PersonListView(QWidget):
    """Search box, status filter, count and table; emits the current person's id.

    ``person_changed`` carries an int, or None when nothing is selected;
    ``activated`` a person's id on double-click or Enter (the page opens the editor).
    ``message`` carries a short text for the status bar. ``_pending_id`` is a person
    to select once the list has been read again (one just saved, or opened from
    elsewhere).
    """

    person_changed = Signal(object)
    activated = Signal(int)
    message = Signal(str)

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._wanted_id: int | None = None
        self._pending_id: int | None = None
        self.model = PersonTableModel(self._fetch_rows, self._load_ids, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._build()
        self._connect()

    # -- public

    def reload(self) -> None:
        self.model.reload()
        self.tag_filter.reload()
        self.custody_filter.reload()

    def clear(self) -> None:
        self.model.clear()

    def on_changes(self, changes: Changes) -> None:
        self.model.on_changes(changes)
        self.tag_filter.on_changes(changes)
        self.custody_filter.on_changes(changes)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def show_person(self, person_id: int) -> None:
        """Select ``person_id``; if the filters hide it, clear them and select it then."""
        if self.select_person(person_id):
            return
        self._pending_id = person_id
        query = self.model.query
        if query.text or query.status or query.tag or self.custody_filter.is_active():
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.tag_filter.clear_filter()
            self.custody_filter.clear_filter()
            self._apply_filters()
        else:
            self.model.reload()

    def delete_current(self) -> None:
        """Move the current person to the trash (undoable)."""
        person_id = self.current_id()
        if person_id is None:
            return
        name = self.model.index(self.table.currentIndex().row(), Column.NAME).data() or ""
        CasebookOp(self._host, lambda book: book.trash.delete(records.Person, person_id),
                   parent=self, origin=self).success(
            lambda _changes: self.message.emit(self.tr(
                "Moved “{name}” to the trash. Undo brings it back.").format(name=name))
        ).run_in_background()

    # -- building

    def _build(self) -> None:
        self.search = self._make_search()
        self.status_filter = self._make_status_filter()
        self.tag_filter = TagFilter(self._host, self)
        self.custody_filter = CustodyFilter(self._host, self)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of persons listed"))
        self.count_label.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.tr("Showing {count}").format(count=100000)))
        self.table = self._make_table()
        self.delete_action = self._make_delete_action()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.tag_filter)
        bar.addWidget(self.count_label)
        second = QHBoxLayout()
        second.addWidget(self.custody_filter)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(self.table, 1)

    def _make_search(self) -> QLineEdit:
        search = QLineEdit(self)
        search.setPlaceholderText(self.tr("Search names in any script, case numbers, notes…"))
        search.setToolTip(self.tr("Find persons as you type (Ctrl+F)"))
        search.setAccessibleName(self.tr("Search persons"))
        search.setClearButtonEnabled(True)
        return search

    def _make_status_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Show persons with status"))
        combo.addItem(self.tr("All statuses"), None)
        icons = StatusIcons()
        for status in PersonStatus:
            combo.addItem(icons.icon(status.value), status.label(), status.value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setAccessibleName(self.tr("Persons"))
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * 1.7))
        self._setup_header(table.horizontalHeader())
        # Set the indicator first: enabling sorting sorts by it at once (a needless query).
        table.horizontalHeader().setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        return table

    def _setup_header(self, header: QHeaderView) -> None:
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.fontMetrics()
        for column, chars in COLUMN_CHARS.items():
            header.resizeSection(column, chars * metrics.averageCharWidth())
        widest = max(metrics.horizontalAdvance(status.label()) for status in PersonStatus)
        header.resizeSection(Column.STATUS, widest + 3 * metrics.height())

    def _make_delete_action(self) -> QAction:
        action = QAction(self.tr("&Delete Person"), self)
        action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setStatusTip(self.tr("Move the selected person to the trash"))
        action.setEnabled(False)
        action.triggered.connect(self.delete_current)
        self.table.addAction(action)
        return action

    def _connect(self) -> None:
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._search_now_and_focus_table)
        self._search_timer.timeout.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.tag_filter.changed.connect(self._apply_filters)
        self.custody_filter.changed.connect(self._apply_filters)
        self.table.doubleClicked.connect(self._activate)
        open_action = QAction(self)
        open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_action.triggered.connect(lambda: self._activate(self.table.currentIndex()))
        self.table.addAction(open_action)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable_indicator)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.ids_loaded.connect(self._after_load)

    # -- behaviour

    def _fetch_rows(self, ids: list[int]) -> list:
        return self._host.casebook.persons.rows(ids)

    def _load_ids(self, query: PersonQuery, deliver: Callable[[list[int]], None]) -> None:
        QueryOp(self._host, lambda book: book.persons.ids(
            text=query.text, status=query.status, tag=query.tag, sort=query.sort,
            descending=query.descending, facility_id=query.facility_id,
            detained_from=query.detained_from, detained_to=query.detained_to),
            parent=self).success(deliver).run_in_background()

    def _apply_filters(self) -> None:
        self._search_timer.stop()
        query = self.model.query
        start, end = self.custody_filter.bounds()
        wanted = PersonQuery(self.search.text().strip(), self.status_filter.currentData(),
                             query.sort, query.descending, self.tag_filter.tag(),
                             self.custody_filter.facility_id(), start, end)
        if wanted != query:
            self.model.set_query(wanted)

    def _search_now_and_focus_table(self) -> None:
        self._apply_filters()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep_sortable_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """Columns the core cannot sort keep the indicator on the real sort column."""
        if Column(column) in SORT_KEYS:
            return
        query = self.model.query
        current = next(c for c, key in SORT_KEYS.items() if key == query.sort)
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(current, order)

    def _remember_current(self) -> None:
        self._wanted_id = self.current_id()

    def _after_load(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("Showing {count}").format(count=count))
        wanted, self._wanted_id = self._wanted_id, None
        pending, self._pending_id = self._pending_id, None
        if pending is not None and self.select_person(pending):
            return
        if wanted is not None and self.select_person(wanted):
            return
        current = self.table.currentIndex()
        if count and not self.table.selectionModel().isRowSelected(max(current.row(), 0)):
            self.table.selectRow(max(current.row(), 0))
        if not count:
            self.person_changed.emit(None)

    def _activate(self, index: QModelIndex) -> None:
        person_id = self.model.id_at(index.row()) if index.isValid() else None
        if person_id is not None:
            self.activated.emit(person_id)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        person_id = self.model.id_at(current.row()) if current.isValid() else None
        self.delete_action.setEnabled(person_id is not None)
        self.person_changed.emit(person_id)
