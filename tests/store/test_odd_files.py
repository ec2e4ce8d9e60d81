# SPDX-License-Identifier: GPL-3.0-or-later
"""Damaged and odd files: each gets one line naming the file and the cause, exit 2, and is
left byte-identical; a damaged file is never written."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from caseapp.cli.main import main
from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.errors import Busy, Damaged, NotADatabase, ReadOnly


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, path: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def one_line(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "unexpected error" not in lines[0]
    for fragment in fragments:
        assert fragment in lines[0], lines[0]


@pytest.fixture
def garbled(demo_db_path: Path) -> Path:
    """The demo file with 8 KiB of noise written over pages in its middle."""
    with sqlite3.connect(demo_db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = demo_db_path.stat().st_size
    with demo_db_path.open("r+b") as handle:
        handle.seek(size // 2 - (size // 2) % 4096)
        handle.write(os.urandom(8192))
    return demo_db_path


def test_a_damaged_file_is_reported_and_never_written(garbled: Path, capsys,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_LANG", "en")
    before = digest(garbled)
    for args in (("check",), ("person", "add", "Someone New"), ("backup",)):
        code, _out, err = run(capsys, garbled, *args)
        assert code == 2, (args, err)
        one_line(err, str(garbled))
    assert digest(garbled) == before
    backups = garbled.parent.parent / "home"
    assert not any(p.suffix == ".sqlite" for p in backups.rglob("*") if p.is_file())


def test_the_core_refuses_the_first_write_to_a_damaged_file(garbled: Path) -> None:
    before = digest(garbled)
    with Casebook(garbled) as book:
        with pytest.raises(Damaged, match="damaged"):
            book.persons.add(records.Person(display_name="Someone New"))
    assert digest(garbled) == before


def test_an_empty_file_is_refused_not_initialised(tmp_path: Path, capsys) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    code, _out, err = run(capsys, path, "person", "list")
    assert code == 2
    one_line(err, str(path), "not a caseapp database", "empty")
    assert path.stat().st_size == 0
    with pytest.raises(NotADatabase):
        Casebook(path, create=True)


@pytest.mark.parametrize("version", [-1, -5])
def test_a_negative_schema_version_is_not_a_caseapp_database(db_path: Path, capsys,
                                                            version: int) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute(f"PRAGMA user_version = {version}")
    before = digest(db_path)
    code, _out, err = run(capsys, db_path, "person", "list")
    assert code == 2
    one_line(err, str(db_path), "not a caseapp")
    assert digest(db_path) == before


def test_half_a_file_is_not_a_database(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    half = tmp_path / "half.sqlite"
    half.write_bytes(demo_db_path.read_bytes()[:12345])
    code, _out, err = run(capsys, half, "search", "x")
    assert code == 2
    one_line(err, str(half))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="file permissions do not bind root")
def test_a_read_only_file_says_so(db_path: Path, capsys) -> None:
    db_path.chmod(stat.S_IRUSR)
    try:
        code, _out, err = run(capsys, db_path, "person", "add", "X")
        assert code == 2
        one_line(err, "read-only")
    finally:
        db_path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_sqlite_conditions_become_messages_naming_the_file(db_path: Path) -> None:
    from peewee import DatabaseError as PeeweeDatabaseError
    from peewee import OperationalError

    from caseapp.store.binding import translated

    cases = {"attempt to write a readonly database": ReadOnly,
             "database is locked": Busy,
             "database disk image is malformed": Damaged}
    for text, kind in cases.items():
        found = translated(OperationalError(text), str(db_path))
        assert isinstance(found, kind) and str(db_path) in str(found), text
    assert translated(PeeweeDatabaseError("UNIQUE constraint failed"), str(db_path)) is None


def test_files_are_the_owners_only(tmp_path: Path, capsys) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    home = tmp_path / "home"
    path = home / "caseapp.sqlite"
    assert main(["--db", str(path), "init"]) == 0
    assert main(["--db", str(path), "backup"]) == 0
    capsys.readouterr()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for written in (tmp_path / "home").rglob("*"):
        mode = stat.S_IMODE(written.stat().st_mode)
        assert mode & 0o077 == 0, (written, oct(mode))


def test_a_damaged_file_offers_its_latest_good_backup_and_is_restored_from_it(
        demo_db_path: Path, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEAPP_LANG", "en")
    with Casebook(demo_db_path) as book:
        good = book.backups.make()
        persons = book.persons.page(book.persons.QUERY(), 0, 1).total
    with sqlite3.connect(demo_db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = demo_db_path.stat().st_size
    with demo_db_path.open("r+b") as handle:
        handle.seek(size // 2 - (size // 2) % 4096)
        handle.write(os.urandom(8192))
    damaged_bytes = digest(demo_db_path)
    code, _out, err = run(capsys, demo_db_path, "person", "add", "Someone New")
    assert code == 2
    one_line(err, "is damaged", f"The latest good backup is {good}", "backup restore")
    code, out, err = run(capsys, demo_db_path, "backup", "restore", str(good), "--yes")
    assert code == 0, err
    kept = list(demo_db_path.parent.glob(f"{demo_db_path.name}.damaged-*"))
    assert [digest(path) for path in kept if not path.name.endswith("-wal")] == [damaged_bytes]
    with Casebook(demo_db_path, check=True) as book:
        assert not book.problems and book.maintenance.check() == []
        assert book.persons.page(book.persons.QUERY(), 0, 1).total == persons
