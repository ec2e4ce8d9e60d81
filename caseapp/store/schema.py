# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema versions: PRAGMA user_version and an ordered tuple of upgrade steps.

A new file gets the current schema directly. An older file is first copied to a
timestamped backup, then upgraded one step at a time inside one transaction, then
checked. A newer file is refused before it is opened (see store.db).
Steps never import store.models: each declares what it needs inline.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase

from caseapp.domain import names
from caseapp.domain.errors import DatabaseError
from caseapp.i18n import _
from caseapp.store.models import ALL_MODELS, CodeArticle
from caseapp.store.rows import new_uid, now_text
from caseapp.store.search import INDEX_MODELS

#: STEPS[n] upgrades a file from version n+1 to n+2 (version 1 is the first release).
Step = Callable[[SqliteDatabase], None]


def _v1_to_v2(database: SqliteDatabase) -> None:
    """Index hearings and campaign actions for search (as store.rows.INDEXED_COLUMNS)."""
    documents = {"hearing": ("court", "judge", "observers", "outcome", "notes"),
                 "action": ("title", "outcome", "responsible", "notes")}
    for table, columns in documents.items():
        rows = database.execute_sql(f"SELECT id, {', '.join(columns)} FROM {table}").fetchall()
        for pk, *texts in rows:
            terms = set().union(*(names.search_terms(text or "") for text in texts))
            database.execute_sql(
                "INSERT INTO search_index (entity, entity_id, terms) VALUES (?, ?, ?)",
                (table, str(pk), " ".join(sorted(terms))))


#: (table, column) indexed over live rows since schema 3 (lists' orders, counts).
_V3_LIVE_ORDERS = (("person", "sort_key"), ("person", "status"), ("case_file", "opened"),
                   ("hearing", "date"), ("action", "date"), ("source", "published"))


def _v2_to_v3(database: SqliteDatabase) -> None:
    """Search tables per entity addressed by record id (purged rows' entries dropped);
    partial indexes that give each list its first page without sorting; deleted_at
    indexed only where set; events that sources report (reported_event and its persons)."""
    for table in ("person", "case_file", "source", "hearing", "action"):
        database.execute_sql(f'CREATE VIRTUAL TABLE IF NOT EXISTS "search_{table}" USING fts5 '
                             '("terms", tokenize="unicode61 remove_diacritics 0")')
        database.execute_sql(
            f'INSERT INTO "search_{table}" (rowid, terms) '
            f"SELECT CAST(entity_id AS INTEGER), terms FROM search_index "
            f"WHERE entity = ? AND CAST(entity_id AS INTEGER) IN (SELECT id FROM {table})",
            (table,))
    database.execute_sql("DROP TABLE search_index")
    _v3_trash_indexes(database)
    for table, column in _V3_LIVE_ORDERS:
        database.execute_sql(f'CREATE INDEX "{table}_live_{column}" ON "{table}" '
                             f'("{column}", "id") WHERE ("deleted_at" IS NULL)')
    for statement in _V3_REPORTED_EVENTS:
        database.execute_sql(statement)


#: Record columns every table starts with (as store.models declares them).
_RECORD_COLUMNS = ('"id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, '
                   '"created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "deleted_at" TEXT')
_V3_REPORTED_EVENTS = (
    f'CREATE TABLE "reported_event" ({_RECORD_COLUMNS}, "source_id" INTEGER NOT NULL, '
    '"kind" TEXT NOT NULL, "title" TEXT NOT NULL, "date" TEXT, "place" TEXT NOT NULL, '
    '"notes" TEXT NOT NULL, FOREIGN KEY ("source_id") REFERENCES "source" ("id") '
    'ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "reportedevent_uid" ON "reported_event" ("uid")',
    'CREATE INDEX "reportedevent_source_id" ON "reported_event" ("source_id")',
    'CREATE INDEX "reported_event_in_trash" ON "reported_event" ("deleted_at") '
    'WHERE ("deleted_at" IS NOT NULL)',
    f'CREATE TABLE "reported_event_person" ({_RECORD_COLUMNS}, "event_id" INTEGER NOT NULL, '
    '"person_id" INTEGER NOT NULL, FOREIGN KEY ("event_id") REFERENCES "reported_event" ("id") '
    'ON DELETE CASCADE, FOREIGN KEY ("person_id") REFERENCES "person" ("id") ON DELETE CASCADE)',
    'CREATE UNIQUE INDEX "reportedeventperson_uid" ON "reported_event_person" ("uid")',
    'CREATE INDEX "reportedeventperson_event_id" ON "reported_event_person" ("event_id")',
    'CREATE INDEX "reportedeventperson_person_id" ON "reported_event_person" ("person_id")',
    'CREATE INDEX "reported_event_person_in_trash" ON "reported_event_person" ("deleted_at") '
    'WHERE ("deleted_at" IS NOT NULL)',
)


def _v3_trash_indexes(database: SqliteDatabase) -> None:
    found = database.execute_sql("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' "
                                 "AND name LIKE '%\\_deleted\\_at' ESCAPE '\\'").fetchall()
    for name, table in found:
        database.execute_sql(f'DROP INDEX "{name}"')
        database.execute_sql(f'CREATE INDEX "{table}_in_trash" ON "{table}" ("deleted_at") '
                             'WHERE ("deleted_at" IS NOT NULL)')


STEPS: tuple[Step, ...] = (_v1_to_v2, _v2_to_v3)
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
        seed_code_articles()
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


def seed_code_articles() -> None:
    """Load the shipped criminal/administrative code articles into a new database."""
    data_file = Path(__file__).with_name("data") / "code_articles.json"
    entries = json.loads(data_file.read_text(encoding="utf-8"))["articles"]
    stamp = now_text()
    rows = [dict(entry, uid=new_uid(), created_at=stamp, updated_at=stamp) for entry in entries]
    CodeArticle.insert_many(rows).execute()
