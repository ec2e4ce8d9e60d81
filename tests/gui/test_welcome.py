# SPDX-License-Identifier: GPL-3.0-or-later
"""The first run: with no database yet the welcome screen asks; its language applies at
once; each way to begin gives the file to open; the choice is remembered."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from caseapp import i18n, paths
from caseapp.core import settings as preferences

from caseapp.gui import app as gui_app
from caseapp.gui.language import switch_language
from caseapp.gui.welcome import choice as start
from caseapp.gui.welcome.screen import WelcomeDialog


@pytest.fixture
def welcome(qtbot):
    dialog = WelcomeDialog("en")
    qtbot.addWidget(dialog)
    yield dialog
    switch_language(QApplication.instance(), "en")


def _args(*argv: str) -> argparse.Namespace:
    return gui_app.parse_args(list(argv))


def test_no_database_yet_asks_and_an_existing_one_opens_without_asking(monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(gui_app, "ask_start", lambda language: asked.append(language))
    assert gui_app.start_choice(_args(), "kk") is None and asked == ["kk"]
    paths.default_database().parent.mkdir(parents=True)
    paths.default_database().write_bytes(b"")
    assert gui_app.start_choice(_args(), "kk").path == paths.default_database()
    assert asked == ["kk"]


def test_a_file_named_on_the_command_line_wins(tmp_path):
    assert gui_app.start_choice(_args(str(tmp_path / "x.sqlite")), "en").path == \
        tmp_path / "x.sqlite"
    assert gui_app.start_choice(_args("--db", str(tmp_path / "y.sqlite")), "en").path == \
        tmp_path / "y.sqlite"


def test_choosing_kazakh_retranslates_at_once_and_is_remembered(qtbot, welcome):
    english = welcome.create_button.text()
    welcome.languages["kk"].setChecked(True)
    qtbot.waitUntil(lambda: welcome.create_button.text() != english)
    assert "дерекқор" in welcome.create_button.text().casefold()
    assert i18n.current_language() == "kk"
    assert preferences.load().ui_language == "kk"


def test_the_demo_is_chosen_and_remembered(welcome):
    welcome.demo_button.click()
    assert welcome.choice == start.StartChoice(start.demo_database(), create=True, demo=True)
    assert start.start_database() is None  # remembered, but not created yet
    start.demo_database().write_bytes(b"")
    assert start.start_database() == start.demo_database()
    assert preferences.load().start_database == str(start.demo_database().resolve())


def test_a_new_encrypted_database_uses_the_new_database_dialog(welcome, tmp_path):
    dialog = welcome.create_database()
    dialog.file.setText(str(tmp_path / "ours.sqlite"))
    dialog.encrypt.setChecked(True)
    dialog.rows.passphrase.setText("correct horse battery staple")
    dialog.rows.again.setText("correct horse battery staple")
    dialog.save()
    assert welcome.choice == start.StartChoice(tmp_path / "ours.sqlite", create=True,
                                               passphrase="correct horse battery staple")


def test_an_existing_file_is_opened(welcome, tmp_path, monkeypatch):
    existing = tmp_path / "old.sqlite"
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(existing), ""))
    welcome.open_button.click()
    assert welcome.choice == start.StartChoice(existing)


def test_closing_the_welcome_screen_remembers_nothing(welcome):
    welcome.reject()
    assert welcome.choice is None and preferences.load().start_database == ""



def test_a_spreadsheet_start_creates_a_database_then_opens_the_import(welcome, tmp_path,
                                                                      monkeypatch):
    dialog = welcome.import_spreadsheet()
    dialog.file.setText(str(tmp_path / "from-list.sqlite"))
    dialog.save()
    assert welcome.choice == start.StartChoice(tmp_path / "from-list.sqlite", create=True,
                                               import_table=True)
    wizards: list = []
    monkeypatch.setattr(gui_app.dialogs, "open_table_import", wizards.append)
    monkeypatch.setattr(gui_app, "start_choice", lambda _args, _language: welcome.choice)
    monkeypatch.setattr(QApplication, "exec", lambda _app: QApplication.processEvents() or 0)
    assert gui_app.main([]) == 0
    assert [window.casebook.path.name for window in wizards] == ["from-list.sqlite"]
    for window in wizards:
        window.close()
