# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up: errors become messages, --demo fills a new database in the background."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from caseapp.core.maintenance import Maintenance
from caseapp.core.persons import AliasInput
from caseapp.domain import records
from caseapp.domain.changes import Changes

from caseapp.gui import app
from caseapp.gui.persons.table_model import Column


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Message boxes that would have been shown, instead of blocking the test."""
    boxes: list[QMessageBox] = []

    def record(box: QMessageBox) -> int:
        boxes.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


def test_a_database_from_a_newer_caseapp_is_refused_with_a_message(tmp_path, shown_boxes):
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("PRAGMA user_version = 999")
    before = newer.read_bytes()
    assert app.main(["--db", str(newer)]) == 1
    assert len(shown_boxes) == 1
    assert "newer caseapp" in shown_boxes[0].text()
    assert shown_boxes[0].detailedText() == ""
    assert newer.read_bytes() == before


def test_a_file_that_is_not_a_database_gives_a_message(tmp_path, shown_boxes):
    junk = tmp_path / "notes.sqlite"
    junk.write_text("shopping list: bread, milk, eggs " * 200)
    assert app.main(["--db", str(junk)]) == 1
    assert "not a caseapp database" in shown_boxes[0].text()


def test_main_opens_the_window_and_runs_the_event_loop(tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(QApplication, "exec", lambda _app: opened.extend(
        w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"
        and w.isVisible()) or 0)
    assert app.main(["--db", str(tmp_path / "new.sqlite")]) == 0
    opened = [w for w in opened if w.windowTitle().startswith("new.sqlite")]
    assert len(opened) == 1
    assert QApplication.applicationName() == "CaseApp"
    opened[0].close()


def fake_demo(book, *, today=None, progress=None, abort=None) -> Changes:
    changes = Changes()
    for name in ("Demo Person One", "Demo Person Two"):
        changes = changes.merged(book.persons.add(records.Person(display_name=name),
                                                  [AliasInput(name.upper())])[1])
        if progress is not None:
            progress(0.5, name)
    return changes


def test_demo_is_built_in_the_background_for_a_new_database(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(Maintenance, "build_demo",
                        lambda self, **options: fake_demo(self.book, **options))
    window = app.open_window(tmp_path / "demo.sqlite", demo=True)
    qtbot.addWidget(window)
    window.show_page("persons")
    model = window.persons.list_view.model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=5000)
    assert model.index(0, Column.NAME).data() == "Demo Person One"
    assert window.menu_actions.undo.isEnabled()
    window.close()


def test_an_existing_database_is_not_filled_again(qtbot, tmp_path, monkeypatch, casebook):
    calls = []
    monkeypatch.setattr(Maintenance, "build_demo",
                        lambda self, **options: calls.append(1) or fake_demo(self.book, **options))
    path = casebook.path
    casebook.close()
    window = app.open_window(path, demo=True)
    qtbot.addWidget(window)
    window.show_page("persons")
    qtbot.waitUntil(lambda: window.persons.list_view.model.rowCount() == 3, timeout=5000)
    assert calls == []
    window.close()


def test_usage_errors_exit_with_status_2(capsys):
    with pytest.raises(SystemExit) as stop:
        app.parse_args(["--no-such-option"])
    assert stop.value.code == 2


def test_a_bundle_named_on_the_command_line_is_imported_not_opened(tmp_path, monkeypatch):
    """What a double click on a .caseapp file does: the database opens as usual and the
    bundle goes to the import (dry run and question), never opened as a database."""
    from caseapp.gui.exchange.bundle_actions import BundleExchange

    previewed: list = []
    monkeypatch.setattr(BundleExchange, "preview", lambda _self, path: previewed.append(path))
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)
    bundle = tmp_path / "from-aigerim.caseapp"
    bundle.write_bytes(b"PK\x05\x06" + bytes(18))
    assert app.main(["--db", str(tmp_path / "mine.sqlite"), str(bundle)]) == 0
    assert previewed == [bundle]
    assert bundle.read_bytes() == b"PK\x05\x06" + bytes(18)  # untouched, not made a database
    for window in QApplication.topLevelWidgets():
        if window.objectName() == "mainWindow":
            window.close()
