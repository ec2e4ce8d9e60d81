# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading what a volunteer types for a full date or a time of day, in the window or the CLI.

Each reader returns the value or raises Invalid naming ``field``, so the message
appears next to the right field (window) or names the option (CLI).
"""

from __future__ import annotations

import re
from datetime import date, time

from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.i18n import _

#: "09:30", "9:30", "9.30" (as times are often written in Kazakhstan), "0930", "9".
TIME_PATTERN = re.compile(r"(\d{1,2})(?:[:.]?(\d{2}))?")


def read_day(text: str | None, field: str = "date") -> date | None:
    """A full date typed as 14.08.2019 or 2019-08-14; None for an empty text."""
    if not text or not text.strip():
        return None
    try:
        partial = PartialDate.parse(text)
    except Invalid as exc:
        raise Invalid(str(exc), field=field) from None
    if partial.precision != "day":
        raise Invalid(_("Give the full date: day, month and year"), field=field)
    return partial.first_day()


def read_partial(text: str | None, field: str = "date") -> PartialDate | None:
    """A date known to the year, month or day; None for an empty text."""
    if not text or not text.strip():
        return None
    try:
        return PartialDate.parse(text)
    except Invalid as exc:
        raise Invalid(str(exc), field=field) from None


def read_time(text: str | None, field: str = "time") -> time | None:
    """A time of day: "09:30", "9:30", "9.30", "0930" or "9"; None for an empty text."""
    if not text or not text.strip():
        return None
    match = TIME_PATTERN.fullmatch(text.strip())
    hour, minute = (int(match[1]), int(match[2] or 0)) if match else (-1, -1)
    if not (0 <= hour < 24 and 0 <= minute < 60):
        raise Invalid(_("Write the time as HH:MM, e.g. 09:30"), field=field)
    return time(hour, minute)
