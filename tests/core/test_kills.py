# SPDX-License-Identifier: GPL-3.0-or-later
"""Kill -9 at random moments: a writer, a passphrase change, a backup, a restore.

Whatever was committed before the kill is there afterwards, the file passes SQLite's
integrity check, and a killed backup never looks like a backup.
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.errors import WrongPassphrase
from caseapp.store import backups, files

TARGET = Path(__file__).with_name("kill_target.py")
KEYS = ("first passphrase here", "second passphrase here")

pytestmark = pytest.mark.slow


def kill_after(mode: str, path: Path, log: Path, seconds: float) -> None:
    """Kill the target ``seconds`` after it has opened the database (however long start-up
    takes on a loaded machine, the kill falls inside the work)."""
    process = subprocess.Popen([sys.executable, str(TARGET), mode, str(path), str(log)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready", process.communicate()[1]
    time.sleep(seconds)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)


def committed(log: Path) -> int:
    lines = log.read_text().split() if log.exists() else []
    return len(lines)


def test_fifty_kills_of_a_writer_lose_nothing(db_path: Path, tmp_path: Path) -> None:
    rng, log, total = random.Random(50), tmp_path / "log", 0
    for _ in range(50):
        kill_after("write", db_path, log, rng.uniform(0.05, 0.8))
        with Casebook(db_path) as book:
            assert book.maintenance.check() == []
            total = book.persons.page(book.persons.QUERY(), 0, 1).total
        assert total >= committed(log)
    assert total > 50


def test_kills_during_a_passphrase_change_leave_a_file_one_key_opens(db_path: Path,
                                                                     tmp_path: Path) -> None:
    with Casebook(db_path) as book:
        book.persons.add(records.Person(display_name="Kept Through Kills"))
        book.security.encrypt(KEYS[0])
    rng = random.Random(9)
    for _ in range(10):
        kill_after("passphrase", db_path, tmp_path / "log", rng.uniform(0.05, 1.0))
        assert _open_with_either(db_path) == ["Kept Through Kills"]


def _open_with_either(path: Path) -> list[str]:
    for key in KEYS:
        try:
            with Casebook(path, passphrase=key, check=True) as book:
                assert book.problems is None or book.problems == ()
                return [row.display_name for row in book.persons.rows(book.persons.ids())]
        except WrongPassphrase:
            continue
    raise AssertionError("neither passphrase opens the file")


def test_a_killed_backup_never_looks_like_a_backup(demo_db_path: Path, tmp_path: Path) -> None:
    folder = demo_db_path.parent / "backups"
    rng = random.Random(3)
    for _ in range(10):
        kill_after("backup", demo_db_path, tmp_path / "log", rng.uniform(0.05, 1.0))
        for path in sorted(folder.glob(f"{demo_db_path.stem}-*.sqlite")):
            facts = backups.describe(path, None)
            assert facts.sound and facts.persons and facts.persons > 50, path
    with Casebook(demo_db_path, backup_dir=folder) as book:
        book.backups.list()
    assert not list(folder.glob(backups.PARTIAL + "*"))


def test_kills_during_a_restore_leave_a_sound_file(demo_db_path: Path, tmp_path: Path) -> None:
    folder = demo_db_path.parent / "backups"
    with Casebook(demo_db_path, backup_dir=folder) as book:
        book.backups.make()
        book.persons.add(records.Person(display_name="Added After The Backup"))
        before = book.persons.page(book.persons.QUERY(), 0, 1).total
    rng = random.Random(4)
    for _ in range(10):
        kill_after("restore", demo_db_path, tmp_path / "log", rng.uniform(0.05, 1.0))
        assert files.kind_of(demo_db_path) == files.PLAIN
        with Casebook(demo_db_path, check=True) as book:
            assert not book.problems
            assert book.persons.page(book.persons.QUERY(), 0, 1).total in (before, before - 1)
