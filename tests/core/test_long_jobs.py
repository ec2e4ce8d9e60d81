# SPDX-License-Identifier: GPL-3.0-or-later
"""Long jobs report progress, can be cancelled without leaving anything; backups rotate."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.core.demo import build_demo
from caseapp.core.progress import Ticker
from caseapp.domain import records
from caseapp.domain.errors import Cancelled

from .conftest import TODAY


def count_rows(book, table: str) -> int:
    return book.database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_ticker_reports_fractions_and_stops_when_aborted() -> None:
    seen: list[tuple[float, str]] = []
    abort = threading.Event()
    ticker = Ticker(4, lambda fraction, message: seen.append((fraction, message)), abort)
    ticker.tick("one")
    ticker.tick("two", step=2)
    assert seen == [(0.25, "one"), (0.75, "two")]
    abort.set()
    with pytest.raises(Cancelled, match="nothing was changed"):
        ticker.tick("three")
    assert len(seen) == 2
    Ticker(0).tick()  # a job with no units does not divide by zero


def test_demo_reports_progress_up_to_the_end(book) -> None:
    fractions: list[float] = []
    build_demo(book, today=TODAY, progress=lambda f, _m: fractions.append(f))
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert len(fractions) > 10
    assert len(book.undo) == 0  # a fresh start, not an undoable step


def test_cancelled_demo_leaves_nothing_written(book) -> None:
    abort = threading.Event()
    calls = []

    def progress(fraction: float, message: str) -> None:
        calls.append(fraction)
        abort.set()  # the volunteer presses Cancel after the first tick

    audit_before = count_rows(book, "audit_log")
    with pytest.raises(Cancelled):
        build_demo(book, today=TODAY, progress=progress, abort=abort)
    assert len(calls) == 1
    assert book.persons.ids() == []
    for table in ("person", "person_name", "facility", "tag", "case_file", "search_person"):
        assert count_rows(book, table) == 0, table
    assert count_rows(book, "audit_log") == audit_before
    assert book.search("kuanyshbaev") == []
    assert len(book.undo) == 0
    # the book is still usable afterwards
    book.persons.add(records.Person(display_name="After Cancel"))
    assert len(book.persons.ids()) == 1


def test_abort_set_before_the_start_writes_nothing(book) -> None:
    abort = threading.Event()
    abort.set()
    with pytest.raises(Cancelled):
        build_demo(book, today=TODAY, abort=abort)
    assert count_rows(book, "person") == 0


def backup_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*.sqlite"))


def test_backups_rotate_keeping_the_newest(book, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    made = []
    for index in range(5):
        book.persons.add(records.Person(display_name=f"Person {index}"))
        made.append(book.backups.make(keep=3).name)
    assert backup_names(folder) == sorted(made)[-3:] == made[-3:]
    newest = folder / made[-1]
    connection = sqlite3.connect(newest)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM person").fetchone()[0] == 5
    finally:
        connection.close()


def test_backup_to_a_chosen_file_is_not_rotated(book, tmp_path: Path) -> None:
    for _ in range(3):
        book.backups.make(keep=1)
    target = tmp_path / "elsewhere" / "copy.sqlite"
    assert book.backups.copy_to(target) == target
    assert target.exists()
    assert len(backup_names(tmp_path / "backups")) == 1
    with Casebook(target) as copy:
        assert copy.maintenance.check() == []


def test_default_backup_folder_is_in_the_data_folder(db_path: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("CASEAPP_HOME", str(home))
    with Casebook(db_path) as book:
        written = book.backups.make()
    assert written.parent == home / "backups" / db_path.stem
    assert written.name.startswith(f"{db_path.stem}-")


def test_check_reports_broken_links(book) -> None:
    person, _ = book.persons.add(records.Person(display_name="Linked"))
    case, _ = book.cases.add(records.Case(case_number="1"))
    book.cases.add_party(case.id, person.id)
    assert book.maintenance.check() == []
    book.database.pragma("foreign_keys", 0)
    book.database.execute_sql("DELETE FROM person WHERE id = ?", (person.id,))
    book.database.pragma("foreign_keys", 1)
    problems = book.maintenance.check()
    assert any("case_party" in p and "person" in p for p in problems)
