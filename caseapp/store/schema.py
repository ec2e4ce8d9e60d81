# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema versions: PRAGMA user_version and an ordered tuple of upgrade steps.

A new file gets the current schema directly. An older file is first copied to a
timestamped backup, then upgraded one step at a time inside one transaction, then
checked. A newer file is refused before it is opened (see store.db).
The steps themselves are in store/steps.py.

The shipped code lists (store/code_data.py) change more often than the schema: a file
whose lists are older than this caseapp's is brought up to them the same way, a backup
first, then one transaction (articles added, titles refreshed, charges untouched), logged
and recorded in its audit log. An upgraded file gets them in its upgrade's transaction.
"""

from __future__ import annotations

import logging
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

log = logging.getLogger(__name__)


def user_version(database: SqliteDatabase) -> int:
    return database.pragma("user_version")


def bring_up_to_date(database: SqliteDatabase, path: Path, backup_dir: Path | None,
                     steps: tuple[Step, ...] = STEPS, *, passphrase: str | None = None) -> None:
    """Create a new file's schema, or back up (encrypted with ``passphrase`` when the file
    is) and upgrade an older one, or bring a current one's older code lists up to date."""
    version = user_version(database)
    target = 1 + len(steps)
    if version == 0:
        _create_fresh(database, target)
    elif version < target:
        _upgrade(database, path, version, backup_dir, steps, passphrase)
    elif target == SCHEMA_VERSION and not code_data.holds_shipped(database):
        _refresh_codes(database, path, version, backup_dir, passphrase)


def _create_fresh(database: SqliteDatabase, target: int) -> None:
    if database.get_tables():
        raise DatabaseError(_("This file is an SQLite database but not a caseapp one"))
    with database.atomic():
        database.create_tables(ALL_MODELS + tuple(INDEX_MODELS.values()))
        code_data.refresh(database)
        database.pragma("user_version", target)


def _upgrade(database: SqliteDatabase, path: Path, version: int, backup_dir: Path | None,
             steps: tuple[Step, ...], passphrase: str | None) -> None:
    backup_before_upgrade(database, path, version, backup_dir, passphrase)
    with database.atomic():
        for index in range(version - 1, len(steps)):
            steps[index](database)
            database.pragma("user_version", index + 2)
        if len(steps) + 1 == SCHEMA_VERSION:
            _log_refresh(*code_data.refresh(database))
    from caseapp.store.db import check

    problems = check(database)
    if problems:
        raise DatabaseError(_("The upgraded database failed its check: {problem}").format(
            problem=problems[0]))


def _refresh_codes(database: SqliteDatabase, path: Path, version: int,
                   backup_dir: Path | None, passphrase: str | None) -> None:
    """Bring a current-schema file's code lists up to the shipped ones, after a backup."""
    backup_before_upgrade(database, path, version, backup_dir, passphrase)
    with database.atomic(lock_type="IMMEDIATE"):  # waits for another writer's lock
        if code_data.holds_shipped(database):  # another process was quicker
            return
        counts = code_data.refresh(database)
    _log_refresh(*counts)


def _log_refresh(inserted: int, updated: int) -> None:
    log.info("Code lists brought up to the shipped ones (%s): %d articles added, "
             "%d refreshed", code_data.shipped_digest(), inserted, updated)


def backup_before_upgrade(database: SqliteDatabase, path: Path, version: int,
                          backup_dir: Path | None, passphrase: str | None = None) -> Path:
    """A checked copy at <backup_dir>/<name>-v<version>-<UTC time>.sqlite."""
    from caseapp.store.backups import copy_database

    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    folder = backup_dir or path.parent / "backups"
    return copy_database(database, folder / f"{path.stem}-v{version}-{stamp}.sqlite",
                         passphrase)
