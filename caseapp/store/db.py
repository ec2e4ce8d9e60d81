# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening a caseapp database file: refusal of newer files, pragmas, upgrades, checks.

The database object returned here belongs to one Casebook; it is never bound to the
models globally (see store.binding). Writers start their transactions with
``BEGIN IMMEDIATE`` (``write_transaction``) so that a command waits for another
writer's lock instead of failing when it tries to turn a read into a write.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import OperationalError, SqliteDatabase

from caseapp.domain.errors import DatabaseError, DatabaseTooNew, NotFound
from caseapp.i18n import _
from caseapp.store import schema
from caseapp.store.binding import binding

log = logging.getLogger(__name__)

#: How long a command waits for another writer's lock before it gives up (ms).
BUSY_TIMEOUT_MS = 10_000
PRAGMAS = {"journal_mode": "wal", "foreign_keys": 1, "synchronous": "normal",
           "cache_size": -16000, "busy_timeout": BUSY_TIMEOUT_MS}


def pragmas(busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> dict[str, object]:
    """The connection settings of every caseapp database."""
    return {**PRAGMAS, "busy_timeout": busy_timeout_ms}


def read_user_version(path: Path) -> int:
    """The schema version of a file, read without changing a byte of it.

    Without a -wal beside it the file is read as immutable: a plain read-only
    connection to a WAL database would leave new -wal and -shm files behind.
    """
    return _read_only_value(path, "PRAGMA user_version")


def _read_only_value(path: Path, sql: str) -> int:
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            return connection.execute(sql).fetchone()[0]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_("{path} is not a caseapp database ({reason})").format(
            path=path, reason=exc)) from None


def open_database(path: Path, *, create: bool = False, backup_dir: Path | None = None,
                  busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> SqliteDatabase:
    """Open (or create) ``path``, upgrading an older schema after a backup.

    Raises DatabaseTooNew, leaving the file untouched, when a newer caseapp wrote it,
    and DatabaseError, also before writing anything, for another program's database.
    """
    path = Path(path)
    if path.exists():
        _refuse_newer(path)
        _refuse_foreign(path)
    elif not create:
        raise NotFound(_("There is no database at {path}").format(path=path))
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    database = SqliteDatabase(str(path), pragmas=pragmas(busy_timeout_ms))
    with binding(database):
        database.connect()
        schema.bring_up_to_date(database, path, backup_dir)
    return database


@contextmanager
def write_transaction(database: SqliteDatabase) -> Iterator[None]:
    """One command's transaction, begun as a writer (nested calls become savepoints)."""
    with database.atomic(lock_type="IMMEDIATE"):
        yield


def optimize(database: SqliteDatabase) -> None:
    """Let SQLite refresh its statistics after writing; skipped while another writer works."""
    try:
        database.execute_sql("PRAGMA optimize")
    except OperationalError:
        log.info("PRAGMA optimize skipped: the database is busy")


def _refuse_newer(path: Path) -> None:
    version = read_user_version(path)
    if version > schema.SCHEMA_VERSION:
        raise DatabaseTooNew(_(
            "{path} was written by a newer caseapp (schema {found}; this version "
            "knows up to {known}). Update caseapp to open it; the file was not changed."
        ).format(path=path, found=version, known=schema.SCHEMA_VERSION))


def _refuse_foreign(path: Path) -> None:
    """A version-0 file with tables belongs to another program: do not even set WAL on it."""
    tables = _read_only_value(path, "SELECT count(*) FROM sqlite_master")
    if tables and read_user_version(path) == 0:
        raise DatabaseError(_("{path} is an SQLite database but not a caseapp one").format(
            path=path))


def check(database: SqliteDatabase) -> list[str]:
    """Problems reported by integrity_check and foreign_key_check (empty when healthy)."""
    problems = [row[0] for row in database.execute_sql("PRAGMA integrity_check")
                if row[0] != "ok"]
    for table, rowid, parent, _index in database.execute_sql("PRAGMA foreign_key_check"):
        problems.append(_("{table} row {rowid} points to a missing {parent}").format(
            table=table, rowid=rowid, parent=parent))
    return problems


def backup_to(database: SqliteDatabase, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        destination = sqlite3.connect(str(target))
        try:
            database.connection().backup(destination)
        finally:
            destination.close()
    except sqlite3.Error as exc:
        raise DatabaseError(_("Cannot write a backup to {path} ({reason})").format(
            path=target, reason=exc)) from None
    return target
