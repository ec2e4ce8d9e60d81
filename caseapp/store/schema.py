# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema versions: PRAGMA user_version and an ordered tuple of upgrade steps.

A new file gets the current schema directly. An older file is first copied to a
timestamped backup, then upgraded one step at a time inside one transaction, then
checked. A newer file is refused before it is opened (see store.db).
The steps themselves are in store/steps.py.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase

from caseapp.domain.errors import DatabaseError
from caseapp.i18n import _
from caseapp.store import code_data
from caseapp.store.models import ALL_MODELS
from caseapp.store.search import INDEX_MODELS
from caseapp.store.steps import UPGRADE_STEPS as STEPS
from caseapp.store.steps import Step

SCHEMA_VERSION = 1 + len(STEPS)


def user_version(database: SqliteDatabase) -> int:
    return database.pragma("user_version")


def bring_up_to_date(database: SqliteDatabase, path: Path, backup_dir: Path | None,
                     steps: tuple[Step, ...] = STEPS, *, passphrase: str | None = None) -> None:
    """Create a new file's schema, or back up (encrypted with ``passphrase`` when the file
    is) and upgrade an older one."""
    version = user_version(database)
    target = 1 + len(steps)
    if version == target:
        return
    if version == 0:
        _create_fresh(database, target)
        return
    _upgrade(database, path, version, backup_dir, steps, passphrase)


def _create_fresh(database: SqliteDatabase, target: int) -> None:
    if database.get_tables():
        raise DatabaseError(_("This file is an SQLite database but not a caseapp one"))
    with database.atomic():
        database.create_tables(ALL_MODELS + tuple(INDEX_MODELS.values()))
        code_data.sync(database)
        database.pragma("user_version", target)


def _upgrade(database: SqliteDatabase, path: Path, version: int, backup_dir: Path | None,
             steps: tuple[Step, ...], passphrase: str | None) -> None:
    backup_before_upgrade(database, path, version, backup_dir, passphrase)
    with database.atomic():
        for index in range(version - 1, len(steps)):
            steps[index](database)
            database.pragma("user_version", index + 2)
    from caseapp.store.db import check

    problems = check(database)
    if problems:
        raise DatabaseError(_("The upgraded database failed its check: {problem}").format(
            problem=problems[0]))


def backup_before_upgrade(database: SqliteDatabase, path: Path, version: int,
                          backup_dir: Path | None, passphrase: str | None = None) -> Path:
    """A checked copy at <backup_dir>/<name>-v<version>-<UTC time>.sqlite."""
    from caseapp.store.backups import copy_database

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = backup_dir or path.parent / "backups"
    return copy_database(database, folder / f"{path.stem}-v{version}-{stamp}.sqlite",
                         passphrase)
