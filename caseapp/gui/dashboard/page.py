# SPDX-License-Identifier: GPL-3.0-or-later
"""The Dashboard page: procedural deadlines, upcoming hearings, hearings without an
outcome, persons by status, actions due or overdue and expected releases; each row opens
its record, and a deadline's context menu marks it done or not applicable.

The figures come from ``Casebook.dashboard`` on the database worker. After a change
the page reloads at once when visible, else the next time it is shown.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.views import Dashboard

from caseapp.gui.common.formatting import format_date
from caseapp.gui.common.page import PageHost
from caseapp.gui.common.stale import ReloadsWhenShown
from caseapp.gui.dashboard import items
from caseapp.gui.dashboard.items import Item
from caseapp.gui.dashboard.section import Section
from caseapp.gui.ops import CasebookOp, QueryOp


class DashboardPage(ReloadsWhenShown):
    """A ``Page``. Attributes: one ``Section`` per block (``deadlines``, ``upcoming``,
    ``missing``, ``statuses``, ``actions_due``, ``releases``); ``today`` is the date the
    figures are for (tests set it)."""

    message = Signal(str)
    loaded = Signal()

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.host = host
        self.today: date | None = None
        self._build()

    # -- building

    def _build(self) -> None:
        self.deadlines = self._section(
            self.tr("Procedural deadlines"),
            self.tr("No procedural deadlines in the next 30 days."))
        self._add_mark_actions(self.deadlines)
        self.upcoming = self._section(self.tr("Hearings in the next 14 days"),
                                      self.tr("No hearings in the next 14 days."))
        self.missing = self._section(self.tr("Past hearings without an outcome"),
                                     self.tr("Every past hearing has its outcome."))
        self.actions_due = self._section(self.tr("Actions due or overdue"),
                                     self.tr("No campaign actions are due this week."))
        self.statuses = self._section(self.tr("Persons by status"),
                                      self.tr("No persons yet."), counted=False)
        self.releases = self._section(self.tr("Expected releases in the next 90 days"),
                                      self.tr("No releases expected in the next 90 days."))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(18)
        for row, section in enumerate((self.deadlines, self.upcoming, self.missing,
                                       self.actions_due)):
            grid.addWidget(section, row, 0)
        grid.addWidget(self.statuses, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.releases, 1, 1, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(4, 1)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addLayout(self._title_bar())
        column.addLayout(grid)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _add_mark_actions(self, section: Section) -> None:
        """The deadline table's context menu: mark the chosen deadline."""
        table = section.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.mark_done = QAction(self.tr("Mark &Done"), table)
        self.mark_done.triggered.connect(lambda: self.mark_current("done"))
        self.mark_not_applicable = QAction(self.tr("Mark &Not Applicable"), table)
        self.mark_not_applicable.triggered.connect(lambda: self.mark_current("not_applicable"))
        table.addActions([self.mark_done, self.mark_not_applicable])

    def mark_current(self, state: str) -> None:
        """Mark the deadline of the current row (one undoable command)."""
        item = self.deadlines.model.item(self.deadlines.table.currentIndex().row())
        if item is None or not item.key:
            return
        key = item.key
        CasebookOp(self.host, lambda book: book.deadlines.mark(key, state),
                   parent=self).run_in_background()

    def _title_bar(self) -> QHBoxLayout:
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Read the figures from the database again (F5)"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.reload)
        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        return bar

    def _section(self, title: str, empty: str, *, counted: bool = True) -> Section:
        section = Section(title, empty, self, counted=counted)
        section.activated.connect(self._open)
        return section

    # -- Page

    def title(self) -> str:
        return self.tr("Dashboard")

    def reload(self) -> None:
        self.loaded_now()
        today = self.today or date.today()
        QueryOp(self.host, lambda book: book.dashboard(today), parent=self).success(
            lambda figures: self.show_dashboard(figures, today)).run_in_background()

    def clear(self) -> None:
        self.show_dashboard(Dashboard((), (), (), (), (), ()), self.today or date.today())

    def focus_search(self) -> None:
        """The dashboard has no search; focus its first non-empty list."""
        sections = (self.deadlines, self.upcoming, self.missing, self.actions_due,
                    self.statuses, self.releases)
        if not any(section.focus_table() for section in sections):
            self.refresh_button.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_record(self, record_id: int) -> None:
        """Nothing on the dashboard is a record of its own."""

    def new_record(self) -> None:
        self.message.emit(self.tr("Choose a list (Persons, Cases…) to add a record to it."))

    def delete_current(self) -> None:
        """Records are deleted from their own lists."""

    def save_state(self) -> dict[str, Any]:
        return {}

    def restore_state(self, state: dict[str, Any]) -> None:
        """Nothing to restore."""

    # -- showing

    def show_dashboard(self, figures: Dashboard, today: date) -> None:
        self.heading.setText(self.tr("Today, {date}").format(date=format_date(today)))
        detained = items.total_detained(figures)
        self.summary.setText(" · ".join((
            self.tr("%n deprived of liberty", "", detained),
            self.tr("%n hearing(s) ahead", "", len(figures.upcoming_hearings)))))
        self.deadlines.set_items(items.deadline_headers(),
                                 items.deadline_items(figures.deadlines, today))
        self.upcoming.set_items(items.hearing_headers(with_time=True), items.hearing_items(
            figures.upcoming_hearings, with_time=True))
        self.missing.set_items(items.hearing_headers(with_time=False), items.hearing_items(
            figures.missing_outcomes, with_time=False))
        self.actions_due.set_items(items.action_headers(),
                                   items.action_items(figures.actions_due, today))
        self.statuses.set_items(items.status_headers(), items.status_items(figures.status_counts))
        self.releases.set_items(items.release_headers(), items.release_items(figures.releases,
                                                                             today))
        self.loaded.emit()

    def _open(self, item: Item) -> None:
        if item.status:
            self.host.show_persons_with_status(item.status)
        elif item.record_id is not None:
            self.host.open_record(item.table, item.record_id)
