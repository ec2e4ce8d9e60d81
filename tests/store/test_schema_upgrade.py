# SPDX-License-Identifier: GPL-3.0-or-later
"""Schema versions: stored databases of each release open and upgrade; newer ones are refused.

tests/data/schema_v<N>.sqlite were written by the release with schema N (see
tests/data/make_fixtures.py) and are never regenerated.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.errors import DatabaseError, DatabaseTooNew, NotFound
from caseapp.store import code_data, db, files, schema

DATA = Path(__file__).resolve().parent.parent / "data"
STORED = sorted(DATA.glob("schema_v*.sqlite"))


def sqlite_version_of(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA user_version").fetchone()[0]
    finally:
        connection.close()


def schema_of(path: Path) -> set[tuple[str, str, str, str]]:
    """Every table, index and trigger with its SQL, whitespace collapsed."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master "
                                  "WHERE name NOT LIKE 'sqlite_stat%'").fetchall()
    finally:
        connection.close()
    return {(kind, name, table, " ".join((sql or "").split())) for kind, name, table, sql in rows}


def holds_shipped_codes(path: Path) -> bool:
    """Whether the file's audit log says it has this caseapp's code lists."""
    connection = sqlite3.connect(path)
    try:
        return bool(connection.execute(
            'SELECT 1 FROM audit_log WHERE "table" = ? AND uid = ?',
            (code_data.STAMP_TABLE, code_data.STAMP_PREFIX + code_data.shipped_digest()),
        ).fetchall())
    finally:
        connection.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def side_files(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"))
            if p.exists()]


def test_there_is_a_stored_database_for_every_released_version() -> None:
    versions = {int(re.fullmatch(r"schema_v(\d+)\.sqlite", p.name).group(1)) for p in STORED}
    assert versions == set(range(1, schema.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("stored", STORED, ids=lambda p: p.stem)
def test_stored_database_opens_upgraded_and_usable(stored: Path, tmp_path: Path,
                                                   empty_db_template: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(stored, path)
    old_version = sqlite_version_of(path)
    current = old_version == schema.SCHEMA_VERSION and holds_shipped_codes(path)
    with Casebook(path, operator="tester", backup_dir=tmp_path / "backups") as book:
        assert schema.user_version(book.database) == schema.SCHEMA_VERSION
        assert book.maintenance.check() == []
        erlan = book.persons.resolve("Yerlan Kuanyshbayev")
        details = book.persons.details(erlan)
        assert [c.case_number for c in details.cases] == ["2019-07510-001"]
        assert details.cases[0].charges[0].article == "274"
        assert details.detentions and details.sentences and details.actions
        assert details.tags == ("journalist",)
        assert [(h.entity, h.label) for h in book.search("kuanyshbaev")] == [
            ("person", "Ерлан Қуанышбаев"), ("source", "Fixture news")]
        assert [row.label for row in book.trash.list()] == ["Trashed Fixture Person"]
        new, _ = book.persons.add(records.Person(display_name="Added After Upgrade"))
        assert book.persons.resolve("Added After Upgrade") == new.id
    backups = list((tmp_path / "backups").glob("*.sqlite"))
    # an older schema, or older code lists (store/code_data.py), are backed up first
    assert len(backups) == (0 if current else 1)
    assert schema_of(path) == schema_of(empty_db_template)


def test_fixture_file_itself_is_never_changed_by_the_tests() -> None:
    for stored in STORED:
        assert side_files(stored) == []


@pytest.fixture
def v1_database(tmp_path: Path):
    """A copy of the schema 1 fixture, opened, plus its path and a backup folder."""
    from peewee import SqliteDatabase

    path = tmp_path / "casebook.sqlite"
    shutil.copyfile(DATA / "schema_v1.sqlite", path)
    # Opened without store.db.open_database, which would apply the real steps first.
    database = SqliteDatabase(str(path), pragmas=db.PRAGMAS)
    database.connect()
    yield database, path, tmp_path / "upgrade-backups"
    database.close()


def column_names(database, table: str) -> list[str]:
    return [row[1] for row in database.execute_sql(f"PRAGMA table_info({table})")]


def test_upgrade_backs_up_before_the_step_runs(v1_database) -> None:
    database, path, backup_dir = v1_database
    seen = []

    def step(db_) -> None:
        """Add a nickname column (a test step)."""
        seen.append(sorted(p.name for p in backup_dir.glob("*")))
        db_.execute_sql("ALTER TABLE person ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")

    schema.bring_up_to_date(database, path, backup_dir, steps=(step,))

    assert len(seen) == 1 and len(seen[0]) == 1, "exactly one backup existed when the step ran"
    assert re.fullmatch(r"casebook-v1-\d{8}T\d{6}\d{6}Z\.sqlite", seen[0][0])
    assert schema.user_version(database) == 2
    assert "nickname" in column_names(database, "person")
    backup = backup_dir / seen[0][0]
    assert sqlite_version_of(backup) == 1
    assert schema_of(backup) == schema_of(DATA / "schema_v1.sqlite")
    # a second call has nothing to do and makes no second backup
    schema.bring_up_to_date(database, path, backup_dir, steps=(step,))
    assert len(seen) == 1 and len(list(backup_dir.glob("*"))) == 1


def test_a_failing_step_rolls_back_everything(v1_database) -> None:
    database, path, backup_dir = v1_database

    def good(db_) -> None:
        """Add a column."""
        db_.execute_sql("ALTER TABLE person ADD COLUMN nickname TEXT NOT NULL DEFAULT ''")
        db_.execute_sql("UPDATE person SET notes = 'changed by the step'")

    def bad(db_) -> None:
        """Fail half-way."""
        db_.execute_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("step failed")

    with pytest.raises(RuntimeError, match="step failed"):
        schema.bring_up_to_date(database, path, backup_dir, steps=(good, bad))
    assert schema.user_version(database) == 1
    assert "nickname" not in column_names(database, "person")
    assert "half_done" not in database.get_tables()
    notes = [n for (n,) in database.execute_sql("SELECT notes FROM person")]
    assert "changed by the step" not in notes
    assert len(list(backup_dir.glob("*.sqlite"))) == 1  # the backup stays for the volunteer


def test_newer_database_is_refused_and_left_byte_identical(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()
    assert side_files(db_path) == []
    before = digest(db_path)
    listing = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(DatabaseTooNew) as caught:
        Casebook(db_path)
    message = str(caught.value)
    assert str(db_path) in message and "99" in message and "newer caseapp" in message
    assert "not changed" in message

    assert digest(db_path) == before
    assert side_files(db_path) == []
    assert sorted(p.name for p in db_path.parent.iterdir()) == listing
    with pytest.raises(DatabaseTooNew):
        db.open_database(db_path, create=True)
    assert digest(db_path) == before and side_files(db_path) == []


def test_non_database_file_gives_database_error_naming_the_path(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_text("These are my notes, not a database.\n" * 50, encoding="utf-8")
    before = digest(path)
    with pytest.raises(DatabaseError) as caught:
        Casebook(path)
    assert str(path) in str(caught.value)
    assert digest(path) == before


def test_foreign_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(DatabaseError, match="not a caseapp") as caught:
        Casebook(path)
    assert str(path) in str(caught.value)
    assert digest(path) == before and side_files(path) == []  # not even switched to WAL


def test_paths_with_uri_characters_work(tmp_path: Path, empty_db_template: Path) -> None:
    folder = tmp_path / "Дела #2 ?x=1 & 100%"
    folder.mkdir()
    path = folder / "case book.sqlite"
    shutil.copyfile(empty_db_template, path)
    assert files.look(path, None, check=False).version == schema.SCHEMA_VERSION
    with Casebook(path) as book:
        book.persons.add(records.Person(display_name="Ерлан"))
    assert side_files(path) == []


def test_missing_file_is_not_found_unless_created(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "none.sqlite"
    with pytest.raises(NotFound, match="There is no database"):
        Casebook(path)
    assert not path.exists()
    Casebook(path, create=True).close()
    assert sqlite_version_of(path) == schema.SCHEMA_VERSION


def test_version_written_to_the_wal_by_an_open_connection_is_seen(db_path: Path) -> None:
    """Another process has the file open: its newer version is still in the -wal file."""
    other = sqlite3.connect(db_path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        other.execute("PRAGMA user_version = 99")
        other.commit()
        assert Path(f"{db_path}-wal").stat().st_size > 0
        assert files.look(db_path, None, check=False).version == 99
        with pytest.raises(DatabaseTooNew):
            Casebook(db_path)
    finally:
        other.close()


def test_v1_to_v2_indexes_existing_hearings_for_search(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(DATA / "schema_v1.sqlite", path)
    with Casebook(path, backup_dir=tmp_path / "backups") as book:
        found = book.hearings.rows(book.hearings.ids(text="алмалинский"))
        assert [h.court for h in found] == ["Алмалинский районный суд"]
        assert book.hearings.ids(text="almalinskii") == [found[0].id]


def test_v1_to_v2_indexes_existing_actions_for_search(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(DATA / "schema_v1.sqlite", path)
    with Casebook(path, backup_dir=tmp_path / "backups") as book:
        every = book.actions.ids()
        title = book.actions.rows(every)[0].title
        assert book.actions.ids(text=title.split()[0]) == every[:1]


def test_photo_files_move_into_the_database_on_upgrade(tmp_path: Path) -> None:
    from caseapp.reports.samples import silhouette

    path, picture = tmp_path / "old.sqlite", tmp_path / "data" / "face.png"
    shutil.copyfile(DATA / "schema_v3.sqlite", path)
    picture.parent.mkdir()
    picture.write_bytes(silhouette(10, 12))
    connection = sqlite3.connect(path)
    connection.execute("UPDATE person SET photo = ? WHERE display_name = 'Ерлан Қуанышбаев'",
                       (str(picture),))
    connection.execute("UPDATE person SET photo = ? WHERE display_name LIKE 'Trashed%'",
                       (str(tmp_path / "gone.png"),))
    connection.commit()
    connection.close()
    with Casebook(path, operator="tester", backup_dir=tmp_path / "backups") as book:
        erlan = book.get(records.Person, book.persons.resolve("Yerlan Kuanyshbayev"))
        assert book.persons.photo(erlan) == picture.read_bytes()
        assert book.maintenance.check() == []
    connection = sqlite3.connect(path)
    photos = dict(connection.execute("SELECT display_name, photo FROM person").fetchall())
    connection.close()
    assert photos["Trashed Fixture Person"] == "", "a photo file that is gone is dropped"
    assert all(not photo.startswith("/") for photo in photos.values())
