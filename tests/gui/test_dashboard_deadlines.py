# SPDX-License-Identifier: GPL-3.0-or-later
"""Procedural deadlines on the Dashboard: listed with what comes due and when, opened,
and marked done or not applicable from the row's context menu (one undo step)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from caseapp.domain import records
from tests.gui.test_dashboard import cells


def _verdict_days_ago(window, days: int) -> records.Sentence:
    casebook = window.casebook
    person = casebook.persons.resolve("Борис Ким")
    sentence, changes = casebook.custody.add_sentence(records.Sentence(
        person_id=person, date=date.today() - timedelta(days=days), kind="fine"))
    window.operation_did_execute(changes, None)
    return sentence


def test_the_appeal_window_is_on_the_dashboard(window):
    _verdict_days_ago(window, 12)
    page = window.show_page("dashboard")
    rows = cells(page.deadlines)
    assert [row[1:3] for row in rows] == [("appeal window closes in 3 days", "Борис Ким")]
    assert page.deadlines.heading.text() == "Procedural deadlines (1)"
    tooltip = page.deadlines.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "УПК РК ст. 416" in tooltip and "not checked" in tooltip


def test_a_passed_deadline_is_shown_as_late_and_opens_its_person(window, monkeypatch):
    _verdict_days_ago(window, 17)
    page = window.show_page("dashboard")
    item = page.deadlines.model.item(0)
    assert item.cells[1] == "appeal window closed 2 days ago" and item.warning
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(window, "open_record", lambda table, pk: opened.append((table, pk)))
    page.deadlines.activated.emit(item)
    assert opened == [("person", window.casebook.persons.resolve("Борис Ким"))]


def test_marking_done_from_the_menu_removes_it_and_undo_brings_it_back(window):
    _verdict_days_ago(window, 12)
    page = window.show_page("dashboard")
    assert page.deadlines.table.actions()[-2:] == [page.mark_done, page.mark_not_applicable]
    page.deadlines.table.selectRow(0)
    page.mark_done.trigger()
    assert cells(page.deadlines) == [] and not page.deadlines.empty.isHidden()
    assert window.casebook.undo.undo_name() == "Mark Deadline"
    window.operation_did_execute(window.casebook.undo_step(), None)
    assert len(cells(page.deadlines)) == 1


def test_not_applicable_too(window):
    sentence = _verdict_days_ago(window, 12)
    page = window.show_page("dashboard")
    page.deadlines.table.selectRow(0)
    page.mark_not_applicable.trigger()
    assert window.casebook.deadlines.resolve(f"appeal:{sentence.uid}").state == "not_applicable"
