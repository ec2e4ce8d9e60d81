# SPDX-License-Identifier: GPL-3.0-or-later
"""Deleting a person, case or facility leaves no orphans (issue 11, 2).

What only the deleted record had (a person's detentions, a case only they were in with
its hearings, a letter about them alone) goes to the trash with it as one step; what
is shared stays without the link; the trash lists the deleted record once, and a
restore, an undo or a purge treats everything that went along with it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate


@pytest.fixture
def world(book) -> dict[str, int]:
    alone, _ = book.persons.add(records.Person(display_name="Ерлан Қуанышбаев"))
    other, _ = book.persons.add(records.Person(display_name="Айгүл Сейітова"))
    own_case, _ = book.cases.add(records.Case(case_number="2024-1"))
    shared_case, _ = book.cases.add(records.Case(case_number="2024-2"))
    book.cases.add_party(own_case.id, alone.id)
    book.cases.add_party(shared_case.id, alone.id)
    book.cases.add_party(shared_case.id, other.id)
    soon = date.today() + timedelta(days=3)
    for days in (0, 7):
        book.hearings.add(records.Hearing(case_id=own_case.id, date=soon + timedelta(days)))
    book.hearings.add(records.Hearing(case_id=shared_case.id, date=soon))
    facility, _ = book.custody.add_facility(records.Facility(name="СИЗО №1"))
    book.custody.add_detention(records.Detention(person_id=alone.id, facility_id=facility.id,
                                                 start=PartialDate(2024, 3, 14)))
    book.custody.add_sentence(records.Sentence(person_id=alone.id, date=date(2024, 9, 1),
                                               years=2))
    letter, _ = book.actions.add(records.Action(title="Letter about him"), person_ids=[alone.id])
    appeal, _ = book.actions.add(records.Action(title="Joint appeal"),
                                 person_ids=[alone.id, other.id])
    return {"alone": alone.id, "other": other.id, "own_case": own_case.id,
            "shared_case": shared_case.id, "facility": facility.id, "letter": letter.id,
            "appeal": appeal.id}


def live(book) -> dict[str, int]:
    return {"persons": len(book.persons.ids()), "cases": len(book.cases.ids()),
            "hearings": len(book.hearings.ids()), "actions": len(book.actions.ids())}


def test_the_question_names_what_goes_along_and_what_stays(book, world) -> None:
    impact = book.trash.impact(records.Person, world["alone"])
    assert impact.along == {"case_file": 1, "hearing": 2, "detention": 1, "sentence": 1,
                            "action": 1}
    assert impact.unlinked == {"case_file": 1, "action": 1}
    assert book.trash.impact(records.Person, world["other"]).along == {}
    assert book.trash.impact(records.Facility, world["facility"]).unlinked == {"detention": 1}


def test_nothing_is_left_an_orphan_and_the_trash_lists_the_person_once(book, world) -> None:
    before = live(book)
    book.trash.delete(records.Person, world["alone"])
    assert live(book) == {"persons": before["persons"] - 1, "cases": before["cases"] - 1,
                          "hearings": before["hearings"] - 2, "actions": before["actions"] - 1}
    [row] = book.trash.list()
    # the detention, the sentence, the case only it was in with 2 hearings, the letter
    # about it alone (its name and its links to cases and actions are not counted)
    assert (row.table, row.id, row.along) == ("person", world["alone"], 6)
    appeal = book.actions.rows([world["appeal"]])[0]
    assert "Сейітова" in appeal.persons and "Қуанышбаев" not in appeal.persons


@pytest.mark.parametrize("how", ["restore", "undo"])
def test_a_restore_or_undo_brings_everything_back(book, world, how) -> None:
    before = live(book)
    book.trash.delete(records.Person, world["alone"])
    if how == "restore":
        book.trash.restore(book.trash.list()[0].uid)
    else:
        book.undo_step()
    assert live(book) == before and book.trash.list() == []


def test_a_purge_takes_everything_that_went_along_and_nothing_else(book, world) -> None:
    book.trash.delete(records.Person, world["alone"])
    book.trash.purge()
    assert book.trash.list() == []
    assert live(book) == {"persons": 1, "cases": 1, "hearings": 1, "actions": 1}


def test_a_case_takes_its_hearings_and_the_actions_about_it_alone(book, world) -> None:
    about_case, _ = book.actions.add(records.Action(title="Trial monitoring"),
                                     case_ids=[world["own_case"]])
    book.trash.delete(records.Case, world["own_case"])
    assert book.hearings.rows(book.hearings.ids()) and all(
        row.case_number == "2024-2" for row in book.hearings.rows(book.hearings.ids()))
    assert about_case.id not in book.actions.ids()
    assert world["alone"] in book.persons.ids()


def test_detentions_at_a_deleted_facility_say_it_is_in_the_trash(book, world) -> None:
    book.trash.delete(records.Facility, world["facility"])
    [detention] = book.persons.details(world["alone"]).detentions
    assert detention.facility.startswith("СИЗО №1") and "trash" in detention.facility
