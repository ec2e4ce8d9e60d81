# SPDX-License-Identifier: GPL-3.0-or-later
"""Column types that keep domain values (partial dates, times) as sortable ISO text."""

from __future__ import annotations

from datetime import date, time

from peewee import Field, TextField

from caseapp.domain.partial_date import PartialDate


class PartialDateField(TextField):
    """Stores a PartialDate as "2016", "2016-04" or "2016-04-14"."""

    def db_value(self, value: PartialDate | str | None) -> str | None:
        if value is None or value == "":
            return None
        return value.iso() if isinstance(value, PartialDate) else PartialDate.parse(value).iso()

    def python_value(self, value: str | None) -> PartialDate | None:
        return PartialDate.parse(value) if value else None


class IsoDateField(TextField):
    """A full date as ISO text (SQLite has no date type; text sorts right)."""

    def db_value(self, value: date | str | None) -> str | None:
        if value is None or value == "":
            return None
        day = value if isinstance(value, date) else date.fromisoformat(value)
        return day.isoformat()

    def python_value(self, value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None


class IsoTimeField(TextField):
    """A time of day as "HH:MM"."""

    def db_value(self, value: time | str | None) -> str | None:
        if value is None or value == "":
            return None
        parsed = value if isinstance(value, time) else time.fromisoformat(value)
        return parsed.strftime("%H:%M")

    def python_value(self, value: str | None) -> time | None:
        return time.fromisoformat(value) if value else None


class BytesField(Field):
    """Bytes kept as a BLOB (peewee's BlobField would ask the database for its binary type
    when the model is built, before any Casebook has bound one)."""

    field_type = "BLOB"

    def db_value(self, value: bytes | None) -> bytes | None:
        return bytes(value) if value is not None else None

    def python_value(self, value: bytes | memoryview | None) -> bytes | None:
        return bytes(value) if value is not None else None
