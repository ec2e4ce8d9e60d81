# SPDX-License-Identifier: GPL-3.0-or-later
"""The record list of the hearings, actions and sources pages, with filters it can reset.

The pages themselves are ``ListDetailPage``s (gui/common/list_detail_page.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from caseapp.gui.common.record_list import RecordListView


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
