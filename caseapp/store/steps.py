# SPDX-License-Identifier: GPL-3.0-or-later
"""The schema upgrade steps, oldest first: each turns a file of version n into n+1.

Steps never import store.models: a step is frozen in time, so it states the tables and
indexes of its version in SQL; tests/store/test_schema_upgrade.py checks that a file
upgraded through every step has the same schema as a new one.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from caseapp.domain import names
from caseapp.store import code_data
from caseapp.store.rows import new_uid, now_text

#: UPGRADE_STEPS[n] upgrades a file from version n+1 to n+2 (version 1: the first release).
Step = Callable[[SqliteDatabase], None]

#: Record columns every table starts with (as store.models declares them).
_RECORD_COLUMNS = ('"id" INTEGER NOT NULL PRIMARY KEY, "uid" VARCHAR(255) NOT NULL, '
                   '"created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "deleted_at" TEXT')


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


def _v3_to_v4(database: SqliteDatabase) -> None:
    """Photos kept inside the database (attachment), so they are encrypted, backed up
    and purged with it; nothing personal is left in a folder beside the file."""
    for statement in _V4_ATTACHMENTS:
        database.execute_sql(statement)
    _v4_photos_inside(database)


_V4_ATTACHMENTS = (
    f'CREATE TABLE "attachment" ({_RECORD_COLUMNS}, "sha256" TEXT NOT NULL, '
    '"media_type" TEXT NOT NULL, "data" BLOB NOT NULL)',
    'CREATE UNIQUE INDEX "attachment_uid" ON "attachment" ("uid")',
    'CREATE UNIQUE INDEX "attachment_sha256" ON "attachment" ("sha256")',
    'CREATE INDEX "attachment_in_trash" ON "attachment" ("deleted_at") '
    'WHERE ("deleted_at" IS NOT NULL)',
)
_V4_MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png",
                   ".gif": "image/gif", ".bmp": "image/bmp", ".webp": "image/webp"}


def _v4_photos_inside(database: SqliteDatabase) -> None:
    """Photos were file paths in the data folder; their bytes move into the database.
    A photo file that is gone leaves the person without a photo."""
    stamp = now_text()
    for person_id, stored in database.execute_sql(
            "SELECT id, photo FROM person WHERE photo != ''").fetchall():
        source = Path(stored)
        if not source.is_file():
            database.execute_sql("UPDATE person SET photo = '' WHERE id = ?", (person_id,))
            continue
        data = source.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        database.execute_sql(
            "INSERT OR IGNORE INTO attachment (uid, created_at, updated_at, sha256, media_type, "
            "data) VALUES (?, ?, ?, ?, ?, ?)",
            (new_uid(), stamp, stamp, digest,
             _V4_MEDIA_TYPES.get(source.suffix.lower(), ""), data))
        database.execute_sql("UPDATE person SET photo = ? WHERE id = ?", (digest, person_id))


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


#: The columns schema 5 adds to code_article, as store.models declares them.
_V5_ARTICLE_COLUMNS = ('"term_min_months" INTEGER', '"term_max_months" INTEGER',
                       '"fine_min" INTEGER', '"fine_max" INTEGER', '"fine_unit" TEXT',
                       '"search_key" TEXT')


def _v4_to_v5(database: SqliteDatabase) -> None:
    """The complete codes (store/data/codes): penalty ranges and a search key per article;
    missing articles inserted, shipped titles refreshed, none deleted."""
    for column in _V5_ARTICLE_COLUMNS:
        database.execute_sql(f'ALTER TABLE "code_article" ADD COLUMN {column}')
    code_data.sync(database)


_V6_EXCHANGE_TABLES = (
    'CREATE TABLE "exchange_state" ("id" INTEGER NOT NULL PRIMARY KEY, "target_table" TEXT '
    'NOT NULL, "target_uid" TEXT NOT NULL, "snapshot" TEXT NOT NULL, "history" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "exchangestate_target_table_target_uid" ON "exchange_state" '
    '("target_table", "target_uid")',
    'CREATE TABLE "exchange_conflict" ("id" INTEGER NOT NULL PRIMARY KEY, "target_table" TEXT '
    'NOT NULL, "target_uid" TEXT NOT NULL, "field" TEXT NOT NULL, "mine" TEXT NOT NULL, '
    '"theirs" TEXT NOT NULL, "theirs_history" TEXT NOT NULL, "peer" TEXT NOT NULL, '
    '"found_at" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "exchangeconflict_target_table_target_uid_field" ON '
    '"exchange_conflict" ("target_table", "target_uid", "field")',
    'CREATE TABLE "exchange_meta" ("id" INTEGER NOT NULL PRIMARY KEY, "key" TEXT NOT NULL, '
    '"value" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "exchangemeta_key" ON "exchange_meta" ("key")',
)


_V7_LETTERS = (
    f'CREATE TABLE "addressee" ({_RECORD_COLUMNS}, "name" TEXT NOT NULL, "title" TEXT NOT NULL, '
    '"postal_address" TEXT NOT NULL, "email" TEXT NOT NULL, "language" TEXT NOT NULL, '
    '"salutation" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "addressee_uid" ON "addressee" ("uid")',
    'CREATE INDEX "addressee_in_trash" ON "addressee" ("deleted_at") '
    'WHERE ("deleted_at" IS NOT NULL)',
    f'CREATE TABLE "letter_template" ({_RECORD_COLUMNS}, "kind" TEXT NOT NULL, '
    '"language" TEXT NOT NULL, "subject" TEXT NOT NULL, "body" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "lettertemplate_uid" ON "letter_template" ("uid")',
    'CREATE INDEX "letter_template_in_trash" ON "letter_template" ("deleted_at") '
    'WHERE ("deleted_at" IS NOT NULL)',
    'ALTER TABLE "action" ADD COLUMN "reply_text" TEXT',
    'ALTER TABLE "action" ADD COLUMN "follow_up_on" TEXT',
    'ALTER TABLE "action" ADD COLUMN "letter_text" TEXT',
)


def _v5_to_v6(database: SqliteDatabase) -> None:
    """Exchange bundles: what was last agreed per record, open conflicts, the database id."""
    for statement in _V6_EXCHANGE_TABLES:
        database.execute_sql(statement)


def _v6_to_v7(database: SqliteDatabase) -> None:
    """Letters: the addressee book, volunteers' edited letter templates, and per action
    the reply text, a follow-up date and the text of the letter sent."""
    for statement in _V7_LETTERS:
        database.execute_sql(statement)


_V8_DEADLINE_MARKS = (
    f'CREATE TABLE "deadline_mark" ({_RECORD_COLUMNS}, "key" TEXT NOT NULL, '
    '"state" TEXT NOT NULL, "note" TEXT NOT NULL)',
    'CREATE UNIQUE INDEX "deadlinemark_uid" ON "deadline_mark" ("uid")',
    'CREATE UNIQUE INDEX "deadlinemark_key" ON "deadline_mark" ("key")',
    'CREATE INDEX "deadline_mark_in_trash" ON "deadline_mark" ("deleted_at") '
    'WHERE ("deleted_at" IS NOT NULL)',
)


def _v7_to_v8(database: SqliteDatabase) -> None:
    """Procedural deadlines marked done or not applicable (deadline_mark); the deadlines
    themselves are derived from the records each time, never stored."""
    for statement in _V8_DEADLINE_MARKS:
        database.execute_sql(statement)


UPGRADE_STEPS: tuple[Step, ...] = (_v1_to_v2, _v2_to_v3, _v3_to_v4, _v4_to_v5, _v5_to_v6,
                                   _v6_to_v7, _v7_to_v8)
