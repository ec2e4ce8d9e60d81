# SPDX-License-Identifier: GPL-3.0-or-later
"""A new person whose name is already here in any script is warned about (issue 11, 3)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from caseapp.gui.persons import duplicates
from caseapp.gui.persons.duplicates import DuplicatesDialog
from caseapp.gui.persons.edit_dialog import PersonEditDialog


class Shown(list):
    """Every DuplicatesDialog shown; each answers with ``choice``."""

    choice = duplicates.BACK


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    dialogs = Shown()

    def answer(dialog: DuplicatesDialog) -> int:
        dialogs.append(dialog)
        if dialogs.choice == duplicates.BACK:
            dialog.reject()
        else:
            dialog._finish(dialogs.choice)
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(DuplicatesDialog, "exec", answer)
    return dialogs


def new_person(qtbot, window, name: str) -> PersonEditDialog:
    dialog = PersonEditDialog(window, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.ok_button().isEnabled())
    dialog.display_name.setText(name)
    return dialog


def count(window) -> int:
    return len(window.casebook.persons.ids())


@pytest.mark.parametrize("choice", [duplicates.BACK, duplicates.SAVE_ANYWAY, duplicates.OPEN])
def test_the_same_name_in_latin_shows_the_stored_person(qtbot, window, people, shown,
                                                         choice) -> None:
    before = count(window)
    shown.choice = choice
    dialog = new_person(qtbot, window, "Erlan Kuanyshbayev")
    dialog.save()
    qtbot.waitUntil(lambda: len(shown) == 1)
    table = shown[0].table
    assert table.item(0, 0).text() == "Ерлан Қуанышбаев"
    assert table.item(0, 1).text() == "Erlan Kuanyshbayev"
    if choice == duplicates.BACK:
        assert dialog.isVisible() and count(window) == before
    elif choice == duplicates.SAVE_ANYWAY:
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert count(window) == before + 1
    else:
        assert not dialog.isVisible() and count(window) == before
        assert window.persons.selected_ids() == [people["erlan"]]


def test_a_new_name_is_saved_without_a_question(qtbot, window, shown) -> None:
    before = count(window)
    dialog = new_person(qtbot, window, "Нұржан Әлімов")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert count(window) == before + 1 and shown == []
