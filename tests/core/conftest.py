# SPDX-License-Identifier: GPL-3.0-or-later
"""A person with one record of every kind linked to them, for undo, audit and trash tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest

from caseapp.core.persons import AliasInput
from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate

TODAY = date(2024, 3, 15)
#: Must equal tests/conftest.py's DEMO_TODAY (the demo fixtures are built for it).
DEMO_TODAY = TODAY


@dataclass
class Linked:
    person: records.Person
    case: records.Case
    facility: records.Facility
    action: records.Action
    source: records.Source


@pytest.fixture
def linked(book) -> Linked:
    person, _ = book.persons.add(
        records.Person(display_name="Ерлан Қуанышбаев", status="detained",
                       birth_date=PartialDate(1984, 4), notes="Journalist"),
        [AliasInput("Yerlan Kuanyshbayev", "transliteration")])
    lawyer, _ = book.persons.add(records.Person(display_name="Әлия Әбдіқадырова"))
    case, _ = book.cases.add(records.Case(case_number="2019-07510-001", title="Pickets",
                                          opened=PartialDate(2019, 8, 14), status="trial"))
    book.cases.add_party(case.id, person.id, "defendant")
    book.cases.add_party(case.id, lawyer.id, "lawyer")
    book.cases.add_charge(case.id, person.id, "274", part="2")
    book.cases.add_charge(case.id, person.id, "400")
    facility, _ = book.custody.add_facility(records.Facility(name="СИЗО ЛА-155/18",
                                                             kind="pretrial"))
    book.custody.add_detention(records.Detention(person_id=person.id, facility_id=facility.id,
                                                 case_id=case.id, kind="pretrial",
                                                 start=PartialDate(2019, 8, 16)))
    book.hearings.add(records.Hearing(case_id=case.id, court="Алмалинский суд",
                                             date=date(2024, 3, 20), time=time(10, 30)))
    book.custody.add_sentence(records.Sentence(person_id=person.id, case_id=case.id,
                                               date=date(2019, 12, 20), years=3,
                                               credited_days=126))
    action, _ = book.actions.add(records.Action(title="Letter to the prosecutor",
                                                date=PartialDate(2020, 1)),
                                 person_ids=[person.id], case_ids=[case.id])
    source, _ = book.sources.add(records.Source(title="Activist detained",
                                                full_text="Ерлан Қуанышбаев was detained."))
    book.sources.cite(records.Citation(source_id=source.id, target_table="person",
                                       target_uid=person.uid, quote="was detained"))
    book.tags.tag("person", person.id, "journalist")
    return Linked(person, case, facility, action, source)
