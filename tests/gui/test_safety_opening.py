# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening encrypted files from the window: the passphrase prompt wherever a file is
opened, a wrong passphrase asked again, Cancel keeping what was open; a new encrypted
database; the passphrase never written to the window's or the volunteer's files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from caseapp.core import settings as preferences
from caseapp.core.casebook import Casebook
from caseapp.domain.errors import WrongPassphrase
from tests.gui.safety_support import KEY, click_ok, field_error, listed_names

from caseapp.gui import app
from caseapp.gui.safety.new_database import NewDatabaseDialog
from caseapp.gui.safety.passphrase_rows import MIN_LENGTH, strength

SQLITE_HEADER = b"SQLite format 3\x00"


pytestmark = pytest.mark.usefixtures("shown_boxes")


def test_an_encrypted_file_opens_with_its_passphrase(window, encrypted_path, passphrase_answers):
    passphrase_answers.queue[:] = [KEY]
    assert window.switch_to(encrypted_path)
    assert passphrase_answers.errors == [""]
    assert window.casebook.path == encrypted_path and window.casebook.encrypted
    assert sorted(listed_names(window)) == ["Айгүл Сейітова", "Борис Ким", "Ерлан Қуанышбаев"]
    assert window.windowTitle().startswith("secret.sqlite")


def test_a_wrong_passphrase_is_asked_again_with_the_one_line_message(
        window, encrypted_path, passphrase_answers):
    passphrase_answers.queue[:] = ["not the right words", KEY]
    assert window.switch_to(encrypted_path)
    first, second = passphrase_answers.errors
    assert first == ""
    assert "wrong passphrase or not a caseapp database" in second and "\n" not in second
    assert window.casebook.encrypted


def test_cancel_keeps_the_open_file(window, encrypted_path, passphrase_answers, shown_boxes):
    old = window.casebook
    passphrase_answers.queue[:] = ["not the right words", None]
    assert not window.switch_to(encrypted_path)
    assert window.casebook is old and not shown_boxes
    assert len(listed_names(window)) == 3
    assert old.persons.ids()  # still open


def test_open_and_open_recent_ask_for_the_passphrase(window, encrypted_path, passphrase_answers,
                                                     monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(encrypted_path), ""))
    passphrase_answers.queue[:] = [KEY]
    window.menu_actions.open.trigger()
    assert window.casebook.path == encrypted_path
    window.switch_to(Path(preferences.load().recent_files[1]))
    assert not window.casebook.encrypted
    window.menu_actions.fill_recent_menu()
    recent = next(a for a in window.menu_actions.recent_menu.actions()
                  if a.toolTip() == str(encrypted_path.resolve()))
    passphrase_answers.queue[:] = [None]
    recent.trigger()
    assert not window.casebook.encrypted and len(passphrase_answers.errors) == 2
    passphrase_answers.queue[:] = [KEY]
    recent.trigger()
    assert window.casebook.encrypted


def test_at_start_up_cancel_opens_no_window(encrypted_path, passphrase_answers, monkeypatch):
    passphrase_answers.queue[:] = [None]
    monkeypatch.setattr(QApplication, "exec", lambda _app: 0)
    assert app.main(["--db", str(encrypted_path)]) == 1
    assert not [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "mainWindow" and w.isVisible()]


def test_at_start_up_the_passphrase_opens_the_window(qtbot, encrypted_path, passphrase_answers):
    passphrase_answers.queue[:] = ["wrong words here", KEY]
    window = app.open_window(encrypted_path)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.casebook.encrypted and "wrong passphrase" in passphrase_answers.errors[1]
    finally:
        window.close()


def new_database(window) -> NewDatabaseDialog:
    window.menu_actions.new_database.trigger()
    dialog = window.findChild(NewDatabaseDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_new_database_can_be_encrypted(window, tmp_path):
    dialog = new_database(window)
    assert not dialog.rows.passphrase.isVisible()
    dialog.file.setText(str(tmp_path / "ours"))
    dialog.encrypt.setChecked(True)
    assert dialog.rows.passphrase.isVisible() and dialog.rows.again.isVisible()
    assert "cannot be recovered" in dialog.rows.warning.text()
    assert "unrelated words" in dialog.rows.warning.text()
    dialog.rows.passphrase.setText("short")
    click_ok(dialog)
    assert f"at least {MIN_LENGTH} characters" in field_error(dialog, "passphrase")
    dialog.rows.passphrase.setText(KEY)
    dialog.rows.again.setText(KEY + " ")
    click_ok(dialog)
    assert "differ" in field_error(dialog, "again") and dialog.isVisible()
    dialog.rows.again.setText(KEY)
    click_ok(dialog)
    created = tmp_path / "ours.sqlite"
    assert not dialog.isVisible()
    assert window.casebook.path == created and window.casebook.encrypted
    assert not created.read_bytes().startswith(SQLITE_HEADER)
    assert "encrypted" in window.statusBar().currentMessage()
    window.close()
    with pytest.raises(WrongPassphrase):
        Casebook(created, passphrase="another passphrase")
    Casebook(created, passphrase=KEY).close()


def test_the_passphrase_fields_are_masked_until_shown(window):
    dialog = new_database(window)
    dialog.encrypt.setChecked(True)
    assert dialog.rows.passphrase.echoMode() == dialog.rows.passphrase.EchoMode.Password
    dialog.rows.show.setChecked(True)
    assert dialog.rows.again.echoMode() == dialog.rows.again.EchoMode.Normal
    dialog.reject()


@pytest.mark.parametrize(("typed", "hint"), [
    ("abc", "Too short"),
    ("Pa55word!", "Weak"),
    ("cat window river", "Good"),
    ("violet anchor meadow twelve", "Strong"),
])
def test_the_strength_hint_counts_length_and_words(typed, hint):
    text, _style = strength(typed)
    assert text.startswith(hint)
    assert "unrelated" in text or hint == "Too short"


def test_the_minimum_is_the_cores(tmp_path):
    from caseapp.store.crypto import MIN_PASSPHRASE

    assert MIN_LENGTH == MIN_PASSPHRASE


def test_the_passphrase_is_never_written(qtbot, window, encrypted_path, passphrase_answers,
                                         caseapp_home, tmp_path, caplog):
    passphrase_answers.queue[:] = [KEY]
    window.switch_to(encrypted_path)
    window.safety.back_up()
    dialog = new_database(window)
    dialog.file.setText(str(tmp_path / "second.sqlite"))
    dialog.encrypt.setChecked(True)
    dialog.rows.passphrase.setText(KEY[::-1])
    dialog.rows.again.setText(KEY[::-1])
    click_ok(dialog)
    window.locking.lock()
    window.locking.screen.passphrase.setText(KEY[::-1])
    window.locking.screen.unlock_button.click()
    window.close()
    written = [path for path in caseapp_home.rglob("*") if path.is_file()]
    assert {p.name for p in written} >= {"settings.json", "window-state.ini"}
    for secret in (KEY, KEY[::-1]):
        assert [p for p in written if secret.encode() in p.read_bytes()] == []
        assert secret not in caplog.text
