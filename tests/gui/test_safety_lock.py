# SPDX-License-Identifier: GPL-3.0-or-later
"""Lock (Ctrl+L), the automatic lock after the set idle minutes, and Panic (Ctrl+Shift+L):
the database is closed, nothing from it is left in the window, the passphrase opens it
again; Panic also forgets the recent files, the saved view, cached pictures and the
clipboard."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from caseapp import APP_NAME
from caseapp.core import settings as preferences
from tests.gui.safety_support import KEY, all_texts, listed_names, record_words_in
from tests.gui.test_volunteer_flow import open_dialog_of

from caseapp.gui import dialogs
from caseapp.gui.common.settings import gui_settings
from caseapp.gui.persons.edit_dialog import PersonEditDialog
from caseapp.gui.safety.lock import MINUTE_MS

pytestmark = pytest.mark.usefixtures("shown_boxes")
CTRL = Qt.KeyboardModifier.ControlModifier
NAMES = ["Айгүл Сейітова", "Борис Ким", "Ерлан Қуанышбаев"]


def everything_shown(window) -> list[str]:
    """The texts of the window and of every other window of the application."""
    texts = all_texts(window)
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            texts += all_texts(widget)
    return texts


def closed(book) -> bool:
    return book.database.is_closed()


def test_ctrl_l_hides_every_record_and_the_passphrase_opens_it_again(qtbot, encrypted_window):
    window = encrypted_window
    window.persons.open_record(window.casebook.persons.resolve("Ерлан Қуанышбаев"))
    assert record_words_in(everything_shown(window))
    book = window.casebook
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.locking.locked and closed(book)
    assert record_words_in(everything_shown(window)) == []
    assert window.windowTitle().startswith("secret.sqlite")
    assert len(book.undo) == 0 and book.passphrase is None
    for action in (window.menu_actions.reports, window.menu_actions.find,
                   window.menu_actions.new_record, window.menu_actions.pages["persons"]):
        assert not action.isEnabled()
    screen = window.locking.screen
    assert screen.isVisible() and screen.passphrase.isVisible()
    for paragraph in (screen.heading, screen.detail):
        assert paragraph.height() >= paragraph.heightForWidth(paragraph.width()), \
            "the lock screen's text is cut"
    screen.passphrase.setText("not the passphrase")
    screen.unlock_button.click()
    assert window.locking.locked and "wrong passphrase" in screen.error.text()
    qtbot.keyClicks(screen.passphrase, KEY)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert not window.locking.locked and window.casebook.encrypted
    assert sorted(listed_names(window)) == NAMES
    assert window.menu_actions.reports.isEnabled()


def test_dialogs_open_when_locking_are_closed_with_what_they_showed(qtbot, encrypted_window):
    window = encrypted_window
    erlan = window.casebook.persons.resolve("Ерлан Қуанышбаев")
    dialog = open_dialog_of(window, PersonEditDialog, lambda: window.persons.edit_record(erlan))
    assert "Ерлан Қуанышбаев" in all_texts(dialog)
    dialog.notes.setFocus()
    qtbot.keyClicks(dialog.notes, " typed, not saved")  # a changed form asks nothing now
    window.menu_actions.lock.trigger()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert record_words_in(everything_shown(window)) == []


def test_locking_a_plain_file_says_that_only_encryption_protects_it(window):
    window.menu_actions.lock.trigger()
    screen = window.locking.screen
    assert not screen.passphrase.isVisible()
    assert "not encrypted" in screen.note.text() and "Encrypt Database" in screen.note.text()
    assert record_words_in(everything_shown(window)) == []
    screen.unlock_button.click()
    assert not window.locking.locked and sorted(listed_names(window)) == NAMES


def test_the_idle_lock_follows_the_setting_and_fires_after_its_minutes(qtbot, encrypted_window):
    window = encrypted_window
    idle = window.locking.idle
    assert not idle.running  # 0 minutes: never
    settings = dialogs.open_settings(window)
    settings.lock_after_minutes.setValue(5)
    settings.save()
    assert preferences.load().lock_after_minutes == 5
    assert idle.running and idle._timer.interval() == 5 * MINUTE_MS
    idle._timer.stop()
    qtbot.keyClick(window.persons.list_view.table, Qt.Key.Key_Down)
    assert idle.running, "a key press starts the idle time again"
    idle._timer.timeout.emit()
    assert window.locking.locked and record_words_in(everything_shown(window)) == []
    assert not idle.running, "no idle time counts while locked"
    window.locking.screen.passphrase.setText(KEY)
    window.locking.screen.unlock_button.click()
    assert not window.locking.locked and idle.running


def test_panic_closes_the_file_and_forgets_recent_files_view_and_clipboard(
        qtbot, window, encrypted_path, passphrase_answers, caseapp_home):
    plain_path = window.casebook.path
    passphrase_answers.queue[:] = [KEY]
    window.switch_to(encrypted_path)
    window.switch_to(plain_path)
    window.save_state()
    assert len(preferences.load().recent_files) == 2
    assert any(key.startswith("persons/") for key in gui_settings().allKeys())
    QGuiApplication.clipboard().setText("Ерлан Қуанышбаев")
    book = window.casebook
    backups = set(book.backups.folder().glob("*"))
    window.persons.list_view.select_record(book.persons.resolve("Борис Ким"))
    window.menu_actions.delete.trigger()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert closed(book) and window.locking.locked
    assert preferences.load().recent_files == ()
    assert QGuiApplication.clipboard().text() == ""
    assert record_words_in(everything_shown(window)) == []
    assert window.windowTitle() == APP_NAME and str(plain_path) not in everything_shown(window)
    assert set(book.backups.folder().glob("*")) == backups, "no backup names the file"
    window.close()
    left = set(gui_settings().allKeys())
    assert left <= {"window/geometry"} | {k for k in left if k.startswith("dialogs/")}
    assert preferences.load().recent_files == ()
    ini = (caseapp_home / "window-state.ini").read_bytes()
    assert Path(plain_path).name.encode() not in ini


def test_after_a_panic_another_file_can_be_opened(window, encrypted_path, passphrase_answers):
    window.locking.panic()
    screen = window.locking.screen
    assert screen.open_button.isVisible() and not screen.unlock_button.isVisible()
    passphrase_answers.queue[:] = [KEY]
    assert window.switch_to(encrypted_path)
    assert not window.locking.locked and not window.locking.forgotten
    assert sorted(listed_names(window)) == NAMES
    assert preferences.load().recent_files == (str(encrypted_path.resolve()),)
