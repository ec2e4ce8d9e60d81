# SPDX-License-Identifier: GPL-3.0-or-later
"""The hearing editor: which case, where and when, who judged, who watched, what came of it.

Saving adds the hearing ("Add Hearing") or updates it ("Edit Hearing") as one step,
committed at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from caseapp.domain import records
from caseapp.domain.enums import HearingKind
from caseapp.domain.errors import Invalid, collect_invalid
from caseapp.domain.validation import validate

from caseapp.gui.common.fields import DateEdit, EnumCombo, TimeEdit
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.custody.choosers import RecordSearchEdit, case_match, find_cases
from caseapp.gui.custody.form_parts import add_fields, set_tab_order, text_box, widen


class HearingDialog(BaseDialog):
    """Add a hearing (to ``case_id`` if given) or edit hearing ``hearing_id``.

    ``result_value`` is (Hearing, Changes) after adding, Changes after editing.
    """

    def __init__(self, host, *, case_id: int | None = None, hearing_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        title = (QCoreApplication.translate("HearingDialog", "New Hearing") if hearing_id is None
                 else QCoreApplication.translate("HearingDialog", "Edit Hearing"))
        super().__init__(host, title, parent)
        self.hearing_id = hearing_id
        self._build()
        if hearing_id is not None:
            self._load(host.casebook.get(records.Hearing, hearing_id))
        elif case_id is not None:
            self.case.set_value(case_match(host.casebook, case_id))
            self.court.setFocus()  # the case is given: start where the typing starts

    def _build(self) -> None:
        self.case = RecordSearchEdit(self.host, find_cases, field="case_id", parent=self)
        self.case.setPlaceholderText(self.tr("Type a case number, title or defendant"))
        self.court = QLineEdit(self)
        self.date = DateEdit("date", self)
        self.time = TimeEdit("time", self)
        self.kind = EnumCombo(HearingKind, self)
        self.kind.set_value(records.Hearing().kind)
        self.judge = QLineEdit(self)
        self.outcome = QLineEdit(self)
        self.outcome.setPlaceholderText(self.tr("Empty until the court has decided"))
        self.observers = QLineEdit(self)
        self.observers.setPlaceholderText(self.tr("Who attends or attended for the campaign"))
        self.notes = text_box(self)
        widgets = add_fields(self, [
            (self.tr("C&ase:"), self.case, "case_id"), (self.tr("C&ourt:"), self.court, "court"),
            (self.tr("&Date:"), self.date, "date"), (self.tr("&Time:"), self.time, "time"),
            (self.tr("&Kind:"), self.kind, "kind"), (self.tr("&Judge:"), self.judge, "judge"),
            (self.tr("O&utcome:"), self.outcome, "outcome"),
            (self.tr("O&bservers:"), self.observers, "observers"),
            (self.tr("&Notes:"), self.notes, "notes")])
        self.finish_layout()
        widen(self, 80)
        set_tab_order(widgets, self.buttons)

    def _load(self, hearing: records.Hearing) -> None:
        self.case.set_value(case_match(self.host.casebook, hearing.case_id))
        self.court.setText(hearing.court)
        self.date.set_date(hearing.date)
        self.time.set_value(hearing.time)
        self.kind.set_value(hearing.kind)
        self.judge.setText(hearing.judge)
        self.outcome.setText(hearing.outcome)
        self.observers.setText(hearing.observers)
        self.notes.setPlainText(hearing.notes)

    def values(self) -> dict[str, Any]:
        """The form as Hearing fields; Invalid names the field that cannot be read."""
        return collect_invalid({
            "case_id": lambda: self.case.required_value(self.tr("Choose the case from the list")),
            "court": lambda: self.court.text().strip(), "date": self._day,
            "time": self.time.value, "kind": self.kind.value,
            "judge": lambda: self.judge.text().strip(),
            "outcome": lambda: self.outcome.text().strip(),
            "observers": lambda: self.observers.text().strip(),
            "notes": lambda: self.notes.toPlainText().strip()})

    def _day(self) -> date:
        day = self.date.date_value()
        if day is None:
            raise Invalid(self.tr("Give the date of the hearing"), field="date")
        return day

    def command(self) -> Callable:
        values = self.values()
        validate(records.Hearing(**values))
        if self.hearing_id is None:
            hearing = records.Hearing(**values)
            return lambda book: book.hearings.add(hearing)
        pk = self.hearing_id
        return lambda book: book.hearings.edit(pk, **values)
