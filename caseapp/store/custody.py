# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading custody: facilities, open detentions, and the releases sentences lead to."""

from __future__ import annotations

from datetime import date

from caseapp.domain import names, records
from caseapp.domain.terms import Term, expected_release
from caseapp.domain.views import ReleaseRow
from caseapp.store import rows
from caseapp.store.models import Detention, Facility, Person, Sentence


def facilities() -> list[records.Facility]:
    query = Facility.live(Facility.id).order_by(Facility.name)
    return [rows.get(records.Facility, pk) for (pk,) in query.tuples()]


def facility_by_name(name: str) -> int | None:
    """The live facility whose name normalises to ``name``."""
    key = names.normalize(name)
    for pk, facility_name in Facility.live(Facility.id, Facility.name).tuples():
        if names.normalize(facility_name) == key:
            return pk
    return None


def open_detention(person_id: int) -> int | None:
    """The person's newest live detention without an end."""
    return (Detention.live(Detention.id)
            .where((Detention.person == person_id) & Detention.end.is_null())
            .order_by(Detention.start.desc()).scalar())


def releases_between(start: date, end: date) -> list[ReleaseRow]:
    """Persons whose computed expected release falls in [start, end], soonest first."""
    found = []
    query = (Sentence.live(Sentence, Person).join(Person)
             .where(Person.is_live() & (Person.status == "sentenced")))
    for sentence in query:
        begin = sentence.term_start or sentence.date
        term = Term(sentence.years, sentence.months, sentence.days)
        release = expected_release(begin, term, sentence.credited_days) if begin else None
        if release and start <= release <= end:
            found.append(ReleaseRow(sentence.person_id, sentence.person.display_name, release))
    return sorted(found, key=lambda r: r.expected_release)


def detentions_of(person_id: int) -> list[records.Detention]:
    """The person's live detentions, oldest first."""
    query = (Detention.live(Detention.id).where(Detention.person == person_id)
             .order_by(Detention.start, Detention.id))
    return [rows.get(records.Detention, pk) for (pk,) in query.tuples()]


def sentences_of(person_id: int) -> list[records.Sentence]:
    """The person's live sentences, oldest first (undated ones last)."""
    query = (Sentence.live(Sentence.id).where(Sentence.person == person_id)
             .order_by(Sentence.date.is_null(), Sentence.date, Sentence.id))
    return [rows.get(records.Sentence, pk) for (pk,) in query.tuples()]
