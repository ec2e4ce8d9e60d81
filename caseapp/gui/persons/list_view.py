# SPDX-License-Identifier: GPL-3.0-or-later
"""The person list: search in any script, status, tag and custody filters, the lazy table.

A ``RecordListView`` like every other list of the window; what is particular to
persons is the status filter with the status colours, the tag filter beside it and
the custody filters (facility, detained from / until) on a second row.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from caseapp.core.casebook import Casebook
from caseapp.core.listing import ListManager
from caseapp.domain.changes import Changes
from caseapp.domain.enums import PersonStatus

from caseapp.gui.common.record_list import RecordListView
from caseapp.gui.common.tag_widgets import TagFilter
from caseapp.gui.ops import OpHost
from caseapp.gui.persons.custody_filter import CustodyFilter
from caseapp.gui.persons.status_style import StatusIcons
from caseapp.gui.persons.table_model import Column, PersonQuery, PersonTableModel

#: Initial column widths in average character widths (besides the padding); the last
#: column stretches.
COLUMN_CHARS: dict[int, str | int] = {Column.NAME: 23, Column.FACILITY: 17, Column.ARTICLES: 11}


class PersonListView(RecordListView):
    """Search box, status and tag filters, count, custody filters and the person table."""

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(host, PersonTableModel, parent)
        self.describe(search_hint=self.tr("Search names in any script, case numbers, notes…"),
                      search_tip=self.tr("Find persons as you type (Ctrl+F)"),
                      search_name=self.tr("Search persons"), table_name=self.tr("Persons"),
                      count_name=self.tr("Number of persons listed"))
        self.status_filter = self._make_status_filter()
        self.tag_filter = TagFilter(host, self)
        self.custody_filter = CustodyFilter(host, self)
        self.add_filter(self.status_filter)
        self.add_filter(self.tag_filter)
        self.add_filter_row(self.custody_filter)
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.tag_filter.changed.connect(self.apply_filters)
        self.custody_filter.changed.connect(self.apply_filters)
        widest_status = max((status.label() for status in PersonStatus), key=len)
        self.size_columns({**COLUMN_CHARS, Column.STATUS: widest_status + "\u2003"})  # + dot
        self.enable_sorting(Column.NAME, Qt.SortOrder.AscendingOrder)

    # -- RecordListView

    def make_query(self, text: str) -> PersonQuery:
        query = self.model.query
        start, end = self.custody_filter.bounds()
        return PersonQuery(text, self.status_filter.currentData(), query.sort, query.descending,
                           self.tag_filter.tag(), self.custody_filter.facility_id(), start, end)

    def listing(self, book: Casebook) -> ListManager[Any]:
        return book.persons

    def reload(self) -> None:
        super().reload()
        self.tag_filter.reload()
        self.custody_filter.reload()

    def on_changes(self, changes: Changes) -> None:
        super().on_changes(changes)
        self.tag_filter.on_changes(changes)
        self.custody_filter.on_changes(changes)

    def reset_filters(self) -> None:
        super().reset_filters()
        for combo in (self.status_filter, self.tag_filter):
            with QSignalBlocker(combo):
                combo.setCurrentIndex(0)
        self.custody_filter.clear_filter()

    # -- commands

    def show_status(self, status: str) -> None:
        """Only the persons with ``status``: the other filters are put back first."""
        self.reset_filters()
        with QSignalBlocker(self.status_filter):
            self.status_filter.setCurrentIndex(max(self.status_filter.findData(status), 0))
        self.apply_filters()

    def selected_ids(self) -> list[int]:
        current = self.current_id()
        return [current] if current is not None else []

    # -- building

    def _make_status_filter(self) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Show persons with status"))
        combo.addItem(self.tr("All statuses"), None)
        icons = StatusIcons()
        for status in PersonStatus:
            combo.addItem(icons.icon(status.value), status.label(), status.value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo
