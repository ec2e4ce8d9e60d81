# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list: search by number, title or defendant's name, status and tag filters."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget

from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.enums import CaseStatus

from caseapp.gui.cases.table_model import SORT_KEYS, CaseQuery, CaseTableModel, Column
from caseapp.gui.common.record_list import RecordListView
from caseapp.gui.common.tag_widgets import TagFilter
from caseapp.gui.ops import CasebookOp, OpHost

#: Initial column widths in average character widths; the last column stretches.
COLUMN_CHARS = {Column.NUMBER: 14, Column.TITLE: 30, Column.DEFENDANTS: 26,
                Column.ARTICLES: 12, Column.STATUS: 14}


class CaseListView(RecordListView):
    """Search box, status and tag filters, count and the lazy case table.

    ``_pending_id`` is a case to select once the list has been read again.
    """

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(host, CaseTableModel, search_hint="", name="", parent=parent)
        self._pending_id: int | None = None
        self.search.setPlaceholderText(self.tr("Search case numbers, titles, defendants…"))
        self.search.setToolTip(self.tr("Find cases as you type (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.table.setAccessibleName(self.tr("Cases"))
        self.count_label.setAccessibleName(self.tr("Number of cases listed"))
        self.status_filter = self._make_status_filter()
        self.tag_filter = TagFilter(host, self)
        self.add_filter(self.status_filter)
        self.add_filter(self.tag_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.tag_filter.changed.connect(self.apply_filters)
        self.model.ids_loaded.connect(self._select_pending)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sortable_indicator)
        self._size_columns()
        self.enable_sorting(Column.OPENED, Qt.SortOrder.DescendingOrder)

    # -- RecordListView

    def make_query(self, text: str) -> CaseQuery:
        query = self.model.query
        return CaseQuery(text, self.status_filter.currentData(), self.tag_filter.tag(),
                         query.sort, query.descending)

    def load_ids(self, book, query: CaseQuery) -> list[int]:
        return book.cases.ids(text=query.text, status=query.status, tag=query.tag,
                              sort=query.sort, descending=query.descending)

    def fetch_rows(self, ids: list[int]) -> list:
        return self.host.casebook.cases.rows(ids)

    def reload(self) -> None:
        super().reload()
        self.tag_filter.reload()

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        self.tag_filter.on_changes(changes)

    # -- commands

    def show_case(self, case_id: int) -> None:
        """Select ``case_id``; if the filters hide it, clear them and select it then."""
        if self.select_record(case_id):
            return
        self._pending_id = case_id
        query = self.model.query
        if query.text or query.status or query.tag:
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.tag_filter.clear_filter()
            self.apply_filters()
        else:
            self.model.reload()

    def delete_current(self) -> None:
        """Move the current case to the trash (undoable)."""
        case_id = self.current_id()
        if case_id is None:
            return
        row = self.model.row_at(self.table.currentIndex().row())
        label = (row.case_number or row.title) if row is not None else ""
        CasebookOp(self.host, lambda book: book.trash.delete(records.Case, case_id), parent=self,
                   origin=self).success(
            lambda _changes: self.message.emit(self.tr(
                "Moved case “{case}” to the trash. Undo brings it back.").format(case=label))
        ).run_in_background()

    # -- building and behaviour

    def _make_status_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Show cases with status"))
        combo.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            combo.addItem(status.label(), status.value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _size_columns(self) -> None:
        header, width = self.table.horizontalHeader(), self.fontMetrics().averageCharWidth()
        for column, chars in COLUMN_CHARS.items():
            header.resizeSection(column, chars * width)

    def _select_pending(self) -> None:
        pending, self._pending_id = self._pending_id, None
        if pending is not None:
            self.select_record(pending)

    def _keep_sortable_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """Columns the core cannot sort keep the indicator on the real sort column."""
        if column in SORT_KEYS:
            return
        query = self.model.query
        current = next(c for c, key in SORT_KEYS.items() if key == query.sort)
        order = Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(current, order)
