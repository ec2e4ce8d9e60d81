# SPDX-License-Identifier: GPL-3.0-or-later
"""The detention editor: where a person is or was held, on what grounds, from when to when.

A facility that is not in the list yet is created on the spot through the facility
editor (its own step, "Add Facility") and chosen at once. An end before the start is
refused with the reason under the end date.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget

from caseapp.domain import records
from caseapp.domain.enums import DetentionKind
from caseapp.domain.errors import collect_invalid
from caseapp.domain.validation import validate

from caseapp.gui.common.fields import EnumCombo, PartialDateEdit
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.custody.choosers import ChoiceCombo, person_cases
from caseapp.gui.custody.facility_dialog import FacilityDialog
from caseapp.gui.custody.form_parts import add_fields, in_row, set_tab_order, text_box, widen


class DetentionDialog(BaseDialog):
    """Add a detention of ``person_id`` or edit ``detention_id``.

    ``facility_dialog`` is the inline facility editor while it is open;
    ``result_value`` is (Detention, Changes) after adding, Changes after editing.
    """

    def __init__(self, host, *, person_id: int, detention_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        title = (QCoreApplication.translate("DetentionDialog", "New Detention")
                 if detention_id is None
                 else QCoreApplication.translate("DetentionDialog", "Edit Detention"))
        super().__init__(host, title, parent)
        self.person_id = person_id
        self.detention_id = detention_id
        self.facility_dialog: FacilityDialog | None = None
        self._build()
        self.load_facilities()
        cases = person_cases(host.casebook, person_id)
        self.case.set_choices(cases)
        if detention_id is not None:
            self._load(host.casebook.get(records.Detention, detention_id))
        elif cases:
            self.case.set_value(cases[-1][0])  # the newest case, as the hearing dialog does

    def _build(self) -> None:
        self.facility = ChoiceCombo(none_label=self.tr("(not known)"), parent=self)
        self.new_facility = QPushButton(self.tr("New &Facility…"), self)
        self.new_facility.setToolTip(self.tr("Add a facility that is not in the list yet"))
        self.new_facility.clicked.connect(self.create_facility)
        self.case = ChoiceCombo(none_label=self.tr("(no case)"), parent=self)
        self.kind = EnumCombo(DetentionKind, self)
        self.kind.set_value(records.Detention().kind)
        self.start = PartialDateEdit("start", self)
        self.end = PartialDateEdit("end", self)
        self.end.setToolTip(self.tr("Leave empty while the person is still held"))
        self.note = text_box(self)
        facility_row = in_row(self, self.facility, self.new_facility)
        add_fields(self, [
            (self.tr("F&acility:"), facility_row, "facility_id"),
            (self.tr("&Case:"), self.case, "case_id"), (self.tr("&Kind:"), self.kind, "kind"),
            (self.tr("&Start:"), self.start, "start"), (self.tr("&End:"), self.end, "end"),
            (self.tr("&Note:"), self.note, "note")])
        self.facility.setAccessibleName(self.tr("Facility"))
        self.new_facility.setAccessibleName(self.tr("New facility"))
        self.finish_layout()
        widen(self, 76)
        set_tab_order([self.facility, self.new_facility, self.case, self.kind, self.start,
                       self.end, self.note], self.buttons)

    def load_facilities(self) -> None:
        facilities = self.host.casebook.custody.facilities()
        self.facility.set_choices([(f.id, _facility_label(f)) for f in facilities
                                   if f.id is not None])

    def _load(self, detention: records.Detention) -> None:
        self.facility.set_value(detention.facility_id)
        self.case.set_value(detention.case_id)
        self.kind.set_value(detention.kind)
        self.start.set_value(detention.start)
        self.end.set_value(detention.end)
        self.note.setPlainText(detention.note)

    def create_facility(self) -> None:
        """Open the facility editor; once it saved, the new facility is chosen here."""
        dialog = FacilityDialog(self.host, parent=self)
        dialog.accepted.connect(lambda: self._facility_created(dialog.result_value))
        self.facility_dialog = dialog
        dialog.open()

    def _facility_created(self, result: object) -> None:
        self.load_facilities()
        if isinstance(result, tuple) and isinstance(result[0], records.Facility):
            self.facility.set_value(result[0].id)
        self.facility.setFocus()

    def values(self) -> dict[str, Any]:
        return {"person_id": self.person_id, **collect_invalid({
                "facility_id": self.facility.value, "case_id": self.case.value,
                "kind": self.kind.value, "start": self.start.value, "end": self.end.value}),
                "note": self.note.toPlainText().strip()}

    def command(self) -> Callable:
        values = self.values()
        detention = records.Detention(**values)
        validate(detention)
        if self.detention_id is None:
            return lambda book: book.custody.add_detention(detention)
        pk = self.detention_id
        return lambda book: book.custody.edit_detention(pk, **values)


def _facility_label(facility: records.Facility) -> str:
    return f"{facility.name} ({facility.city})" if facility.city else facility.name
