# SPDX-License-Identifier: GPL-3.0-or-later
"""The Hearings page: every hearing with date and outcome filters, and the one selected."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from caseapp.core import settings as preferences
from caseapp.domain import records

from caseapp.gui.common.formatting import format_date
from caseapp.gui.common.list_detail_page import ListDetailPage
from caseapp.gui.common.page import PageHost
from caseapp.gui.hearings.detail_pane import HearingDetailPane
from caseapp.gui.hearings.edit_dialog import HearingDialog
from caseapp.gui.hearings.list_view import HearingListView
from caseapp.gui.ops import QueryOp


class HearingsPage(ListDetailPage):
    """A ``Page`` (gui/common/page.py): ``list_view``, ``detail`` and ``new_button``."""

    RECORD = records.Hearing
    detail: HearingDetailPane

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, HearingListView(host), HearingDetailPane(host), parent)
        self.setObjectName("hearingsPage")
        self.new_button = self.add_new_button(
            self.tr("&New Hearing…"), self.tr("Add a hearing to a case (Ctrl+N)"))
        self.calendar_button = self.list_view.add_bar_button(
            self.tr("Export to &Calendar…"),
            self.tr("Save the hearings listed as a calendar file (.ics) that calendar "
                    "applications import; a later export updates the same events"),
            self.export_calendar)
        self.detail.edit_requested.connect(self.edit_record)
        self.detail.message.connect(self.message)

    def title(self) -> str:
        return self.tr("Hearings")

    def new_record(self) -> HearingDialog:
        return self.open_dialog(HearingDialog(self.host, parent=self), self.select_created)

    def edit_record(self, record_id: int) -> HearingDialog:
        return self.open_dialog(HearingDialog(self.host, hearing_id=record_id, parent=self))

    def record_name(self, record_id: int) -> str:
        row = self.listed_row(record_id)
        if row is None:
            return self.tr("the hearing")
        return self.tr("the hearing of {date}").format(date=format_date(row.date))

    def export_calendar(self) -> None:
        """Ask where, then write the hearings the list shows (its search and dates)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to Calendar"), str(Path.home() / "hearings.ics"),
            self.tr("Calendar files (*.ics)"))
        if chosen:
            self.write_calendar(Path(chosen))

    def write_calendar(self, out: Path) -> None:
        query, zone = self.list_view.model.query, preferences.load().calendar_time_zone
        QueryOp(self.host, lambda book: book.hearings.write_calendar(out, query, zone_name=zone),
                parent=self).success(lambda count: self.host.show_message(self.tr(
                    "Wrote {count} hearings to {path}").format(count=count, path=out))
        ).run_in_background()
