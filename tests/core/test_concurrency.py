# SPDX-License-Identifier: GPL-3.0-or-later
"""Safe beside other writers: two processes at once, a held lock, undo after a foreign edit."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.errors import Busy, ChangedElsewhere

WRITER = Path(__file__).with_name("concurrent_writer.py")
COMMANDS_EACH = 500


def _start_writers(db_path: Path, start: Path, labels: tuple[str, ...]) -> list:
    return [subprocess.Popen([sys.executable, str(WRITER), str(db_path), label,
                              str(COMMANDS_EACH), str(start)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for label in labels]


def test_two_processes_writing_at_once_lose_nothing(db_path: Path, tmp_path: Path) -> None:
    with Casebook(db_path) as book:
        book.persons.add(records.Person(display_name="Shared Person"))
    start = tmp_path / "go"
    writers = _start_writers(db_path, start, ("alpha", "beta"))
    time.sleep(0.5)  # both import caseapp and wait at the start line
    start.touch()
    results = []
    for writer in writers:
        out, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert [r["failed"] for r in results] == [[], []]
    assert [r["done"] for r in results] == [COMMANDS_EACH, COMMANDS_EACH]
    with Casebook(db_path) as book:
        assert book.maintenance.check() == []
        names = {row.display_name for row in book.persons.rows(book.persons.ids())}
        for result, label in zip(results, ("alpha", "beta"), strict=True):
            added = {n for n in names if n.startswith(f"{label} ")}
            assert len(added) == result["added"]
        assert len(book.maintenance.audit_log(limit=10_000)) >= 2 * COMMANDS_EACH


def test_a_command_waits_for_the_lock_then_says_busy(db_path: Path) -> None:
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with Casebook(db_path, busy_timeout_ms=200) as book:
            with pytest.raises(Busy, match="busy: another caseapp or program"):
                book.persons.add(records.Person(display_name="Бекзат"))
            assert book.persons.ids() == []  # reading still works while another writes
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_read_only_session_closes_cleanly_while_another_writes(db_path: Path) -> None:
    with Casebook(db_path) as book:
        book.persons.add(records.Person(display_name="Бекзат"))
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        with Casebook(db_path, busy_timeout_ms=5000) as book:
            assert len(book.search("Бекзат")) == 1
        assert time.monotonic() - started < 4  # no optimize waiting on the lock
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_undo_refuses_a_row_another_writer_changed(db_path: Path) -> None:
    with Casebook(db_path) as window, Casebook(db_path) as command_line:
        person, _ = window.persons.add(records.Person(display_name="Бекзат"))
        window.persons.edit(person.id, notes="note from the window")
        command_line.persons.edit(person.id, status="detained")
        with pytest.raises(ChangedElsewhere, match="changed elsewhere since; nothing was undone"):
            window.undo_step()
        after = window.get(records.Person, person.id)
        assert (after.notes, after.status) == ("note from the window", "detained")
        assert window.undo.undo_name() == "Add Person"  # the refused step is dropped


def test_undo_still_works_when_others_touched_other_rows(db_path: Path) -> None:
    with Casebook(db_path) as window, Casebook(db_path) as command_line:
        first, _ = window.persons.add(records.Person(display_name="Бекзат"))
        window.persons.edit(first.id, notes="mine")
        command_line.persons.add(records.Person(display_name="Someone Else"))
        window.undo_step()
        assert window.get(records.Person, first.id).notes == ""


def test_redo_refuses_when_the_row_moved_after_the_undo(db_path: Path) -> None:
    with Casebook(db_path) as window, Casebook(db_path) as command_line:
        person, _ = window.persons.add(records.Person(display_name="Бекзат"))
        window.persons.edit(person.id, notes="first")
        window.undo_step()
        command_line.persons.edit(person.id, notes="theirs")
        with pytest.raises(ChangedElsewhere, match="nothing was redone"):
            window.redo_step()
        assert window.get(records.Person, person.id).notes == "theirs"
