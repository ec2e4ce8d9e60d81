# SPDX-License-Identifier: GPL-3.0-or-later
"""Person list filters by custody: held now at a facility, detained within a date range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from caseapp.domain.changes import Changes

from caseapp.gui.common.date_filter import DateFilter
from caseapp.gui.ops import OpHost, QueryOp

FACILITY_TABLES = ("facility",)


class CustodyFilter(QWidget):
    """A facility drop-down and "detained from / until" boxes; ``changed`` when any changes."""

    changed = Signal()

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.facility = QComboBox(self)
        self.facility.setAccessibleName(self.tr("Held now at facility"))
        self.facility.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.facility.addItem(self.tr("Any facility"), None)
        self.start = DateFilter("detained_from", until=False, placeholder=self.tr("Detained from"),
                                tip=self.tr("Detained on or after this date"), parent=self)
        self.end = DateFilter("detained_to", until=True, placeholder=self.tr("until"),
                              tip=self.tr("Detained on or before this date"), parent=self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.facility, self.start, self.end):
            layout.addWidget(widget)
        self.facility.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.start.editingFinished.connect(self.changed.emit)
        self.end.editingFinished.connect(self.changed.emit)

    def facility_id(self) -> int | None:
        return self.facility.currentData()

    def bounds(self) -> tuple[date | None, date | None]:
        return self.start.bound(), self.end.bound()

    def clear_filter(self) -> None:
        self.facility.blockSignals(True)
        self.facility.setCurrentIndex(0)
        self.facility.blockSignals(False)
        self.start.reset()
        self.end.reset()

    def reload(self) -> None:
        QueryOp(self._host, lambda book: [(f.id, f.name) for f in book.custody.facilities()],
                parent=self).success(self._fill).run_in_background()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*FACILITY_TABLES):
            self.reload()

    def _fill(self, facilities: list[tuple[int, str]]) -> None:
        chosen = self.facility_id()
        self.facility.blockSignals(True)
        while self.facility.count() > 1:
            self.facility.removeItem(1)
        for pk, name in facilities:
            self.facility.addItem(name, pk)
        self.facility.setCurrentIndex(max(self.facility.findData(chosen), 0))
        self.facility.blockSignals(False)
