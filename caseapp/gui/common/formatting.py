# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates and times as the volunteer reads them, in the UI language's locale.

Full dates read "14 Aug 2019" rather than a numeric short format, which is
ambiguous between countries; partial dates keep their precision ("Apr 2016", "2016").
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone

DAY_FORMAT = "d MMM yyyy"
MONTH_FORMAT = "MMM yyyy"


def format_date(value: date | None) -> str:
    """"14 Aug 2019" in the interface language, with no-break spaces: a date never wraps
    inside ("14 нау." above "2025" read as two things)."""
    if value is None:
        return ""
    text = QLocale().toString(QDate(value.year, value.month, value.day), DAY_FORMAT)
    return text.replace(" ", "\u00a0")


def format_time(value: time | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def format_partial(iso: str) -> str:
    """"2016" stays, "2016-04" becomes "Apr 2016", "2016-04-14" becomes "14 Apr 2016"."""
    parts = iso.split("-") if iso else []
    if len(parts) == 3:
        parsed = QDate.fromString(iso, Qt.DateFormat.ISODate)
        return QLocale().toString(parsed, DAY_FORMAT) if parsed.isValid() else iso
    if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
        return QLocale().toString(QDate(int(parts[0]), int(parts[1]), 1), MONTH_FORMAT)
    return iso


def format_timestamp(iso_utc: str) -> str:
    """A stored UTC timestamp ("2026-11-25T11:08:23.262782Z") as a local date and time."""
    if not iso_utc:
        return ""
    stamp = QDateTime.fromString(iso_utc[:19], "yyyy-MM-ddTHH:mm:ss")
    if not stamp.isValid():
        return iso_utc
    stamp.setTimeZone(QTimeZone.utc())
    local = stamp.toLocalTime()
    return QLocale().toString(local, f"{DAY_FORMAT} HH:mm")
