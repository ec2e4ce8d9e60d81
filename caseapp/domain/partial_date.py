# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates that are often known only to the year or month ("arrested in April 2016").

A PartialDate is stored as sortable ISO text ("2016", "2016-04", "2016-04-14") and
parsed from what volunteers type ("2016", "04.2016", "14.08.2019", "2019-08-14").
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import total_ordering

from caseapp.domain.errors import Invalid
from caseapp.i18n import _

_PATTERNS = (
    (re.compile(r"(\d{4})"), ("y",)),
    (re.compile(r"(\d{4})-(\d{1,2})"), ("y", "m")),
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{1,2})[./](\d{4})"), ("m", "y")),
    (re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2})"), ("d", "m", "yy")),
)
#: Two-digit years up to this many years ahead of today are this century; the rest, the last.
_TWO_DIGIT_YEAR_AHEAD = 10


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A year, a year and month, or a full date; ordering follows the ISO text."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        _check_parts(self.year, self.month, self.day)

    def __lt__(self, other: object) -> bool:
        # Not dataclass order=True: that compares None with int when precisions differ.
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self.iso() < other.iso()

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read "2016", "04.2016", "2016-04", "14.08.2019" or "2019-08-14"."""
        cleaned = (text or "").strip()
        for pattern, order in _PATTERNS:
            match = pattern.fullmatch(cleaned)
            if match:
                parts = dict(zip(order, (int(g) for g in match.groups()), strict=True))
                year = parts["y"] if "y" in parts else _full_year(parts["yy"])
                return cls(year, parts.get("m"), parts.get("d"))
        raise Invalid(_("“{text}” is not a date; write 2016, 04.2016 or 14.08.2019")
                      .format(text=text))

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def display(self) -> str:
        """Day-first form volunteers in the region write: 14.08.2019, 08.2019, 2019."""
        if self.day:
            return f"{self.day:02d}.{self.month:02d}.{self.year:04d}"
        if self.month:
            return f"{self.month:02d}.{self.year:04d}"
        return f"{self.year:04d}"

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        month = self.month or 12
        return date(self.year, month, self.day or calendar.monthrange(self.year, month)[1])

    def __str__(self) -> str:
        return self.iso()


def _full_year(two_digits: int) -> int:
    """30.11.26 → 2026; 14.08.89 → 1989 (a year more than ten years ahead is the past)."""
    this_year = date.today().year
    year = this_year - this_year % 100 + two_digits
    return year - 100 if year > this_year + _TWO_DIGIT_YEAR_AHEAD else year


def _check_parts(year: int, month: int | None, day: int | None) -> None:
    if not 1000 <= year <= 2999:
        raise Invalid(_("The year {year} is out of range").format(year=year))
    if month is None and day is not None:
        raise Invalid(_("A day needs a month"))
    if month is not None and not 1 <= month <= 12:
        raise Invalid(_("There is no month {month}").format(month=month))
    if day is not None and not 1 <= day <= calendar.monthrange(year, month or 1)[1]:
        raise Invalid(_("There is no day {day} in {year}-{month:02d}").format(
            day=day, year=year, month=month or 1))


def parse_optional(text: str | None) -> PartialDate | None:
    """None for an empty field, a PartialDate otherwise (Invalid if unreadable)."""
    return PartialDate.parse(text) if text and text.strip() else None


def from_iso(text: str | None) -> PartialDate | None:
    """Read the stored ISO form back; None stays None."""
    return PartialDate.parse(text) if text else None
