# SPDX-License-Identifier: GPL-3.0-or-later
"""Which database the models talk to: the one its Casebook bound in this context.

Every peewee model's ``_meta.database`` is the one ``BOUND`` object below. It holds
no connection of its own: each attribute it is asked for comes from the database
that ``binding(database)`` set for the current thread (a ContextVar), so two
Casebooks on two files in one process, even on two threads, each read and write
their own file, and nothing is ever rebound globally (peewee's ``bind_ctx`` would
rebind the classes for every thread at once). Used outside ``binding`` it fails
loudly instead of guessing a file.

``binding`` also turns SQLite's operational errors into caseapp's own errors, so the
CLI and the window say "the database is busy" instead of "unexpected error".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import sqlcipher3
from peewee import DatabaseError as PeeweeDatabaseError
from peewee import SqliteDatabase

from caseapp.domain.errors import Busy, Damaged, ReadOnly
from caseapp.i18n import _

#: What a read or write can raise: peewee wraps errors of execute(), but a damaged page
#: met while a cursor is being iterated comes straight from the driver.
DRIVER_ERRORS = (PeeweeDatabaseError, sqlite3.DatabaseError, sqlcipher3.dbapi2.DatabaseError)

_current: ContextVar[SqliteDatabase | None] = ContextVar("caseapp_database", default=None)


class UnboundDatabase(RuntimeError):
    """A store function ran outside any Casebook: a programming error, never user input."""


class _BoundDatabase:
    """Stands in for a database on every model; forwards to the one bound right now."""

    def __getattr__(self, name: str) -> Any:
        database = _current.get()
        if database is None:
            raise UnboundDatabase(f"no database is bound while reading {name!r}")
        return getattr(database, name)

    def __repr__(self) -> str:
        return f"<database bound in this context: {_current.get()!r}>"


BOUND: Any = _BoundDatabase()


def current() -> SqliteDatabase:
    """The database bound in this context (raises UnboundDatabase when there is none)."""
    database = _current.get()
    if database is None:
        raise UnboundDatabase("no database is bound")
    return database


@contextmanager
def binding(database: SqliteDatabase) -> Iterator[SqliteDatabase]:
    """Make ``database`` the models' database inside the block (nests; per thread)."""
    token = _current.set(database)
    try:
        yield database
    except DRIVER_ERRORS as exc:
        known = translated(exc, str(getattr(database, "database", "")))
        if known is None:
            raise
        raise known from exc
    finally:
        _current.reset(token)


def translated(exc: Exception, path: str) -> Exception | None:
    """A caseapp error, naming the file, for the SQLite conditions a volunteer can meet."""
    text = str(exc).lower()
    where = f"{path}: " if path else ""
    if "locked" in text or "busy" in text:
        return Busy(where + _("The database is busy: another caseapp or program is writing "
                              "to it. Try again."))
    if "readonly" in text or "read-only" in text:
        return ReadOnly(where + _("The database file cannot be written (it or its folder is "
                                  "read-only). Nothing was changed."))
    if "malformed" in text or "not a database" in text or "disk i/o" in text:
        return Damaged(where + _("The database file is damaged ({reason}). Make a copy of it "
                                 "and run “caseapp check”.").format(reason=exc))
    return None
