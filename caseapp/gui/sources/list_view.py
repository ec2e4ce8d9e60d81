# SPDX-License-Identifier: GPL-3.0-or-later
"""The source list: search over titles, publishers and full texts, and the lazy table."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caseapp.core.casebook import Casebook
from caseapp.core.listing import ListManager

from caseapp.gui.common.formatting import format_date
from caseapp.gui.common.record_list import RecordListView
from caseapp.gui.sources.table_model import Column, SourceQuery, SourceTableModel

#: Initial widths of the text columns in average characters; the last column stretches.
COLUMN_CHARS: dict[int, str | int] = {Column.TITLE: 36, Column.PUBLISHER: 16, Column.LANGUAGE: 6}
SAMPLE_DAY = date(2025, 9, 28)


class SourceListView(RecordListView):
    """Search box, count and table of sources."""

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(host, SourceTableModel, parent)
        self.describe(search_hint=self.tr("Search titles, publishers and texts…"),
                      search_name=self.tr("Search sources"), table_name=self.tr("Sources"),
                      count_name=self.tr("Number of sources listed"))
        self.size_columns({**COLUMN_CHARS, Column.PUBLISHED: format_date(SAMPLE_DAY)})
        self.enable_sorting(Column.PUBLISHED, Qt.SortOrder.DescendingOrder)

    def make_query(self, text: str) -> SourceQuery:
        query = self.model.query
        return SourceQuery(text, query.sort, query.descending)

    def listing(self, book: Casebook) -> ListManager[Any]:
        return book.sources

