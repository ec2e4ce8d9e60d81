# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening a caseapp database file: plain or encrypted, refusals, pragmas, upgrades, checks.

A file is first looked at read-only (store.files): a missing path becomes a new
database; an empty file, another program's database, a file from a newer caseapp, a
wrong passphrase are refused before a byte is written; a file that fails SQLite's
quick check is opened read-only and reported damaged. Encrypted files use SQLCipher
(``sqlcipher3``, SQLite with AES-256 page encryption); plain ones the standard library.

The database object returned here belongs to one Casebook; it is never bound to the
models globally (see store.binding). Writers start their transactions with
``BEGIN IMMEDIATE`` (``write_transaction``) so that a command waits for another
writer's lock instead of failing when it tries to turn a read into a write.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3
from peewee import OperationalError, SqliteDatabase
from playhouse.sqlcipher_ext import SqlCipherDatabase

from caseapp.domain.errors import (
    Damaged,
    DatabaseTooNew,
    NotADatabase,
    NotFound,
    PassphraseNeeded,
    WrongPassphrase,
)
from caseapp.i18n import _
from caseapp.store import files, schema
from caseapp.store.binding import binding

log = logging.getLogger(__name__)

#: How long a command waits for another writer's lock before it gives up (ms).
BUSY_TIMEOUT_MS = 10_000
#: synchronous=FULL: a commit is on disk before the command returns, so a power cut
#: loses nothing saved (NORMAL in WAL mode may lose the last commits; see reliability.md).
PRAGMAS: dict[str, Any] = {"cipher_log_level": "NONE", "journal_mode": "wal",
                           "foreign_keys": 1, "synchronous": "full", "secure_delete": 1,
                           "cache_size": -16000, "busy_timeout": BUSY_TIMEOUT_MS}
DRIVER_ERRORS = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


def pragmas(busy_timeout_ms: int = BUSY_TIMEOUT_MS, *, encrypted: bool = False,
            read_only: bool = False) -> dict[str, Any]:
    """The connection settings of every caseapp database."""
    settings = {**PRAGMAS, "busy_timeout": busy_timeout_ms}
    if not encrypted:
        settings.pop("cipher_log_level")
    if read_only:
        settings = {k: v for k, v in settings.items() if k not in ("journal_mode", "synchronous")}
        settings["query_only"] = 1
    return settings


@dataclass(frozen=True)
class Opened:
    """An open database and what opening it found: ``problems`` non-empty means the file
    is damaged and was opened read-only."""

    database: SqliteDatabase
    encrypted: bool
    problems: tuple[str, ...] = ()


def open_database(path: Path, *, create: bool = False, backup_dir: Path | None = None,
                  busy_timeout_ms: int = BUSY_TIMEOUT_MS, passphrase: str | None = None,
                  check: bool = True) -> Opened:
    """Open ``path`` (created when missing and ``create``; encrypted when a passphrase is
    given), upgrading an older schema after a backup. Raises before writing anything:
    NotFound, NotADatabase, DatabaseTooNew, PassphraseNeeded, WrongPassphrase."""
    path = Path(path)
    kind = files.kind_of(path)
    if kind == files.MISSING:
        return _create(path, create, passphrase, busy_timeout_ms)
    if kind == files.EMPTY:
        raise NotADatabase(_("{path} is not a caseapp database: the file is empty").format(
            path=path))
    if kind == files.FOREIGN:
        raise NotADatabase(_("{path} is not a caseapp database (not an SQLite file)").format(
            path=path))
    encrypted = kind == files.OTHER
    if encrypted and not passphrase:
        raise PassphraseNeeded(_("{path} is encrypted or not a caseapp database: give its "
                                 "passphrase if it is encrypted").format(path=path))
    key = passphrase if encrypted else None
    facts = _facts(path, key, check)
    if facts.problems:
        return Opened(_connect(path, key, busy_timeout_ms, read_only=True), encrypted,
                      facts.problems)
    database = _connect(path, key, busy_timeout_ms)
    with binding(database):
        schema.bring_up_to_date(database, path, backup_dir, passphrase=key)
    files.make_private(path)
    return Opened(database, encrypted)


def _create(path: Path, create: bool, passphrase: str | None, busy_timeout_ms: int) -> Opened:
    if not create:
        raise NotFound(_("There is no database at {path}").format(path=path))
    files.private_folder(path.parent)
    database = _connect(path, passphrase or None, busy_timeout_ms)
    with binding(database):
        schema.bring_up_to_date(database, path, None)
    files.make_private(path)
    return Opened(database, bool(passphrase))


def _facts(path: Path, passphrase: str | None, check: bool) -> files.Facts:
    """A read-only look at an existing file; every refusal names the file and the cause.

    The quick check runs when asked, and always before an upgrade writes to the file."""
    try:
        facts = files.look(path, passphrase, check=False)
        _refuse_version(path, facts)
        if check or facts.version < schema.SCHEMA_VERSION:
            facts = files.look(path, passphrase, check=True)
    except DRIVER_ERRORS as exc:
        if passphrase is not None:
            raise WrongPassphrase(_("{path}: wrong passphrase or not a caseapp "
                                    "database").format(path=path)) from None
        raise NotADatabase(_("{path} is not a caseapp database ({reason})").format(
            path=path, reason=exc)) from None
    return facts


def _refuse_version(path: Path, facts: files.Facts) -> None:
    if facts.version > schema.SCHEMA_VERSION:
        raise DatabaseTooNew(_(
            "{path} was written by a newer caseapp (schema {found}; this version "
            "knows up to {known}). Update caseapp to open it; the file was not changed."
        ).format(path=path, found=facts.version, known=schema.SCHEMA_VERSION))
    if facts.version < 0 or (facts.version == 0 and facts.tables):
        raise NotADatabase(_("{path} is an SQLite database but not a caseapp one").format(
            path=path))
    if facts.version == 0:
        raise NotADatabase(_("{path} is not a caseapp database: it holds no tables").format(
            path=path))


class _AllConnections:
    """Keeps every connection the database opened, on any thread, so ``close_all`` can
    close them all (peewee's ``close`` closes only the calling thread's)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._registry: list[Any] = []
        self._registry_lock = threading.Lock()
        super().__init__(*args, **kwargs)

    def _connect(self) -> Any:
        connection = super()._connect()  # type: ignore[misc]  # peewee's, mixed in after
        with self._registry_lock:
            self._registry.append(connection)
        return connection

    def close_all(self) -> None:
        """Close this thread's connection the peewee way, then every other thread's."""
        self.close()  # type: ignore[attr-defined]  # peewee's, mixed in after
        with self._registry_lock:
            opened, self._registry[:] = list(self._registry), []
        for connection in opened:
            connection.close()


class PlainDatabase(_AllConnections, SqliteDatabase):
    """An unencrypted caseapp file (Python's own sqlite3)."""


class EncryptedDatabase(_AllConnections, SqlCipherDatabase):
    """An encrypted caseapp file (SQLCipher through ``sqlcipher3``)."""


def _connect(path: Path, passphrase: str | None, busy_timeout_ms: int, *,
             read_only: bool = False) -> SqliteDatabase:
    settings = pragmas(busy_timeout_ms, encrypted=passphrase is not None, read_only=read_only)
    name = (path.resolve().as_uri() + "?mode=ro") if read_only else str(path)
    options: dict[str, Any] = {"pragmas": settings, "uri": read_only,
                               "check_same_thread": False}
    database: SqliteDatabase
    if passphrase is None:
        database = PlainDatabase(name, **options)
    else:
        database = EncryptedDatabase(name, passphrase=passphrase, **options)
    with binding(database):
        database.connect()
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


def checkpoint(database: SqliteDatabase) -> None:
    """Copy the write-ahead log into the file and empty it, so pages a purge zeroed in
    the file are not still readable in the log; skipped while another reader holds it."""
    try:
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except OperationalError:
        log.info("WAL checkpoint skipped: the database is busy")


def quick_check(database: SqliteDatabase) -> tuple[str, ...]:
    return files.quick_check(database.connection())


def check(database: SqliteDatabase) -> list[str]:
    """Problems reported by integrity_check and foreign_key_check (empty when healthy)."""
    problems = [row[0] for row in database.execute_sql("PRAGMA integrity_check")
                if row[0] != "ok"]
    for table, rowid, parent, _index in database.execute_sql("PRAGMA foreign_key_check"):
        problems.append(_("{table} row {rowid} points to a missing {parent}").format(
            table=table, rowid=rowid, parent=parent))
    return problems


def damaged(path: Path, problems: tuple[str, ...], latest: Path | None = None) -> Damaged:
    """The error every write to a damaged file raises, offering the ``latest`` good backup."""
    problem = _one_line(problems[0]) if problems else "?"
    if latest is None:
        return Damaged(_("{path} is damaged ({problem}); it was opened read-only. Restore the "
                         "latest good backup (caseapp backup list / backup restore).").format(
            path=path, problem=problem))
    return Damaged(_("{path} is damaged ({problem}); it was opened read-only. The latest good "
                     "backup is {backup}: caseapp backup restore \"{backup}\" (or File ▸ "
                     "Backups in the window).").format(path=path, problem=problem, backup=latest))


def _one_line(problem: str, limit: int = 160) -> str:
    """SQLite's first complaint on one line ("*** in database main ***" dropped)."""
    lines = [line.strip() for line in problem.splitlines()
             if line.strip() and not line.startswith("***")]
    text = "; ".join(lines) or problem.strip()
    return text if len(text) <= limit else text[:limit - 1] + "…"
