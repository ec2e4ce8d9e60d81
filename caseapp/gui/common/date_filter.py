# SPDX-License-Identifier: GPL-3.0-or-later
"""A "from" or "until" date box for list filters.

A year ("2024") or a month ("04.2024") stands for its first day in a "from" box and
its last day in an "until" box. A date that cannot be read is marked on the box and
the filter is left out, rather than interrupting the volunteer with a message.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from caseapp.domain.errors import Invalid

from caseapp.gui.common.fields import DateEdit

ERROR_STYLE = "border: 1px solid #b3261e;"
WIDTH_CHARS = 14


class DateFilter(DateEdit):
    """``until`` makes a partial date mean its last day; ``hint`` is the normal tooltip."""

    def __init__(self, field: str, *, until: bool, placeholder: str, tip: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.until = until
        self.hint = tip + "\n" + self.tr("A year (2024) or a month (04.2024) also works")
        self.setPlaceholderText(placeholder)
        self.setToolTip(self.hint)
        self.setAccessibleName(tip)
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * WIDTH_CHARS)

    def bound(self) -> date | None:
        """The day the filter means, or None when empty or unreadable (then marked)."""
        try:
            value = self.value()
        except Invalid as exc:
            self.setStyleSheet(ERROR_STYLE)
            self.setToolTip(str(exc))
            return None
        self.setStyleSheet("")
        self.setToolTip(self.hint)
        if value is None:
            return None
        return value.last_day() if self.until else value.first_day()

    def reset(self) -> None:
        """Empty the box without emitting signals."""
        self.blockSignals(True)
        self.clear()
        self.setStyleSheet("")
        self.setToolTip(self.hint)
        self.blockSignals(False)
