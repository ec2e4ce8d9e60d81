# SPDX-License-Identifier: GPL-3.0-or-later
"""What a file on disk is, found out without changing a byte of it; owner-only files.

Before caseapp opens a file for writing it looks at it read-only: is it there, empty,
a plain SQLite file or something else (an encrypted caseapp database, or not a
database at all); which schema version it says it has; whether SQLite's quick check
passes. Only then is it opened for writing, so a file from a newer caseapp, another
program or a damaged disk is refused or opened read-only, and left as it was.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

SQLITE_HEADER = b"SQLite format 3\x00"

#: What a path holds: nothing, an empty file, plain SQLite, maybe encrypted, or not SQLite.
MISSING, EMPTY, PLAIN, OTHER, FOREIGN = "missing", "empty", "plain", "other", "foreign"


#: SQLite (and SQLCipher) files are whole pages; no page is smaller than this.
SMALLEST_PAGE = 512


#: What either driver raises for a file it cannot use.
DRIVER_ERRORS = (sqlite3.Error, sqlcipher3.Error)


def kind_of(path: Path) -> str:
    """MISSING, EMPTY, PLAIN (an unencrypted SQLite file), OTHER (maybe encrypted: whole
    pages of what looks like noise) or FOREIGN (neither: a text, a picture, half a file)."""
    if not path.exists():
        return MISSING
    with path.open("rb") as handle:
        head = handle.read(len(SQLITE_HEADER))
    if not head:
        return EMPTY
    if head == SQLITE_HEADER:
        return PLAIN
    return OTHER if path.stat().st_size % SMALLEST_PAGE == 0 else FOREIGN


@dataclass(frozen=True)
class Facts:
    """What a read-only look at an existing database found."""

    version: int
    tables: int
    problems: tuple[str, ...] = ()


def keyed(connection: Any, passphrase: str | None) -> Any:
    """Give an SQLCipher connection its key; SQLCipher logs nothing to the terminal."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    if passphrase is not None:
        connection.execute("PRAGMA key = " + quoted(passphrase))
    return connection


def quoted(text: str) -> str:
    """An SQL string literal (PRAGMA key takes no parameters)."""
    return "'" + text.replace("'", "''") + "'"


@contextlib.contextmanager
def read_only(path: Path, passphrase: str | None = None) -> Iterator[Any]:
    """A connection that cannot write: immutable when no -wal is beside the file (a plain
    read-only connection to a WAL database would leave new -wal and -shm files)."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    if passphrase is None:
        connection = sqlite3.connect(uri, uri=True)
    else:
        connection = keyed(sqlcipher3.connect(uri, uri=True), passphrase)
    try:
        yield connection
    finally:
        connection.close()


def look(path: Path, passphrase: str | None, *, check: bool) -> Facts:
    """Schema version, number of tables and (with ``check``) quick_check's problems.

    Raises the driver's DatabaseError when the file cannot be read as SQLite with this
    passphrase (the caller words it)."""
    with read_only(path, passphrase) as connection:
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        return Facts(version, tables, quick_check(connection) if check else ())


def quick_check(connection: Any) -> tuple[str, ...]:
    """SQLite's quick check: its complaints, or the error that stopped it; () when sound."""
    try:
        return tuple(row[0] for row in connection.execute("PRAGMA quick_check")
                     if row[0] != "ok")
    except (sqlite3.DatabaseError, sqlcipher3.DatabaseError) as exc:
        return (str(exc),)


def make_private(path: Path) -> None:
    """Owner-only permissions (0600) for a file caseapp wrote, and its -wal/-shm."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            os.chmod(candidate, stat.S_IRUSR | stat.S_IWUSR)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) readable by the owner only (0700)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(folder, stat.S_IRWXU)
    return folder


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_durably(path: Path, data: bytes) -> None:
    """Write a small file (settings) so a crash leaves the old or the new one, never half:
    owner-only temporary file beside it, fsync, rename, fsync of the folder."""
    private_folder(path.parent)
    partial = path.with_name(f".{path.name}.part")
    descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
    fsync_folder(path.parent)


def copy_pages(source: Any, target: Path, passphrase: str | None) -> None:
    """Copy an open database to the new file ``target`` with SQLite's backup API, keyed
    like the source (SQLCipher copies pages between files with the same key). The
    backup API needs both ends from the same driver."""
    if isinstance(source, sqlite3.Connection):
        destination = sqlite3.connect(str(target))
    else:
        destination = keyed(sqlcipher3.connect(str(target)), passphrase)
    try:
        source.backup(destination)
    finally:
        destination.close()


def log_settled(path: Path, passphrase: str | None) -> bool:
    """True when no write-ahead log is left beside ``path``. A log left by a crash is
    checkpointed into the file by one connection, which deletes it on close as the last
    user; a log still there afterwards belongs to another program that has the file open
    (a file put in its place would meet that log)."""
    log = Path(f"{path}-wal")
    if not log.exists():
        return True
    with contextlib.suppress(*DRIVER_ERRORS):
        connection = keyed(sqlcipher3.connect(str(path)), passphrase)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()
    return not log.exists()
