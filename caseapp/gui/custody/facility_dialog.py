# SPDX-License-Identifier: GPL-3.0-or-later
"""The facility editor: a police station, pre-trial centre or colony, and where to write.

The postal address is what campaign letters are sent to, so it is kept as the
volunteer would write it on an envelope.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from caseapp.domain import records
from caseapp.domain.enums import FacilityKind
from caseapp.domain.errors import Invalid
from caseapp.domain.validation import validate

from caseapp.gui.common.fields import EnumCombo
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.custody.form_parts import add_fields, set_tab_order, text_box, widen


class FacilityDialog(BaseDialog):
    """Add a facility or edit ``facility_id``; ``result_value`` is (Facility, Changes)
    after adding, Changes after editing."""

    def __init__(self, host, *, facility_id: int | None = None, name: str = "",
                 parent: QWidget | None = None) -> None:
        title = (QCoreApplication.translate("FacilityDialog", "New Facility")
                 if facility_id is None
                 else QCoreApplication.translate("FacilityDialog", "Edit Facility"))
        super().__init__(host, title, parent)
        self.facility_id = facility_id
        self._build()
        if facility_id is not None:
            self._load(host.casebook.get(records.Facility, facility_id))
        else:
            self.name.setText(name)

    def _build(self) -> None:
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. SIZO No. 1 of Almaty"))
        self.kind = EnumCombo(FacilityKind, self)
        self.kind.set_value(records.Facility().kind)
        self.city = QLineEdit(self)
        self.region = QLineEdit(self)
        self.postal_address = text_box(self, lines=3)
        self.postal_address.setPlaceholderText(self.tr("The address for letters, as on an "
                                                       "envelope"))
        widgets = add_fields(self, [
            (self.tr("&Name:"), self.name, "name"), (self.tr("&Kind:"), self.kind, "kind"),
            (self.tr("&City:"), self.city, "city"), (self.tr("&Region:"), self.region, "region"),
            (self.tr("&Postal address:"), self.postal_address, "postal_address")])
        self.finish_layout()
        widen(self, 64)
        set_tab_order(widgets, self.buttons)

    def _load(self, facility: records.Facility) -> None:
        self.name.setText(facility.name)
        self.kind.set_value(facility.kind)
        self.city.setText(facility.city)
        self.region.setText(facility.region)
        self.postal_address.setPlainText(facility.postal_address)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "kind": self.kind.value(),
                "city": self.city.text().strip(), "region": self.region.text().strip(),
                "postal_address": self.postal_address.toPlainText().strip()}

    def command(self) -> Callable:
        values = self.values()
        if not values["name"]:
            raise Invalid(self.tr("Give the facility's name"), field="name")
        facility = records.Facility(**values)
        validate(facility)
        if self.facility_id is None:
            return lambda book: book.custody.add_facility(facility)
        pk = self.facility_id
        return lambda book: book.custody.edit_facility(pk, **values)
