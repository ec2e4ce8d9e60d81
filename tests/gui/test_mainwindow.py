# SPDX-License-Identifier: GPL-3.0-or-later
"""The main window: delete and undo through the widgets, menus, state, switching files."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from caseapp.core.casebook import Casebook

from caseapp.gui.common.settings import gui_settings
from caseapp.gui.persons.table_model import Column


def listed(window) -> list[str]:
    model = window.persons.list_view.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_delete_key_trashes_the_person_and_undo_brings_it_back(qtbot, window, people,
                                                              monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr("caseapp.gui.common.list_detail_page.confirm_delete",
                        lambda parent, impact, name: asked.append(name) or True)
    list_view = window.persons.list_view
    list_view.select_record(people["erlan"])
    list_view.table.setFocus()
    assert not window.menu_actions.undo.isEnabled()
    qtbot.keyClick(list_view.table, Qt.Key.Key_Delete)
    assert asked == ["“Ерлан Қуанышбаев”"]  # his case, hearing and detention go along
    assert "Ерлан Қуанышбаев" not in listed(window)
    assert window.menu_actions.undo.text() == "&Undo Delete Person"
    assert "trash" in window.statusBar().currentMessage()

    window.menu_actions.undo.trigger()
    assert "Ерлан Қуанышбаев" in listed(window)
    assert window.menu_actions.redo.text() == "&Redo Delete Person"
    list_view.select_record(people["erlan"])
    assert "SIZO No. 1" in window.persons.detail.plain_text()

    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Ерлан Қуанышбаев" not in listed(window)


def test_menus_name_their_actions(window):
    assert [a.text() for a in window.menuBar().actions()] == [
        "&File", "&Edit", "&View", "&Tools", "&Help"]
    edit = [a.text() for a in window.menu_actions.edit_menu.actions() if not a.isSeparator()]
    assert edit == ["&Undo", "&Redo", "&Find…", "&Delete"]


def test_back_up_now_writes_a_copy(window, caseapp_home):
    window.menu_actions.backup.trigger()
    backups = list((caseapp_home / "backups").rglob("*.sqlite"))
    assert len(backups) == 1
    assert "Backed up to" in window.statusBar().currentMessage()


def test_geometry_is_saved_on_close(window):
    window.close()
    assert gui_settings().value("window/geometry") is not None


def test_switching_to_another_database(tmp_path, window):
    other = tmp_path / "other.sqlite"
    Casebook(other, create=True).close()
    assert window.switch_to(other)
    assert listed(window) == [] and window.windowTitle().startswith("other.sqlite")


def test_a_newer_database_is_refused_and_the_old_one_stays_open(tmp_path, window, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("caseapp.gui.window_file.show_error",
                        lambda parent, exc: shown.append(str(exc)))
    newer = tmp_path / "newer.sqlite"
    with sqlite3.connect(newer) as connection:
        connection.execute("PRAGMA user_version = 999")
    assert not window.switch_to(newer)
    assert shown and "newer caseapp" in shown[0]
    assert len(listed(window)) == 3
