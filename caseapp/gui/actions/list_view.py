# SPDX-License-Identifier: GPL-3.0-or-later
"""The campaign action list: search, status, kind, date range, "due or overdue", table.

Every filter is applied in SQL by the core (``actions.ids``); the search matches
action titles and the names, in any script, of the persons an action is for.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from caseapp.core.casebook import Casebook
from caseapp.core.listing import ListManager
from caseapp.domain.enums import ActionKind, ActionStatus

from caseapp.gui.actions.table_model import ActionQuery, ActionTableModel, Column
from caseapp.gui.common.date_filter import DateFilter
from caseapp.gui.common.fields import EnumCombo
from caseapp.gui.common.formatting import format_date
from caseapp.gui.common.record_list import RecordListView

#: Initial widths of the text columns in average characters; the last column stretches.
COLUMN_CHARS: dict[int, str | int] = {Column.TITLE: 32, Column.PERSONS: 22}
SAMPLE_DAY = date(2025, 9, 28)


class ActionListView(RecordListView):
    """Search box, status and kind filters, from/until dates, "due or overdue", table."""

    model: ActionTableModel

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(host, ActionTableModel, parent)
        self.describe(search_hint=self.tr("Search titles and the persons actions are for…"),
                      search_name=self.tr("Search actions"), table_name=self.tr("Campaign actions"),
                      count_name=self.tr("Number of actions listed"))
        self._build_filters()
        self._size_columns()
        self.enable_sorting(Column.DATE, Qt.SortOrder.DescendingOrder)

    def _build_filters(self) -> None:
        self.status_filter = EnumCombo(ActionStatus, self, allow_any=self.tr("All statuses"))
        self.status_filter.setAccessibleName(self.tr("Show actions with status"))
        self.kind_filter = EnumCombo(ActionKind, self, allow_any=self.tr("All kinds"))
        self.kind_filter.setAccessibleName(self.tr("Show actions of kind"))
        self.from_date = DateFilter("start", until=False, placeholder=self.tr("From"),
                                    tip=self.tr("Actions on or after this date"), parent=self)
        self.to_date = DateFilter("end", until=True, placeholder=self.tr("Until"),
                                  tip=self.tr("Actions on or before this date"), parent=self)
        self.due_only = QCheckBox(self.tr("D&ue or overdue"), self)
        self.due_only.setToolTip(self.tr("Only planned actions whose due date is today or past"))
        for combo in (self.status_filter, self.kind_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        for box in (self.from_date, self.to_date):
            box.editingFinished.connect(self.apply_filters)
        self.due_only.toggled.connect(lambda _on: self.apply_filters())
        self.add_filter_row(*self._filters())

    def _filters(self) -> tuple[QWidget, ...]:
        return (self.status_filter, self.kind_filter, self.from_date, self.to_date, self.due_only)

    def _size_columns(self) -> None:
        day = format_date(SAMPLE_DAY)
        self.size_columns({
            **COLUMN_CHARS, Column.DATE: day,
            Column.DUE: self.model.overdue_text(day),
            Column.KIND: max((kind.label() for kind in ActionKind), key=len),
            Column.STATUS: max((status.label() for status in ActionStatus), key=len)})

    # -- RecordListView

    def make_query(self, text: str) -> ActionQuery:
        query = self.model.query
        return ActionQuery(text, self.status_filter.value(), self.kind_filter.value(),
                           self.from_date.bound(), self.to_date.bound(),
                           date.today() if self.due_only.isChecked() else None,
                           query.sort, query.descending)

    def listing(self, book: Casebook) -> ListManager[Any]:
        return book.actions

    def reset_filters(self) -> None:
        super().reset_filters()
        self.from_date.reset()
        self.to_date.reset()
        for widget in (self.status_filter, self.kind_filter, self.due_only):
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(0)
        self.kind_filter.setCurrentIndex(0)
        self.due_only.setChecked(False)
        for widget in (self.status_filter, self.kind_filter, self.due_only):
            widget.blockSignals(False)
