# SPDX-License-Identifier: GPL-3.0-or-later
"""The sentence editor: verdict, term, credited pre-trial days, and the release it implies.

The expected release date is worked out while the volunteer types, with the same
rule the core uses everywhere (``domain.terms.expected_release``): the term counted
from its start (the verdict date unless given) less the days already served.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from caseapp.domain import records
from caseapp.domain.enums import SentenceKind
from caseapp.domain.errors import Invalid, collect_invalid
from caseapp.domain.partial_date import from_iso
from caseapp.domain.terms import CREDITED_KINDS, Term, credited_pretrial_days, expected_release
from caseapp.domain.validation import validate
from caseapp.domain.views import DetentionView

from caseapp.gui.common.fields import DateEdit, EnumCombo
from caseapp.gui.common.formatting import format_date
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.custody.choosers import ChoiceCombo, person_cases
from caseapp.gui.custody.form_parts import (
    add_fields,
    in_row,
    number_box,
    set_tab_order,
    text_box,
    widen,
)

MAX_YEARS = 99
MAX_MONTHS = 999
MAX_DAYS = 36600


class SentenceDialog(BaseDialog):
    """Add a sentence of ``person_id`` or edit ``sentence_id``; ``release`` shows the
    computed expected release. ``result_value`` is (Sentence, Changes) after adding,
    Changes after editing."""

    def __init__(self, host, *, person_id: int, sentence_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        title = (QCoreApplication.translate("SentenceDialog", "New Sentence")
                 if sentence_id is None
                 else QCoreApplication.translate("SentenceDialog", "Edit Sentence"))
        super().__init__(host, title, parent)
        self.person_id = person_id
        self.sentence_id = sentence_id
        self._build()
        cases = person_cases(host.casebook, person_id)
        self.case.set_choices(cases)
        self._custody = custody_periods(host.casebook.persons.details(person_id).detentions)
        self._credit_typed = sentence_id is not None
        if sentence_id is not None:
            self._load(host.casebook.get(records.Sentence, sentence_id))
        elif cases:
            self.case.set_value(cases[-1][0])  # the latest case is the one judged now
        self._connect()
        self.update_release()

    def _build(self) -> None:
        self.case = ChoiceCombo(none_label=self.tr("(no case)"), parent=self)
        self.date = DateEdit("date", self)
        self.court = QLineEdit(self)
        self.kind = EnumCombo(SentenceKind, self)
        self.kind.set_value(records.Sentence().kind)
        self.years = number_box(self, MAX_YEARS)
        self.months = number_box(self, MAX_MONTHS)
        self.days = number_box(self, MAX_DAYS)
        self.credited_days = number_box(self, MAX_DAYS)
        self.credited_days.setToolTip(self.tr("Days already served before the verdict "
                                              "(pre-trial detention counted towards the term)"))
        self.term_start = DateEdit("term_start", self)
        self.term_start.setToolTip(self.tr("Leave empty if the term runs from the verdict date"))
        self.fine = QLineEdit(self)
        self.note = text_box(self)
        self.release = QLabel(self)
        self.release.setTextFormat(Qt.TextFormat.PlainText)
        self.release.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._add_rows()

    def _add_rows(self) -> None:
        term_row = in_row(self, self.years, QLabel(self.tr("years"), self), self.months,
                          QLabel(self.tr("months"), self), self.days,
                          QLabel(self.tr("days"), self), stretch_first=False)
        add_fields(self, [
            (self.tr("&Case:"), self.case, "case_id"), (self.tr("&Date:"), self.date, "date"),
            (self.tr("C&ourt:"), self.court, "court"), (self.tr("&Kind:"), self.kind, "kind"),
            (self.tr("&Term:"), term_row, "term"),
            (self.tr("C&redited days:"), self.credited_days, "credited_days"),
            (self.tr("Term &starts:"), self.term_start, "term_start"),
            (self.tr("&Fine:"), self.fine, "fine"), (self.tr("&Note:"), self.note, "note"),
            (self.tr("Expected release:"), self.release, "release")])
        for box, name in ((self.years, self.tr("Years")), (self.months, self.tr("Months")),
                          (self.days, self.tr("Days"))):
            box.setAccessibleName(name)
        self.finish_layout()
        widen(self, 76)
        set_tab_order([self.case, self.date, self.court, self.kind, self.years, self.months,
                       self.days, self.credited_days, self.term_start, self.fine, self.note],
                      self.buttons)

    def _connect(self) -> None:
        self.date.textChanged.connect(lambda _text: self.propose_credit())
        self.credited_days.lineEdit().textEdited.connect(self._credit_edited)
        for edit in (self.date, self.term_start):
            edit.textChanged.connect(lambda _text: self.update_release())
        for box in (self.years, self.months, self.days, self.credited_days):
            box.valueChanged.connect(lambda _value: self.update_release())

    def _load(self, sentence: records.Sentence) -> None:
        self.case.set_value(sentence.case_id)
        self.date.set_date(sentence.date)
        self.court.setText(sentence.court)
        self.kind.set_value(sentence.kind)
        self.years.setValue(sentence.years)
        self.months.setValue(sentence.months)
        self.days.setValue(sentence.days)
        self.credited_days.setValue(sentence.credited_days)
        self.term_start.set_date(sentence.term_start)
        self.fine.setText(sentence.fine)
        self.note.setPlainText(sentence.note)

    # -- credited days, proposed from the detentions on record

    def _credit_edited(self, _text: str) -> None:
        self._credit_typed = True

    def propose_credit(self) -> None:
        """Days of pre-trial custody before the verdict date, until the volunteer types
        another number (the verdict may credit otherwise)."""
        if self._credit_typed:
            return
        try:
            verdict = self.date.date_value()
        except Invalid:
            return
        if verdict is not None:
            self.credited_days.setValue(credited_pretrial_days(self._custody, verdict))

    # -- the computed release

    def term(self) -> Term:
        return Term(self.years.value(), self.months.value(), self.days.value())

    def expected_release(self) -> date | None:
        """The release date the form implies; Invalid if a date cannot be read."""
        start = self.term_start.date_value() or self.date.date_value()
        if start is None:
            return None
        return expected_release(start, self.term(), self.credited_days.value())

    def update_release(self) -> None:
        self.release.setText(self.release_text())

    def release_text(self) -> str:
        if self.term().is_empty:
            return self.tr("none (no custodial term)")
        try:
            release = self.expected_release()
        except Invalid:
            release = None
        if release is None:
            return self.tr("give the sentence date or the start of the term")
        return format_date(release)

    # -- saving

    def values(self) -> dict[str, Any]:
        return {"person_id": self.person_id, **collect_invalid({
                "case_id": self.case.value, "date": self.date.date_value,
                "court": lambda: self.court.text().strip(), "kind": self.kind.value,
                "years": self.years.value, "months": self.months.value, "days": self.days.value,
                "credited_days": self.credited_days.value,
                "term_start": self.term_start.date_value}), "fine": self.fine.text().strip(),
                "note": self.note.toPlainText().strip()}

    def command(self) -> Callable:
        values = self.values()
        sentence = records.Sentence(**values)
        validate(sentence)
        if self.sentence_id is None:
            return lambda book: book.custody.add_sentence(sentence)
        pk = self.sentence_id
        return lambda book: book.custody.edit_sentence(pk, **values)



def custody_periods(detentions: Iterable[DetentionView]) -> list[tuple[date, date | None]]:
    """(first day, last day or None) of the credited detentions with day-exact starts."""
    periods = []
    for detention in detentions:
        start, end = from_iso(detention.start or None), from_iso(detention.end or None)
        if detention.kind in CREDITED_KINDS and start and start.precision == "day":
            periods.append((start.first_day(), end.last_day() if end else None))
    return periods
