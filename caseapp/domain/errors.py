# SPDX-License-Identifier: GPL-3.0-or-later
"""One hierarchy of errors that every layer raises and the CLI/GUI turn into messages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class CaseAppError(Exception):
    """Base: the message is meant for the volunteer and names what and where."""


class NotFound(CaseAppError):
    """A record, file or name the volunteer asked for does not exist."""


class Invalid(CaseAppError):
    """Input that cannot be accepted; ``field`` names where, when known. A form with
    several bad fields raises one Invalid for the first whose ``others`` holds the rest,
    so that every problem is shown at once."""

    def __init__(self, message: str, *, field: str | None = None,
                 others: tuple[Invalid, ...] = ()) -> None:
        super().__init__(message)
        self.field = field
        self.others = others

    @property
    def all(self) -> tuple[Invalid, ...]:
        return (self, *self.others)

    @staticmethod
    def combined(problems: list[Invalid]) -> Invalid:
        """One Invalid standing for all of ``problems`` (at least one)."""
        flat = [one for problem in problems for one in problem.all]
        first = flat[0]
        return Invalid(str(first), field=first.field, others=tuple(flat[1:]))


def collect_invalid(readers: dict[str, Callable[[], Any]]) -> dict[str, Any]:
    """Call every reader; their values by name, or one Invalid combining every reader's
    Invalid (each form field is read even after one failed)."""
    values: dict[str, Any] = {}
    problems: list[Invalid] = []
    for name, read in readers.items():
        try:
            values[name] = read()
        except Invalid as exc:
            problems.append(exc)
    if problems:
        raise Invalid.combined(problems)
    return values


class Ambiguous(CaseAppError):
    """A name search matched more than one record where one was needed."""


class DatabaseError(CaseAppError):
    """A problem with the database file itself, named in the message with its path.

    The CLI exits with status 2 for these (1 for other errors): the file, not the
    command, needs attention.
    """


class NotADatabase(DatabaseError):
    """Empty, another program's, or not SQLite at all; nothing was written to it."""


class Damaged(DatabaseError):
    """The file failed SQLite's check; it is opened read-only, never written."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer caseapp; it is left untouched."""


class PassphraseNeeded(DatabaseError):
    """The file is encrypted (or not a database); a passphrase is needed to open it."""


class WrongPassphrase(DatabaseError):
    """The passphrase does not open the file (or the file is not a caseapp database)."""


class Cancelled(CaseAppError):
    """A long job was cancelled; nothing it started was kept."""


class Busy(DatabaseError):
    """Another program held the write lock longer than the busy timeout; nothing changed."""


class ReadOnly(DatabaseError):
    """The file or its folder cannot be written; nothing changed."""


class ChangedElsewhere(CaseAppError):
    """Undo or redo found a row changed by another writer since; nothing was touched."""


class BadBundle(CaseAppError):
    """An exchange bundle that is damaged, altered, too new or not a bundle; nothing was
    written. The message is one line naming the reason."""
