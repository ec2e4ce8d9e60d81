# SPDX-License-Identifier: GPL-3.0-or-later
"""The case editor through its widgets: parties, charges, PACE, tags, one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from caseapp.domain import records

from caseapp.gui.cases.page import CasesPage


@pytest.fixture
def page(open_page) -> CasesPage:
    return open_page(CasesPage)


def pick(row, text: str, choice: int = 0) -> None:
    """Type into a party's person picker and take popup entry ``choice``."""
    row.person.setText(text)
    row.person.search_now()
    row.person.choose_row(choice)


def section_error(dialog, field: str) -> str:
    page, label = dialog.sections._errors[field]
    return label.text() if label.isVisible() and dialog.sections.currentWidget() is page else ""


def test_new_case_with_party_and_charge_shows_in_details(page, host, casebook, people):
    dialog = page.new_record()
    dialog.case_number.setText("2025-0031")
    dialog.title.setText("Calls for a rally")
    dialog.opened.setText("14.08.2019")
    dialog.status.set_value("trial")
    party = dialog.parties.add_row()
    pick(party, "kuan")
    assert party.person.choice().person_id == people["erlan"]
    charge = dialog.charges.add_row()
    assert charge.defendant.itemText(1) == "Ерлан Қуанышбаев"
    charge.defendant.setCurrentIndex(1)
    charge.article.setText("405")
    charge.article.search_now()
    charge.part.setText("2")
    charge.wording.setText("participation in a banned organisation")
    dialog.pace["pace_political_reasons"].setChecked(True)
    dialog.tags.add_tag("rally")
    dialog.save()

    assert not dialog.isVisible()
    assert casebook.undo.undo_name() == "Add Case"
    [case_id] = casebook.cases.ids(text="2025-0031")
    assert page.list_view.current_id() == case_id
    details = casebook.cases.details(case_id)
    assert [(p.person_id, p.role) for p in details.parties] == [(people["erlan"], "defendant")]
    assert [(c.person_id, c.article, c.wording) for c in details.charges] == [
        (people["erlan"], "405.2", "participation in a banned organisation")]
    assert details.case.opened.iso() == "2019-08-14" and details.case.pace_political_reasons
    text = page.detail.plain_text()
    for expected in ("2025-0031 — Calls for a rally", "Ерлан Қуанышбаев", "Art. 405.2",
                     "detention imposed for purely political reasons", "rally"):
        assert expected in text

    assert host.undo() == "Add Case"  # case, party, charge and tag: one step
    assert casebook.cases.ids(text="2025-0031") == []
    assert casebook.tags.of("case_file", case_id) == []


def test_a_new_person_typed_as_party_is_created_with_the_case(page, host, casebook):
    dialog = page.new_record()
    dialog.title.setText("Hunger strike")
    party = dialog.parties.add_row()
    pick(party, "Нурлан Ашимов")  # no match: the only entry creates the person
    dialog.charges.add_row().defendant.setCurrentIndex(1)
    dialog.charges.rows[0].article.setText("174")
    dialog.charges.rows[0].article.search_now()
    dialog.save()
    [person_id] = casebook.persons.ids(text="Ашимов")
    [case_id] = casebook.cases.ids(text="Hunger strike")
    assert [c.person_id for c in casebook.cases.details(case_id).charges] == [person_id]
    host.undo()
    assert casebook.persons.ids(text="Ашимов") == []


def test_edit_case_then_undo(qtbot, page, host, casebook, people):
    case_id = casebook.cases.ids(text="2024-0117")[0]
    page.open_record(case_id)
    page.list_view.table.setFocus()
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_Return)  # Enter edits
    dialog = page.dialog
    assert dialog.case_number.text() == "2024-0117"
    [party] = dialog.parties.rows
    assert party.person.person_id() == people["erlan"]
    [charge] = dialog.charges.rows
    assert charge.defendant.currentText() == "Ерлан Қуанышбаев"
    assert charge.article.text().startswith("KZ 174 — ")
    assert charge.part.text() == "2"
    lawyer = dialog.parties.add_row()
    pick(lawyer, "Борис")
    lawyer.role.set_value("lawyer")
    dialog.charges.remove_row(charge)
    dialog.status.set_value("appeal")
    dialog.save()

    details = casebook.cases.details(case_id)
    assert details.case.status == "appeal" and details.charges == ()
    assert {(p.person_id, p.role) for p in details.parties} == {
        (people["erlan"], "defendant"), (people["boris"], "lawyer")}
    assert casebook.undo.undo_name() == "Edit Case"
    assert host.undo() == "Edit Case"
    details = casebook.cases.details(case_id)
    assert details.case.status == "trial" and len(details.charges) == 1
    assert [p.person_id for p in details.parties] == [people["erlan"]]


def test_case_needs_a_number_or_title(page, casebook):
    dialog = page.new_record()
    dialog.save()
    assert dialog.isVisible()
    assert dialog._errors["case_number"].isVisible()
    assert casebook.undo.undo_name() is None


def test_invalid_opened_date_is_shown_next_to_the_field(page, casebook):
    dialog = page.new_record()
    dialog.case_number.setText("X-1")
    dialog.opened.setText("32.13.2019")
    dialog.save()
    assert dialog.isVisible()
    assert dialog._errors["opened"].isVisible()
    dialog.opened.setText("04.2016")
    dialog.save()
    assert not dialog.isVisible()
    [case_id] = casebook.cases.ids(text="X-1")
    assert casebook.get(records.Case, case_id).opened.iso() == "2016-04"


def test_party_not_chosen_from_the_list_is_refused_on_its_tab(page, casebook):
    dialog = page.new_record()
    dialog.case_number.setText("X-2")
    dialog.parties.add_row().person.setText("kuan")  # typed, never chosen
    dialog.sections.setCurrentIndex(3)
    dialog.save()
    assert dialog.isVisible()
    assert section_error(dialog, "parties").startswith("Party 1: Choose “kuan”")
    assert casebook.cases.ids(text="X-2") == []


def test_charge_without_article_is_refused_on_its_tab(page, casebook):
    dialog = page.new_record()
    dialog.case_number.setText("X-3")
    pick(dialog.parties.add_row(), "Борис")
    dialog.charges.add_row().defendant.setCurrentIndex(1)
    dialog.save()
    assert section_error(dialog, "charges") == "Charge 1: Choose the article of the code"
    assert casebook.undo.undo_name() is None


def test_a_new_charge_is_against_the_only_defendant(page):
    dialog = page.new_record()
    pick(dialog.parties.add_row(), "Борис")
    assert dialog.charges.add_row().defendant.currentText() == "Борис Ким"
    lawyer = dialog.parties.add_row()
    pick(lawyer, "kuan")
    lawyer.role.set_value("lawyer")
    assert dialog.charges.add_row().defendant.currentText() == "Борис Ким"
    lawyer.role.set_value("defendant")
    assert dialog.charges.add_row().defendant.currentData() is None  # two: the volunteer picks


def test_removing_a_party_empties_its_charges_defendant(page):
    dialog = page.new_record()
    party = dialog.parties.add_row()
    pick(party, "Борис")
    charge = dialog.charges.add_row()
    charge.defendant.setCurrentIndex(1)
    dialog.parties.remove_row(party)
    assert charge.defendant.currentData() is None
    assert charge.defendant.count() == 1


def test_pace_checklist_has_five_translated_criteria(page):
    dialog = page.new_record()
    assert len(dialog.pace) == 5
    assert all(box.text() for box in dialog.pace.values())
    assert dialog.pace_note.accessibleName() == "Note on the PACE criteria"


def test_escape_closes_the_case_editor(qtbot, page, casebook):
    dialog = page.new_record()
    dialog.case_number.setText("never saved")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert casebook.undo.undo_name() is None


def test_file_new_in_the_window_opens_the_case_editor(window):
    page = window.show_page("cases")
    window.menu_actions.new_record.trigger()
    assert page.dialog is not None and page.dialog.windowTitle() == "New Case"
    page.dialog.reject()


def test_tab_order_follows_the_form_then_the_tables_then_ok(page, tab_chain):
    dialog = page.new_record()
    party = dialog.parties.add_row()
    charge = dialog.charges.add_row()
    chain = tab_chain(dialog.case_number)
    form = [dialog.case_number, dialog.title, dialog.jurisdiction, dialog.opened, dialog.status]
    assert chain[:len(form)] == form
    order = [dialog.sections, dialog.parties.add_button, party.person, party.role,
             dialog.charges.add_button, charge.defendant, charge.part, charge.wording,
             dialog.pace["pace_fundamental_rights"], dialog.tags.entry,
             dialog.buttons.button(dialog.buttons.StandardButton.Ok)]
    positions = [chain.index(widget) for widget in order]
    assert positions == sorted(positions)
