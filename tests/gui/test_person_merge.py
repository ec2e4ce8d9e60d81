# SPDX-License-Identifier: GPL-3.0-or-later
"""Persons ▸ Merge with…: both persons side by side, a choice where they differ, one
step that Undo takes back."""

from __future__ import annotations

import pytest

from caseapp.core.persons import AliasInput
from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate

from caseapp.gui.common.pickers import NAME_ROLE
from caseapp.gui.persons.merge_dialog import MergeDialog
from caseapp.gui.persons.page import PersonsPage


@pytest.fixture
def twins(casebook) -> tuple[int, int]:
    """One activist entered twice: in Latin with a case, in Kazakh with a detention."""
    latin, _ = casebook.persons.add(records.Person(display_name="Zhanar Abilova",
                                                   status="detained", notes="From RFE/RL"))
    kazakh, _ = casebook.persons.add(
        records.Person(display_name="Жанар Әбілова", status="sentenced",
                       birth_date=PartialDate(1990, 4), notes="Атырау"),
        [AliasInput("Жанар Абилова", "transliteration")])
    case, _ = casebook.cases.add(records.Case(case_number="2024-0117", title="Pickets"))
    casebook.cases.add_party(case.id, latin.id, "defendant")
    casebook.custody.add_detention(records.Detention(person_id=kazakh.id, kind="pretrial",
                                                     start=PartialDate(2024, 3, 12)))
    casebook.undo.clear()
    return latin.id, kazakh.id


@pytest.fixture
def page(open_page) -> PersonsPage:
    return open_page(PersonsPage)


def _choose_other(dialog: MergeDialog, name: str) -> None:
    """Type ``name`` in the picker and take the match with exactly that name (a search
    in one script finds the other spelling too)."""
    picker = dialog.other
    picker.setText(name)
    picker.search_now()
    offered = [picker.matches.index(row, 0).data(NAME_ROLE)
               for row in range(picker.matches.rowCount())]
    picker.choose_row(offered.index(name))


def test_the_context_menu_opens_the_merge_dialog(twins, page):
    latin, _kazakh = twins
    page.open_record(latin)
    texts = [action.text() for action in page.list_view.table.actions()]
    assert "&Merge with…" in texts
    dialog = page.merge_current()
    assert isinstance(dialog, MergeDialog) and dialog.keep_id == latin
    assert not dialog.buttons.buttons()[0].isEnabled()


def test_both_persons_side_by_side_with_a_choice_where_they_differ(twins, page):
    latin, kazakh = twins
    page.open_record(latin)
    dialog = page.merge_current()
    _choose_other(dialog, "Жанар Әбілова")
    assert dialog.preview is not None and dialog.preview.other.id == kazakh
    assert set(dialog.fields.groups) == {"display_name", "status", "notes"}
    notes = [b.text() for b in dialog.fields.groups["notes"].buttons()]
    assert notes == ["From RFE/RL", "Атырау", "both"]
    assert "detentions: 1" in dialog.summary.text() and "names: 2" in dialog.summary.text()


def test_merge_takes_the_choices_and_undo_restores_both(twins, page, casebook, host):
    latin, kazakh = twins
    page.open_record(latin)
    dialog = page.merge_current()
    _choose_other(dialog, "Жанар Әбілова")
    dialog.fields.groups["display_name"].buttons()[1].setChecked(True)
    dialog.fields.groups["notes"].buttons()[2].setChecked(True)
    dialog.save()
    assert not dialog.isVisible()
    kept = casebook.persons.details(latin)
    assert kept.person.display_name == "Жанар Әбілова"
    assert kept.person.notes == "From RFE/RL\n\nАтырау"
    assert kept.person.status == "detained" and kept.person.birth_date == PartialDate(1990, 4)
    assert [c.case_number for c in kept.cases] == ["2024-0117"] and kept.detentions
    assert kazakh not in casebook.persons.ids()
    assert page.list_view.current_id() == latin
    assert host.undo() == "Merge Persons"
    assert casebook.persons.details(kazakh).detentions
    assert casebook.persons.details(latin).person.display_name == "Zhanar Abilova"
    assert casebook.persons.details(latin).detentions == ()


def test_keep_the_other_instead_swaps_the_sides(twins, page, casebook):
    latin, kazakh = twins
    page.open_record(latin)
    dialog = page.merge_current()
    _choose_other(dialog, "Жанар Әбілова")
    dialog.swap_button.click()
    assert dialog.keep_id == kazakh and dialog.preview.other.id == latin
    dialog.save()
    assert latin not in casebook.persons.ids()
    assert [c.case_number for c in casebook.persons.details(kazakh).cases] == ["2024-0117"]


def test_a_person_is_not_merged_with_themselves(twins, page):
    latin, _kazakh = twins
    page.open_record(latin)
    dialog = page.merge_current()
    _choose_other(dialog, "Zhanar Abilova")
    assert dialog.other.person_id() == latin and dialog.preview is None
    dialog.save()
    assert dialog.isVisible() and dialog._errors["other"].isVisible()
