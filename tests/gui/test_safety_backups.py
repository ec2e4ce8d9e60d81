# SPDX-License-Identifier: GPL-3.0-or-later
"""File ▸ Backups: the list (date, size, persons, encrypted, check), restoring one (asked,
the file backed up first, the window showing the restored records), a damaged copy
refused, and one fresh backup in place of the older ones."""

from __future__ import annotations

import os
import time

import pytest

from tests.gui.safety_support import listed_names
from tests.gui.test_volunteer_flow import open_dialog_of

from caseapp.gui.safety.backups_dialog import BackupsDialog
from caseapp.gui.safety.backups_model import Column

pytestmark = pytest.mark.usefixtures("shown_boxes")
NAMES = ["Айгүл Сейітова", "Борис Ким", "Ерлан Қуанышбаев"]
DAY_S = 24 * 3600


def backups_dialog(window) -> BackupsDialog:
    return open_dialog_of(window, BackupsDialog, window.menu_actions.backups.trigger)


def cells(dialog: BackupsDialog, column: Column) -> list[str]:
    model = dialog.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def backed_up_days_ago(window, days: int):
    """A backup of the open file dated ``days`` ago."""
    path = window.casebook.backups.make()
    stamp = time.time() - days * DAY_S
    os.utime(path, (stamp, stamp))
    return path


def delete_person(window, name: str) -> None:
    window.persons.list_view.select_record(window.casebook.persons.resolve(name))
    window.menu_actions.delete.trigger()


def test_the_list_shows_date_size_persons_and_encryption(window):
    backed_up_days_ago(window, 3)
    delete_person(window, "Борис Ким")
    window.safety.back_up()
    dialog = backups_dialog(window)
    assert dialog.model.rowCount() == 2
    newest, oldest = cells(dialog, Column.DATE)
    assert newest != oldest and time.strftime("%Y") in newest
    assert cells(dialog, Column.PERSONS) == ["2", "3"]
    assert all(size.split()[-1] in ("KiB", "MiB", "KB", "MB") for size in cells(dialog,
                                                                                Column.SIZE))
    assert cells(dialog, Column.KIND) == ["Plain", "Plain"]
    assert cells(dialog, Column.CHECK) == ["Sound", "Sound"]
    assert str(window.casebook.backups.folder()) in dialog.intro.text()


def test_backups_of_an_encrypted_file_say_encrypted(encrypted_window):
    encrypted_window.safety.back_up()
    dialog = backups_dialog(encrypted_window)
    assert cells(dialog, Column.KIND) == ["Encrypted"]
    assert cells(dialog, Column.PERSONS) == ["3"]


def test_restore_asks_backs_up_first_and_the_window_shows_the_backup(window, answered):
    backed_up_days_ago(window, 2)
    delete_person(window, "Борис Ким")
    assert sorted(listed_names(window)) == ["Айгүл Сейітова", "Ерлан Қуанышбаев"]
    dialog = backups_dialog(window)
    dialog.table.selectRow(0)
    dialog.restore_button.click()
    assert len(answered) == 1 and "Replace x.sqlite with the backup of" in answered[0]
    assert sorted(listed_names(window)) == NAMES
    assert "Restored the backup of" in dialog.status.text()
    assert dialog.model.rowCount() == 2, "the file as it was is backed up first"
    assert cells(dialog, Column.PERSONS) == ["2", "3"]
    assert not window.replacing and window.menu_actions.undo.text() == "&Undo"


def test_restore_does_nothing_when_not_confirmed(window, monkeypatch):
    from caseapp.gui.safety import questions

    backed_up_days_ago(window, 2)
    delete_person(window, "Борис Ким")
    monkeypatch.setattr(questions, "ask", lambda *a, **k: False)
    dialog = backups_dialog(window)
    dialog.restore_button.click()
    assert len(listed_names(window)) == 2 and dialog.model.rowCount() == 1


def test_a_damaged_backup_is_listed_as_such_and_not_restored(window, answered):
    good = backed_up_days_ago(window, 2)
    bad = good.with_name("x-20990101T000000000000Z.sqlite")  # named as the newest
    bad.write_bytes(good.read_bytes()[:5000] + os.urandom(4096))
    dialog = backups_dialog(window)
    row = [dialog.model.row_at(row).path for row in range(2)].index(bad)
    assert cells(dialog, Column.CHECK)[row] == "Damaged or unreadable"
    dialog.table.selectRow(row)
    dialog.restore_button.click()
    assert answered == [] and "cannot be restored" in dialog.status.text()


def test_replace_with_fresh_backup_leaves_one(window, answered):
    for days in (3, 2, 1):
        backed_up_days_ago(window, days)
    dialog = backups_dialog(window)
    dialog.replace_button.click()
    assert "delete the 3 older" in answered[0]
    assert dialog.model.rowCount() == 1
    assert "Replaced 3 older" in dialog.status.text()
