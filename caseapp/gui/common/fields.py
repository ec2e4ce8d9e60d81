# SPDX-License-Identifier: GPL-3.0-or-later
"""Input widgets for the data model's value types: partial dates, dates, times, enums.

Each widget reads its text into a domain value or raises ``Invalid`` naming its
field, so forms show the reason next to the field (see gui/common/forms.py).
"""

from __future__ import annotations

import re
from datetime import date, time

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from caseapp.domain.enums import Labelled
from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate


class PartialDateEdit(QLineEdit):
    """Accepts "2016", "04.2016", "2016-04", "14.08.2019"; empty means unknown."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("2016, 04.2016 or 14.08.2019"))

    def value(self) -> PartialDate | None:
        text = self.text().strip()
        if not text:
            return None
        try:
            return PartialDate.parse(text)
        except Invalid as exc:
            raise Invalid(str(exc), field=self.field) from None

    def set_value(self, value: PartialDate | None) -> None:
        self.setText(value.display() if value else "")


class DateEdit(PartialDateEdit):
    """A full date (day, month and year) typed as 14.08.2019 or 2019-08-14."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.setPlaceholderText(self.tr("14.08.2019"))

    def date_value(self) -> date | None:
        partial = self.value()
        if partial is None:
            return None
        if partial.precision != "day":
            raise Invalid(self.tr("Give the full date: day, month and year"), field=self.field)
        return partial.first_day()

    def set_date(self, value: date | None) -> None:
        self.set_value(PartialDate.from_date(value) if value else None)


#: "09:30", "9:30", "9.30" (as times are often written in Kazakhstan), "0930", "9".
TIME_PATTERN = re.compile(r"(\d{1,2})(?:[:.]?(\d{2}))?")


class TimeEdit(QLineEdit):
    """An optional time of day as HH:MM; "9:30", "9.30" and "0930" are read too."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText(self.tr("HH:MM"))
        self.setMaxLength(5)

    def value(self) -> time | None:
        text = self.text().strip()
        if not text:
            return None
        match = TIME_PATTERN.fullmatch(text)
        hour, minute = (int(match[1]), int(match[2] or 0)) if match else (-1, -1)
        if not (0 <= hour < 24 and 0 <= minute < 60):
            raise Invalid(self.tr("Write the time as HH:MM, e.g. 09:30"), field=self.field)
        return time(hour, minute)

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
