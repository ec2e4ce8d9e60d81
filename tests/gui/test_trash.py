# SPDX-License-Identifier: GPL-3.0-or-later
"""The Trash page: restore (undoable), delete for good and empty, both after asking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from caseapp.domain import records

from caseapp.gui.trash.page import TrashPage


@pytest.fixture
def trash(window, people) -> TrashPage:
    for name in ("boris", "aigul"):
        changes = window.casebook.trash.delete(records.Person, people[name])
        window.operation_did_execute(changes, None)
    return window.show_page("trash")


def labels(trash: TrashPage) -> list[str]:
    return sorted(trash.model.row_at(row).label for row in range(trash.model.rowCount()))


def select(trash: TrashPage, *names: str) -> None:
    trash.table.clearSelection()
    for row in range(trash.proxy.rowCount()):
        index = trash.proxy.index(row, 1)
        if trash.model.row_at(trash.proxy.mapToSource(index).row()).label in names:
            trash.table.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.Select
                | QItemSelectionModel.SelectionFlag.Rows)


def test_qt_model_contract(qtmodeltester, trash):
    qtmodeltester.check(trash.model)


def test_deleted_persons_are_listed_with_their_kind(trash):
    assert labels(trash) == ["Айгүл Сейітова", "Борис Ким"]
    assert {trash.model.index(row, 0).data() for row in range(2)} == {"Person"}
    assert trash.count_label.text().startswith("2 record")  # plural from caseapp_en.qm
    assert not trash.restore_button.isEnabled() and trash.empty_button.isEnabled()


def test_restore_brings_the_person_back_and_undo_trashes_it_again(window, trash):
    select(trash, "Борис Ким")
    assert trash.restore_button.isEnabled()
    trash.restore_button.click()
    assert labels(trash) == ["Айгүл Сейітова"]
    assert window.menu_actions.undo.text() == "&Undo Restore from Trash"
    assert "Restored 1 record" in window.statusBar().currentMessage()
    window.menu_actions.undo.trigger()
    assert labels(trash) == ["Айгүл Сейітова", "Борис Ким"]


def test_restoring_two_records_is_one_undo_step(window, trash):
    select(trash, "Борис Ким", "Айгүл Сейітова")
    trash.restore_selected()
    assert labels(trash) == []
    window.menu_actions.undo.trigger()
    assert len(labels(trash)) == 2


def test_delete_for_good_asks_first(window, trash, monkeypatch):
    questions: list[str] = []
    monkeypatch.setattr(TrashPage, "_confirm",
                        lambda self, question, action: questions.append(question) or False)
    select(trash, "Борис Ким")
    trash.purge_button.click()
    assert questions[0].startswith("Delete 1 record")
    assert len(labels(trash)) == 2


def test_delete_for_good_removes_and_clears_the_undo_history(window, trash, monkeypatch):
    monkeypatch.setattr(TrashPage, "_confirm", lambda self, question, action: True)
    select(trash, "Борис Ким")
    window.menu_actions.delete.trigger()  # Del on the trash page purges the selection
    assert labels(trash) == ["Айгүл Сейітова"]
    assert not window.menu_actions.undo.isEnabled()
    assert window.casebook.trash.list()[0].label == "Айгүл Сейітова"


def test_empty_trash(window, trash, monkeypatch):
    monkeypatch.setattr(TrashPage, "_confirm", lambda self, question, action: True)
    trash.empty_button.click()
    assert labels(trash) == [] and window.casebook.trash.list() == []
    assert not trash.empty_button.isEnabled()
    assert "Deleted 2 record" in window.statusBar().currentMessage()


def test_the_confirmation_says_it_cannot_be_undone(trash, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    assert not trash._confirm("Delete 1 record for good?", "Delete for Good")
    assert "cannot be undone" in shown[0].informativeText()
    assert shown[0].defaultButton() is shown[0].button(QMessageBox.StandardButton.Cancel)


def test_filter_narrows_the_list(trash):
    trash.search.setText("борис")
    assert trash.proxy.rowCount() == 1


def test_after_a_purge_older_backups_are_offered_for_replacement(window, trash, monkeypatch):
    for _ in range(2):
        window.casebook.backups.make()
    asked: list[int] = []
    monkeypatch.setattr(TrashPage, "_confirm", lambda self, question, action: True)
    monkeypatch.setattr(TrashPage, "_ask_replace_backups",
                        lambda self, count: asked.append(count) or True)
    trash.empty_button.click()
    assert asked == [2]
    assert window.casebook.backups.count() == 1
    newest = window.casebook.backups.list()[0]
    assert newest.sound and newest.persons == 1, "made after the purge: only who is left"


def test_older_backups_are_kept_when_the_volunteer_says_so(window, trash, monkeypatch):
    window.casebook.backups.make()
    monkeypatch.setattr(TrashPage, "_confirm", lambda self, question, action: True)
    monkeypatch.setattr(TrashPage, "_ask_replace_backups", lambda self, count: False)
    trash.empty_button.click()
    assert window.casebook.backups.count() == 1
