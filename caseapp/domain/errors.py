# SPDX-License-Identifier: GPL-3.0-or-later
"""One hierarchy of errors that every layer raises and the CLI/GUI turn into messages."""

from __future__ import annotations


class CaseAppError(Exception):
    """Base: the message is meant for the volunteer and names what and where."""


class NotFound(CaseAppError):
    """A record, file or name the volunteer asked for does not exist."""


class Invalid(CaseAppError):
    """Input that cannot be accepted; ``field`` names where, when known."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class Ambiguous(CaseAppError):
    """A name search matched more than one record where one was needed."""


class DatabaseTooNew(CaseAppError):
    """The database was written by a newer caseapp; it is left untouched."""


class DatabaseError(CaseAppError):
    """The file is not a caseapp database or is damaged."""


class Cancelled(CaseAppError):
    """A long job was cancelled; nothing it started was kept."""


class Busy(CaseAppError):
    """Another program held the write lock longer than the busy timeout; nothing changed."""


class ReadOnly(CaseAppError):
    """The file or its folder cannot be written; nothing changed."""


class ChangedElsewhere(CaseAppError):
    """Undo or redo found a row changed by another writer since; nothing was touched."""
