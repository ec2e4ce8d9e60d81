# SPDX-License-Identifier: GPL-3.0-or-later
"""File ▸ Encrypt Database, Change Passphrase and Export Decrypted Copy, from the window:
each rewrites the file through the core, the window shows the same records afterwards,
and the file on disk is what the command promised (encrypted, with which passphrase)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from caseapp.core.casebook import Casebook
from caseapp.domain.errors import PassphraseNeeded, WrongPassphrase
from tests.gui.safety_support import (
    KEY,
    click_ok,
    field_error,
    listed_names,
    sqlite_header,
)
from tests.gui.test_volunteer_flow import open_dialog_of

from caseapp.gui.safety.passphrase_dialogs import NewPassphraseDialog

pytestmark = pytest.mark.usefixtures("shown_boxes")
NEW_KEY = "copper lantern orchard seven"
NAMES = ["Айгүл Сейітова", "Борис Ким", "Ерлан Қуанышбаев"]


def test_encrypt_rewrites_the_open_file_and_offers_to_delete_plain_backups(window, answered):
    path = window.casebook.path
    window.safety.back_up()
    plain_backups = list(window.casebook.backups.folder().glob("*.sqlite"))
    assert plain_backups and window.menu_actions.encrypt.isEnabled()
    assert not window.menu_actions.change_passphrase.isEnabled()
    dialog = open_dialog_of(window, NewPassphraseDialog, window.menu_actions.encrypt.trigger)
    dialog.rows.passphrase.setText(KEY)
    dialog.rows.again.setText(KEY)
    click_ok(dialog)
    assert window.casebook.encrypted and not sqlite_header(path)
    assert sorted(listed_names(window)) == NAMES
    assert any("not encrypted" in question for question in answered)
    assert not any(p.exists() for p in plain_backups)
    assert window.menu_actions.change_passphrase.isEnabled()
    assert not window.menu_actions.encrypt.isEnabled()
    window.close()
    with pytest.raises(PassphraseNeeded):
        Casebook(path)
    with Casebook(path, passphrase=KEY) as book:
        assert len(book.persons.ids()) == 3


def test_encrypt_needs_the_passphrase_twice_and_long_enough(window):
    dialog = open_dialog_of(window, NewPassphraseDialog, window.menu_actions.encrypt.trigger)
    assert not dialog.current.isVisible(), "no current passphrase to ask for a plain file"
    dialog.rows.passphrase.setText("short")
    dialog.rows.again.setText("short")
    click_ok(dialog)
    assert "at least 8 characters" in field_error(dialog, "passphrase")
    dialog.rows.passphrase.setText(KEY)
    dialog.rows.again.setText(NEW_KEY)
    click_ok(dialog)
    assert "differ" in field_error(dialog, "again") and dialog.isVisible()
    assert not window.casebook.encrypted and sqlite_header(window.casebook.path)
    dialog.reject()


def test_change_passphrase_asks_for_the_current_one_first(encrypted_window):
    window = encrypted_window
    path = window.casebook.path
    dialog = open_dialog_of(window, NewPassphraseDialog,
                            window.menu_actions.change_passphrase.trigger)
    dialog.current.setText("not the passphrase")
    dialog.rows.passphrase.setText(NEW_KEY)
    dialog.rows.again.setText(NEW_KEY)
    click_ok(dialog)
    assert "not the passphrase of the open file" in field_error(dialog, "current")
    dialog.current.setText(KEY)
    click_ok(dialog)
    assert not dialog.isVisible()
    assert window.casebook.passphrase == NEW_KEY and sorted(listed_names(window)) == NAMES
    assert "passphrase of secret.sqlite is changed" in window.statusBar().currentMessage()
    window.close()
    with pytest.raises(WrongPassphrase):
        Casebook(path, passphrase=KEY)
    Casebook(path, passphrase=NEW_KEY).close()


def test_export_decrypted_copy_warns_then_writes_a_plain_copy(encrypted_window, answered,
                                                             tmp_path, monkeypatch):
    window = encrypted_window
    target = tmp_path / "for the lawyer"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.menu_actions.export_decrypted.trigger()
    assert "not encrypted" in answered[0] and "anyone" in answered[0]
    written = target.with_suffix(".sqlite")
    assert sqlite_header(written) and not sqlite_header(window.casebook.path)
    assert str(written) in window.statusBar().currentMessage()
    with Casebook(written) as copy:
        assert len(copy.persons.ids()) == 3 and copy.persons.resolve("Борис Ким")
    assert window.casebook.encrypted and sorted(listed_names(window)) == NAMES


def test_export_refuses_an_existing_file_with_one_message(encrypted_window, answered, tmp_path,
                                                          monkeypatch, shown_boxes):
    existing = tmp_path / "taken.sqlite"
    existing.write_bytes(b"someone's file")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    encrypted_window.menu_actions.export_decrypted.trigger()
    assert [box.text() for box in shown_boxes] == [
        f"{existing} already exists; choose a new file name"]
    assert existing.read_bytes() == b"someone's file"


def test_export_stops_when_the_warning_is_declined(encrypted_window, tmp_path, monkeypatch):
    from caseapp.gui.safety import questions

    asked: list[Path] = []
    monkeypatch.setattr(questions, "ask", lambda *a, **k: False)
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append(tmp_path) or ("", ""))
    encrypted_window.menu_actions.export_decrypted.trigger()
    assert asked == [] and list(tmp_path.glob("*.sqlite")) == [encrypted_window.casebook.path]
