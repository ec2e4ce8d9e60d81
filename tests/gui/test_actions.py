# SPDX-License-Identifier: GPL-3.0-or-later
"""The Actions page: lazy model, filters, the action editor with its links, undo."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox

from caseapp.core import settings as preferences
from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate

from caseapp.gui.actions.edit_dialog import ActionDialog
from caseapp.gui.actions.page import ActionsPage
from caseapp.gui.actions.table_model import ActionTableModel, Column


@pytest.fixture
def page(open_page) -> ActionsPage:
    return open_page(ActionsPage)


def titles(page: ActionsPage) -> list[str]:
    model = page.list_view.model
    return [model.index(row, Column.TITLE).data() for row in range(model.rowCount())]


def add_action(host, title: str, **values) -> int:
    action, changes = host.casebook.actions.add(records.Action(title=title, **values))
    host.operation_did_execute(changes, None)
    return action.id


def test_model_passes_qt_model_tester(qtmodeltester, host, book_source):
    add_action(host, "Letter", due_date=date(2020, 1, 1))
    add_action(host, "Picket", kind="picket", status="done")

    model = ActionTableModel(book_source(host.casebook.actions))
    model.reload()
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)


def test_campaign_letter_for_a_person_is_listed_and_undo_removes_it(qtbot, page, host, people):
    assert titles(page) == []
    dialog = ActionDialog(host, person_ids=[people["boris"]], parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.kind.value() == "letter"
    assert dialog.persons.labels() == ["Борис Ким"]
    qtbot.keyClicks(dialog.title_edit, "Letter to the prosecutor general")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert titles(page) == ["Letter to the prosecutor general"]
    model = page.list_view.model
    assert model.index(0, Column.PERSONS).data() == "Борис Ким"
    assert model.index(0, Column.DATE).data()  # today, by default
    page.open_record(dialog.result_value[0].id)
    assert "Борис Ким" in page.detail.plain_text()
    assert host.casebook.undo.undo_name() == "Add Action"
    host.undo()
    assert titles(page) == []
    assert host.casebook.persons.details(people["boris"]).actions == ()


def test_persons_and_cases_are_linked_by_typing(qtbot, page, host):
    page.new_record()
    dialog = page.dialog
    qtbot.keyClicks(dialog.persons.search, "kuanysh")
    qtbot.waitUntil(lambda: dialog.persons.search.matches.rowCount() == 1, timeout=2000)
    dialog.persons.search.choose_row(0)
    qtbot.keyClicks(dialog.cases.search, "Zhanaozen")
    qtbot.waitUntil(lambda: dialog.cases.search.matches.rowCount() == 1, timeout=2000)
    dialog.cases.search.choose_row(0)
    qtbot.waitUntil(lambda: dialog.cases.search.text() == "", timeout=2000)
    assert dialog.persons.labels() == ["Ерлан Қуанышбаев"]
    dialog.title_edit.setText("Appeal to the OSCE")
    dialog.kind.set_value("un_osce_appeal")
    dialog.save()
    persons, cases = host.casebook.actions.links(dialog.result_value[0].id)
    assert [label for _link, _pk, label in persons] == ["Ерлан Қуанышбаев"]
    assert [label for _link, _pk, label in cases] == ["2024-0117 — Protest in Zhanaozen"]
    link = f"open:person/{persons[0][1]}"
    assert link in page.detail.browser.toHtml()
    page.detail.browser.anchorClicked.emit(QUrl(link))
    assert host.opened[-1] == ("person", persons[0][1])


def test_editing_fields_and_links_is_one_undoable_step(page, host, people):
    action_id = add_action(host, "Letter")
    host.casebook.actions.link_person(action_id, people["boris"])
    page.edit_record(action_id)
    dialog = page.dialog
    assert dialog.persons.labels() == ["Борис Ким"]
    dialog.persons.view.setCurrentIndex(dialog.persons.model.index(0, 0))
    dialog.persons.remove_current()
    dialog.persons.add(people["aigul"], "Айгүл Сейітова")
    dialog.title_edit.setText("Letter to the ombudsman")
    dialog.status.set_value("done")
    dialog.save()
    assert host.casebook.undo.undo_name() == "Edit Action"
    persons, _cases = host.casebook.actions.links(action_id)
    assert [pk for _link, pk, _label in persons] == [people["aigul"]]
    assert titles(page) == ["Letter to the ombudsman"]
    host.undo()
    persons, _cases = host.casebook.actions.links(action_id)
    assert [pk for _link, pk, _label in persons] == [people["boris"]]
    assert host.casebook.get(records.Action, action_id).status == "planned"
    assert titles(page) == ["Letter"]


def test_filters_status_kind_dates_and_due(page, host):
    today = date.today()
    add_action(host, "Overdue letter", due_date=today - timedelta(days=2),
               date=PartialDate(2024, 3, 1))
    add_action(host, "Picket", kind="picket", status="done", date=PartialDate(2025, 6, 1))
    add_action(host, "Future letter", due_date=today + timedelta(days=30),
               date=PartialDate(2025, 7, 1))
    list_view = page.list_view
    assert len(titles(page)) == 3
    list_view.due_only.setChecked(True)
    assert titles(page) == ["Overdue letter"]
    overdue = list_view.model.index(0, Column.DUE)
    assert "overdue" in overdue.data()
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) is not None
    list_view.due_only.setChecked(False)
    list_view.kind_filter.set_value("picket")
    assert titles(page) == ["Picket"]
    list_view.kind_filter.setCurrentIndex(0)
    list_view.status_filter.set_value("planned")
    assert sorted(titles(page)) == ["Future letter", "Overdue letter"]
    list_view.from_date.setText("2025")
    list_view.apply_filters()
    assert titles(page) == ["Future letter"]
    page.open_record(host.casebook.actions.ids(text="Picket")[0])
    assert titles(page) == ["Future letter", "Picket", "Overdue letter"]


def test_mark_done_from_the_pane(page, host):
    action_id = add_action(host, "Visit in SIZO", kind="visit")
    page.open_record(action_id)
    assert page.detail.done_button.isEnabled()
    page.detail.done_button.click()
    assert host.casebook.get(records.Action, action_id).status == "done"
    assert not page.detail.done_button.isEnabled()
    assert host.casebook.undo.undo_name() == "Mark Action Done"


def test_responsible_defaults_to_the_operator_and_title_is_required(qtbot, page, host):
    preferences.save(preferences.Settings(operator="Dana"))
    dialog = ActionDialog(host, parent=page)
    qtbot.addWidget(dialog)
    assert dialog.responsible.text() == "Dana"
    dialog.save()
    assert dialog._errors["title"].text()
    assert titles(page) == []
    dialog.title_edit.setText("Statement")
    dialog.due_date.setText("2025")
    dialog.save()
    assert "full date" in dialog._errors["due_date"].text()


def test_widgets_have_accessible_names(page):
    dialog = ActionDialog(page.host, parent=page)
    for widget in (dialog.kind, dialog.title_edit, dialog.date, dialog.due_date, dialog.status,
                   dialog.responsible, dialog.persons.search, dialog.persons.view,
                   dialog.cases.search, page.list_view.search, page.list_view.status_filter,
                   page.list_view.kind_filter, page.list_view.from_date, page.list_view.table,
                   page.detail.browser):
        assert widget.accessibleName(), widget
