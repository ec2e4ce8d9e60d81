# SPDX-License-Identifier: GPL-3.0-or-later
"""Copies of a database that can be trusted: written aside, checked, then named.

A copy is written to a hidden temporary name in the target folder, fsynced, opened
again and checked (``quick_check``, the number of persons) and only then renamed to
its real name, so a copy killed halfway never looks like a backup. A copy of an
encrypted database is encrypted with the same key (SQLCipher's ``sqlcipher_export``
into an attached, keyed file); no plain copy is ever written for it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from caseapp.domain.errors import Damaged, DatabaseError
from caseapp.i18n import _
from caseapp.store import files

#: Prefix of copies being written; a file with it is never a backup and is removed.
PARTIAL = ".partial-"
DRIVER_ERRORS = files.DRIVER_ERRORS


@dataclass(frozen=True)
class BackupFacts:
    """What a backup file holds, read without opening it for writing."""

    path: Path
    size: int
    persons: int | None
    encrypted: bool
    sound: bool


def copy_database(database: SqliteDatabase, target: Path, passphrase: str | None) -> Path:
    """Write a checked copy of the open ``database`` to ``target`` (must not exist)."""
    files.private_folder(target.parent)
    partial = target.with_name(PARTIAL + target.name)
    partial.unlink(missing_ok=True)
    try:
        _write(database, partial, passphrase)
        files.fsync_file(partial)
        _verify(partial, passphrase)
        os.replace(partial, target)
        files.fsync_folder(target.parent)
    except DRIVER_ERRORS as exc:
        raise DatabaseError(_("Cannot write a backup to {path} ({reason})").format(
            path=target, reason=exc)) from None
    finally:
        partial.unlink(missing_ok=True)
    files.make_private(target)
    return target


def _write(database: SqliteDatabase, partial: Path, passphrase: str | None) -> None:
    """Page by page with SQLite's backup API (an encrypted file's pages stay encrypted
    with the same key; nothing is ever written in plain text)."""
    files.copy_pages(database.connection(), partial, passphrase)


def _verify(partial: Path, passphrase: str | None) -> None:
    facts = files.look(partial, passphrase, check=True)
    if facts.problems or not facts.tables:
        raise Damaged(_("The copy failed its check ({problem}); the database itself may be "
                        "damaged. No backup was kept.").format(
            problem=facts.problems[0] if facts.problems else _("no tables")))


def describe(path: Path, passphrase: str | None) -> BackupFacts:
    """Size, persons and soundness of one backup file (never raises for a bad file)."""
    encrypted = files.kind_of(path) == files.OTHER
    key = passphrase if encrypted else None
    try:
        with files.read_only(path, key) as connection:
            persons = connection.execute(
                "SELECT count(*) FROM person WHERE deleted_at IS NULL").fetchone()[0]
            sound = connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    except DRIVER_ERRORS:
        persons, sound = None, False
    return BackupFacts(path, path.stat().st_size, persons, encrypted, sound)


def keep_damaged(path: Path, stamp: str) -> Path:
    """Copy a damaged database's bytes (and its write-ahead log) beside it, unchanged."""
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(f"{target}{suffix}"))
            files.make_private(Path(f"{target}{suffix}"))
    return target


def remove_partials(folder: Path) -> int:
    """Delete copies left by killed runs; returns how many."""
    removed = 0
    for leftover in folder.glob(PARTIAL + "*") if folder.exists() else ():
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed += 1
    return removed
