# SPDX-License-Identifier: GPL-3.0-or-later
"""Damaged and odd files in the window: a damaged file opens read-only, the window says so
and offers its latest good backup, and nothing is written to it (byte-identical); an
empty, foreign, newer, read-only or busy file gets one message naming the file and the
cause, never a traceback, and the window keeps the file it had."""

from __future__ import annotations

import functools
import hashlib
import sqlite3
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.store import db as store_db
from tests.gui.safety_support import listed_names
from tests.store.test_odd_files import garbled  # noqa: F401  (a fixture used below)

from caseapp.gui import app
from caseapp.gui.mainwindow import MainWindow
from caseapp.gui.safety.backups_dialog import BackupsDialog
from caseapp.gui.tasks import SyncTaskRunner

pytestmark = pytest.mark.usefixtures("shown_boxes")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def good_backup(demo_db_path: Path) -> tuple[Path, int]:
    """A sound backup of the demo file, and how many persons it holds."""
    with Casebook(demo_db_path) as book:
        return book.backups.make(), len(book.persons.ids())


@pytest.fixture(autouse=True)
def deletes_confirmed(monkeypatch: pytest.MonkeyPatch) -> None:
    """These tests try writes the file refuses; the question before a delete that takes
    other records along is answered yes, so that the delete is tried."""
    monkeypatch.setattr("caseapp.gui.common.list_detail_page.confirm_delete",
                        lambda parent, impact, name: True)


@pytest.fixture
def damaged(good_backup, request) -> Path:
    """The demo file, damaged after ``good_backup`` was made of it."""
    return request.getfixturevalue("garbled")


def test_a_damaged_file_says_so_offers_the_latest_backup_and_is_never_written(
        window, damaged, good_backup, shown_boxes):
    before = digest(damaged)
    backups = set(good_backup[0].parent.iterdir())
    assert window.switch_to(damaged)
    notice = window.safety.damaged_box
    assert notice is not None and notice.isVisible()
    assert str(damaged) in notice.text() and "damaged" in notice.text()
    assert "read-only" in notice.text()
    assert "latest good backup" in notice.informativeText()
    assert notice.restore_button is not None and notice.defaultButton() is notice.restore_button
    assert "damaged, read-only" in window.db_label.text()
    notice.reject()
    window.menu_actions.backup.trigger()
    window.persons.list_view.select_record(window.casebook.persons.ids()[0])
    window.menu_actions.delete.trigger()
    refusals = [box.text() for box in shown_boxes]
    # the backup and the delete are refused; reads that meet the broken pages (which
    # depend on where the noise fell) say the same
    assert len(refusals) >= 2 and all("damaged" in text and "\n" not in text
                                       for text in refusals), refusals
    window.close()
    assert digest(damaged) == before
    assert set(good_backup[0].parent.iterdir()) == backups


def test_restoring_the_offered_backup_brings_the_records_back(window, damaged, good_backup):
    damaged_bytes = digest(damaged)
    window.switch_to(damaged)
    window.safety.damaged_box.restore_button.click()
    assert len(listed_names(window)) == good_backup[1]
    assert not window.casebook.problems
    assert "damaged" not in window.db_label.text()
    assert "Restored the backup of" in window.statusBar().currentMessage()
    kept = [p for p in damaged.parent.glob(f"{damaged.name}.damaged-*")
            if not p.name.endswith("-wal")]
    assert [digest(p) for p in kept] == [damaged_bytes]


def test_without_a_sound_backup_the_backups_dialog_is_offered(window, garbled):  # noqa: F811
    window.switch_to(garbled)
    notice = window.safety.damaged_box
    assert notice.restore_button is None and "No sound backup" in notice.informativeText()
    notice.backups_button.click()
    assert any(d.isVisible() for d in window.findChildren(BackupsDialog))


def newer(path: Path) -> Path:
    with Casebook(path, create=True):
        pass
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 999")
    return path


ODD_FILES = {
    "empty": (lambda path: path.touch() or path, "the file is empty"),
    "text": (lambda path: path.write_text("names.txt\n") and path, "not a caseapp database"),
    "newer": (newer, "newer caseapp"),
}


@pytest.mark.parametrize("kind", ODD_FILES)
def test_an_odd_file_gets_one_message_and_the_window_keeps_its_file(window, tmp_path,
                                                                      shown_boxes, kind):
    make, cause = ODD_FILES[kind]
    odd = make(tmp_path / f"{kind}.sqlite")
    before, old = digest(odd), window.casebook
    assert not window.switch_to(odd)
    [box] = shown_boxes
    assert str(odd) in box.text() and cause in box.text() and "\n" not in box.text()
    assert window.casebook is old and len(listed_names(window)) == 3
    assert digest(odd) == before


@pytest.mark.parametrize("kind", ODD_FILES)
def test_at_start_up_an_odd_file_gets_one_message_and_no_window(tmp_path, shown_boxes, kind):
    make, cause = ODD_FILES[kind]
    odd = make(tmp_path / f"{kind}.sqlite")
    assert app.open_window(odd) is None
    [box] = shown_boxes
    assert str(odd) in box.text() and cause in box.text()


def window_on(qtbot, book: Casebook) -> MainWindow:
    window = MainWindow(book, SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    window.show_page("persons", focus=False)
    return window


def delete_the_first_person(window: MainWindow) -> None:
    window.persons.list_view.select_record(window.casebook.persons.ids()[0])
    window.menu_actions.delete.trigger()


def test_a_busy_file_says_so_and_nothing_changes(qtbot, casebook, shown_boxes):
    path = casebook.path
    casebook.close()
    window = window_on(qtbot, Casebook(path, busy_timeout_ms=50))
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        delete_the_first_person(window)
    finally:
        other.execute("ROLLBACK")
        other.close()
    [box] = shown_boxes
    assert str(path) in box.text() and "busy" in box.text() and "\n" not in box.text()
    assert len(listed_names(window)) == 3
    window.close()


def test_a_read_only_file_says_so(qtbot, casebook, shown_boxes, monkeypatch):
    """The file as the system gives it to a user who may not write it (read-only permission
    or medium; simulated, since the tests may run as root, whom permissions do not bind)."""
    path = casebook.path
    casebook.close()
    monkeypatch.setattr(store_db, "_connect",
                        functools.partial(store_db._connect, read_only=True))
    window = window_on(qtbot, Casebook(path))
    delete_the_first_person(window)
    [box] = shown_boxes
    assert path.name in box.text() and "read-only" in box.text() and "\n" not in box.text()
    assert len(listed_names(window)) == 3
    window.close()
