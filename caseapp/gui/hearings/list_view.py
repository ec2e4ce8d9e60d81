# SPDX-License-Identifier: GPL-3.0-or-later
"""The hearing list: search, a date range, "missing outcome only", and the lazy table.

All filtering happens in SQL through the core: the search text finds hearings by court,
judge, observers, outcome and notes, and by their case (number, title, any party's name
in any script).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from caseapp.core.casebook import Casebook
from caseapp.core.listing import ListManager
from caseapp.domain.enums import HearingKind

from caseapp.gui.common.date_filter import DateFilter
from caseapp.gui.common.formatting import format_date
from caseapp.gui.common.record_list import RecordListView
from caseapp.gui.hearings.table_model import Column, HearingQuery, HearingTableModel

SAMPLE_DAY = date(2025, 9, 28)
#: Initial widths of the text columns in average characters; the last column stretches.
COLUMN_CHARS: dict[int, str | int] = {Column.COURT: 26, Column.DEFENDANTS: 24}


class HearingListView(RecordListView):
    """Search box, from/to dates, the missing-outcome switch, count and table."""

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(host, HearingTableModel, parent)
        self.describe(search_hint=self.tr("Search case, defendant, court, judge…"),
                      search_name=self.tr("Search hearings"), table_name=self.tr("Hearings"),
                      count_name=self.tr("Number of hearings listed"))
        self.from_date = DateFilter("start", until=False, placeholder=self.tr("From"),
                                    tip=self.tr("Hearings on or after this date"), parent=self)
        self.to_date = DateFilter("end", until=True, placeholder=self.tr("Until"),
                                  tip=self.tr("Hearings on or before this date"), parent=self)
        self.missing_outcome = QCheckBox(self.tr("&Missing outcome only"), self)
        self.missing_outcome.setToolTip(self.tr("Only hearings whose outcome is not recorded"))
        self.missing_outcome.toggled.connect(lambda _on: self.apply_filters())
        self.add_filter_row(self.from_date, self.to_date, self.missing_outcome)
        for box in (self.from_date, self.to_date):
            box.editingFinished.connect(self.apply_filters)
        self.size_columns({**COLUMN_CHARS, Column.DATE: format_date(SAMPLE_DAY),
                           Column.TIME: "00:00", Column.CASE: "2025-07510-000",
                           Column.KIND: max((kind.label() for kind in HearingKind), key=len)})
        self.enable_sorting(Column.DATE, Qt.SortOrder.AscendingOrder)

    # -- RecordListView

    def make_query(self, text: str) -> HearingQuery:
        query = self.model.query
        return HearingQuery(text, self.from_date.bound(), self.to_date.bound(),
                            self.missing_outcome.isChecked(),
                            query.sort, query.descending)

    def listing(self, book: Casebook) -> ListManager[Any]:
        return book.hearings

    def reset_filters(self) -> None:
        super().reset_filters()
        self.from_date.reset()
        self.to_date.reset()
        self.missing_outcome.blockSignals(True)
        self.missing_outcome.setChecked(False)
        self.missing_outcome.blockSignals(False)
