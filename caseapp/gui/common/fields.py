# SPDX-License-Identifier: GPL-3.0-or-later
"""Input widgets for the data model's value types: partial dates, dates, times, enums.

Each widget reads its text into a domain value or raises ``Invalid`` naming its
field, so forms show the reason next to the field (see gui/common/forms.py).
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from caseapp.domain.enums import Labelled
from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.typed import read_partial, read_time


class PartialDateEdit(QLineEdit):
    """Accepts "2016", "04.2016", "2016-04", "14.08.2019"; empty means unknown."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("yyyy, mm.yyyy or dd.mm.yyyy"))

    def value(self) -> PartialDate | None:
        return read_partial(self.text(), self.field)

    def set_value(self, value: PartialDate | None) -> None:
        self.setText(value.display() if value else "")


class DateEdit(PartialDateEdit):
    """A full date (day, month and year) typed as 14.08.2019 or 2019-08-14."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.setPlaceholderText(self.tr("dd.mm.yyyy"))

    def date_value(self) -> date | None:
        partial = self.value()
        if partial is None:
            return None
        if partial.precision != "day":
            raise Invalid(self.tr("Give the full date: day, month and year"), field=self.field)
        return partial.first_day()

    def set_date(self, value: date | None) -> None:
        self.set_value(PartialDate.from_date(value) if value else None)


class TimeEdit(QLineEdit):
    """An optional time of day as HH:MM; "9:30", "9.30" and "0930" are read too."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("hh:mm"))
        self.setMaxLength(5)

    def value(self) -> time | None:
        return read_time(self.text(), self.field)

    def set_value(self, value: time | None) -> None:
        self.setText(value.strftime("%H:%M") if value else "")


class EnumCombo(QComboBox):
    """A drop-down of a vocabulary's translated labels; stores the enum's value."""

    def __init__(self, enum: type[Labelled], parent: QWidget | None = None, *,
                 allow_any: str | None = None) -> None:
        super().__init__(parent)
        if allow_any is not None:
            self.addItem(allow_any, None)
        for member in enum:
            self.addItem(member.label(), member.value)

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: str | None) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))
