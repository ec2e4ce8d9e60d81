# SPDX-License-Identifier: GPL-3.0-or-later
"""Deleting what others depend on says what goes along and asks (issue 11, 2)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMessageBox

from caseapp.domain import records


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """Questions shown; each is answered Cancel (exec returns without a clicked button)."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def delete_person(qtbot, window, person_id: int) -> None:
    window.persons.list_view.select_record(person_id)
    window.menu_actions.delete.trigger()
    qtbot.wait(20)


def test_a_person_with_a_case_names_what_goes_along_and_cancel_keeps_all(
        qtbot, window, people, boxes) -> None:
    before = len(window.casebook.persons.ids())
    delete_person(qtbot, window, people["erlan"])
    [box] = boxes
    assert "Ерлан Қуанышбаев" in box.text()
    # (English plurals come from caseapp_en.qm, which the test window does not load)
    assert re.search(r"1 case(\(s\))?, 1 hearing(\(s\))?, 1 detention(\(s\))?, 1 charge",
                     box.informativeText())
    assert len(window.casebook.persons.ids()) == before  # Cancel


def test_a_person_nothing_depends_on_goes_without_a_question(qtbot, window, people,
                                                              boxes) -> None:
    delete_person(qtbot, window, people["boris"])
    assert boxes == [] and people["boris"] not in window.casebook.persons.ids()


def test_the_trash_lists_the_person_with_what_went_along(qtbot, window, people) -> None:
    window.operation_did_execute(window.casebook.trash.delete(records.Person, people["erlan"]),
                                 None)
    window.show_page("trash")
    page = window.pages["trash"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    label = page.model.index(0, 1).data()
    assert label.startswith("Ерлан Қуанышбаев") and "went along" in label
