# SPDX-License-Identifier: GPL-3.0-or-later
"""The selected hearing in full, with a quick way to record its outcome.

After a hearing the volunteer usually has one thing to add: what the court decided.
The outcome field under the details saves it at once as its own undoable step.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.enums import HearingKind
from caseapp.domain.views import HearingRow

from caseapp.gui.common.formatting import format_date, format_time
from caseapp.gui.custody.detail_base import RecordDetailPane, enum_label, facts, record_link
from caseapp.gui.ops import CasebookOp


@dataclass(frozen=True)
class HearingInfo:
    """What the pane shows: the record, its list row (names joined) and the case title."""

    hearing: records.Hearing
    row: HearingRow | None
    case_title: str


class HearingDetailPane(RecordDetailPane):
    """``edit_requested`` carries the hearing id when Edit… is pressed; ``message`` a
    status-bar text."""

    TABLES = ("hearing", "case_file", "case_party", "person")
    edit_requested = Signal(int)
    message = Signal(str)

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.browser.setAccessibleName(self.tr("Hearing details"))
        self.outcome_label = QLabel(self.tr("&Outcome:"), self)
        self.outcome = QLineEdit(self)
        self.outcome.setAccessibleName(self.tr("Outcome of the hearing"))
        self.outcome.setPlaceholderText(self.tr("What the court decided"))
        self.outcome_label.setBuddy(self.outcome)
        self.record_button = QPushButton(self.tr("&Record Outcome"), self)
        self.edit_button = QPushButton(self.tr("&Edit Hearing…"), self)
        for widget in (self.outcome_label, self.outcome, self.record_button, self.edit_button):
            self.button_row.addWidget(widget, 1 if widget is self.outcome else 0)
        self.outcome.returnPressed.connect(self.record_outcome)
        self.record_button.clicked.connect(self.record_outcome)
        self.edit_button.clicked.connect(self._edit)
        self.show_record(None)

    def load(self, book: Casebook, record_id: int) -> HearingInfo:
        hearing = book.get(records.Hearing, record_id)
        rows = book.hearings.rows([record_id])
        case = book.get(records.Case, hearing.case_id)
        return HearingInfo(hearing, rows[0] if rows else None, case.title)

    def hint(self) -> str:
        return self.tr("Select a hearing in the list to see its case, court, people and "
                       "outcome here.")

    def render_html(self, info: HearingInfo) -> str:
        hearing, row = info.hearing, info.row
        when = " ".join(part for part in (format_date(hearing.date), format_time(hearing.time))
                        if part)
        heading = self.tr("{kind} hearing, {when}").format(
            kind=enum_label(HearingKind, hearing.kind).capitalize(), when=when)
        case_name = " — ".join(part for part in (row.case_number if row else "", info.case_title)
                               if part) or self.tr("(case)")
        case_link = record_link("case_file", hearing.case_id, case_name)
        table = facts([
            (self.tr("Court"), hearing.court), (self.tr("Judge"), hearing.judge),
            (self.tr("Defendants"), ", ".join(row.defendants) if row else ""),
            (self.tr("Lawyers"), ", ".join(row.lawyers) if row else ""),
            (self.tr("Observers"), hearing.observers), (self.tr("Notes"), hearing.notes)])
        outcome = escape(hearing.outcome) if hearing.outcome else self.muted(
            self.tr("not recorded"))
        case_label, outcome_label = self.tr("Case:"), self.tr("Outcome:")
        return (f"<h1>{escape(heading)}</h1><p>{escape(case_label)} {case_link}</p>"
                f"{table}<p><b>{escape(outcome_label)}</b> {outcome}</p>")

    def after_show(self) -> None:
        info = self.shown
        for widget in (self.outcome, self.record_button, self.edit_button):
            widget.setEnabled(info is not None)
        self.outcome.setText(info.hearing.outcome if info is not None else "")

    def record_outcome(self) -> None:
        """Save the outcome field as one step ("Record Outcome"); committed at once."""
        if self.shown is None:
            return
        pk, text = self.shown.hearing.id, self.outcome.text().strip()
        if text == self.shown.hearing.outcome:
            return
        CasebookOp(self.host, lambda book: book.hearings.record_outcome(pk, text),
                   parent=self, origin=self).success(
            lambda _result: self.message.emit(self.tr("Outcome recorded."))).run_in_background()

    def _edit(self) -> None:
        if self.record_id is not None:
            self.edit_requested.emit(self.record_id)
