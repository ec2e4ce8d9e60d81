# SPDX-License-Identifier: GPL-3.0-or-later
"""The case list: search by number, title or defendant's name, status and tag filters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from caseapp.core.casebook import Casebook
from caseapp.core.listing import ListManager
from caseapp.domain.changes import Changes
from caseapp.domain.enums import CaseStatus

from caseapp.gui.cases.table_model import CaseQuery, CaseTableModel, Column
from caseapp.gui.common.record_list import RecordListView
from caseapp.gui.common.tag_widgets import TagFilter
from caseapp.gui.ops import OpHost

#: Initial column widths in average character widths (besides the padding); the last
#: column stretches.
COLUMN_CHARS: dict[int, str | int] = {Column.NUMBER: 9, Column.TITLE: 25, Column.DEFENDANTS: 21,
                                      Column.ARTICLES: 7, Column.STATUS: 9}


class CaseListView(RecordListView):
    """Search box, status and tag filters, count and the lazy case table."""

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(host, CaseTableModel, parent)
        self.describe(search_hint=self.tr("Search case numbers, titles, defendants…"),
                      search_tip=self.tr("Find cases as you type (Ctrl+F)"),
                      search_name=self.tr("Search cases"), table_name=self.tr("Cases"),
                      count_name=self.tr("Number of cases listed"))
        self.status_filter = self._make_status_filter()
        self.tag_filter = TagFilter(host, self)
        self.add_filter(self.status_filter)
        self.add_filter(self.tag_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.tag_filter.changed.connect(self.apply_filters)
        self.size_columns(COLUMN_CHARS)
        self.enable_sorting(Column.OPENED, Qt.SortOrder.DescendingOrder)

    # -- RecordListView

    def make_query(self, text: str) -> CaseQuery:
        query = self.model.query
        return CaseQuery(text, self.status_filter.currentData(), self.tag_filter.tag(),
                         query.sort, query.descending)

    def listing(self, book: Casebook) -> ListManager[Any]:
        return book.cases

    def reload(self) -> None:
        super().reload()
        self.tag_filter.reload()

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        self.tag_filter.on_changes(changes)

    def reset_filters(self) -> None:
        super().reset_filters()
        for combo in (self.status_filter, self.tag_filter):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(0)

    # -- building

    def _make_status_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Show cases with status"))
        combo.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            combo.addItem(status.label(), status.value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo
