# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading for reports: one person with every linked record, persons by tag or status, schedules.

The records come back as domain records; core maps them to report data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from caseapp.domain import records
from caseapp.store import attachments, rows
from caseapp.store.hearings import live_hearings
from caseapp.store.models import (
    Action,
    ActionPerson,
    Case,
    CaseParty,
    Charge,
    Citation,
    Detention,
    Hearing,
    Person,
    PersonName,
    Sentence,
    Source,
)
from caseapp.store.persons import tagged


@dataclass
class PersonBundle:
    """One person with every linked record; ``citations`` maps record uid → source ids."""

    person: records.Person
    aliases: list[records.PersonName] = field(default_factory=list)
    cases: list[records.Case] = field(default_factory=list)
    charges: list[tuple[records.Charge, records.CodeArticle | None]] = field(default_factory=list)
    detentions: list[tuple[records.Detention, records.Facility | None]] = field(
        default_factory=list)
    hearings: list[records.Hearing] = field(default_factory=list)
    parties: dict[int, list[tuple[str, records.Person, list[records.PersonName]]]] = field(
        default_factory=dict)
    sentences: list[records.Sentence] = field(default_factory=list)
    actions: list[records.Action] = field(default_factory=list)
    sources: dict[int, records.Source] = field(default_factory=dict)
    citations: dict[str, list[int]] = field(default_factory=dict)
    photo: bytes | None = None


def _records(table: str, query: Any) -> list:
    return [rows.to_record(table, rows.to_db_values(query.model, row)) for row in query.dicts()]


def _live(model: Any, condition: Any) -> Any:
    return model.live().where(condition)


def bundle(person_id: int) -> PersonBundle:
    found = PersonBundle(rows.get(records.Person, person_id))
    found.photo = attachments.data(found.person.photo) if found.person.photo else None
    found.aliases = _records("person_name", _live(PersonName, PersonName.person == person_id))
    case_ids = CaseParty.live(CaseParty.case).where(CaseParty.person == person_id)
    found.cases = _records("case_file", _live(Case, Case.id.in_(case_ids)).order_by(Case.opened))
    live_cases = [c.pk for c in found.cases]
    found.charges = [(c, _article(c.article_id)) for c in _records(
        "charge", _live(Charge, (Charge.person == person_id) & Charge.case.in_(live_cases)))]
    found.detentions = [(d, _facility(d.facility_id)) for d in _records(
        "detention", _live(Detention, Detention.person == person_id).order_by(Detention.start))]
    found.hearings = _records("hearing", _live(Hearing, Hearing.case.in_(live_cases))
                              .order_by(Hearing.date, Hearing.time))
    found.parties = {case_id: _parties(case_id) for case_id in live_cases}
    found.sentences = _records("sentence", _live(Sentence, Sentence.person == person_id)
                               .order_by(Sentence.date))
    action_ids = ActionPerson.live(ActionPerson.action).where(ActionPerson.person == person_id)
    found.actions = _records("action", _live(Action, Action.id.in_(action_ids))
                             .order_by(Action.date))
    _add_citations(found)
    return found


def _article(article_id: int | None) -> records.CodeArticle | None:
    return rows.get(records.CodeArticle, article_id) if article_id else None


def _facility(facility_id: int | None) -> records.Facility | None:
    return rows.get(records.Facility, facility_id) if facility_id else None


def _parties(case_id: int) -> list[tuple[str, records.Person, list[records.PersonName]]]:
    query = (CaseParty.live(CaseParty.role, CaseParty.person).join(Person)
             .where((CaseParty.case == case_id) & Person.is_live()).tuples())
    found = []
    for role, person_id in query:
        aliases = _records("person_name", _live(PersonName, PersonName.person == person_id))
        found.append((role, rows.get(records.Person, person_id), aliases))
    return found


def _add_citations(found: PersonBundle) -> None:
    uids = [found.person.uid, *(c.uid for c in found.cases), *(c.uid for c, _a in found.charges),
            *(d.uid for d, _f in found.detentions), *(h.uid for h in found.hearings),
            *(s.uid for s in found.sentences), *(a.uid for a in found.actions)]
    query = (Citation.live(Citation.target_uid, Citation.source).join(Source)
             .where(Citation.target_uid.in_(uids) & Source.is_live())
             .order_by(Citation.id).tuples())
    for target_uid, source_id in query:
        found.citations.setdefault(target_uid, []).append(source_id)
        if source_id not in found.sources:
            found.sources[source_id] = rows.get(records.Source, source_id)


def persons_by_tag(tag: str) -> list[int]:
    query = Person.live(Person.id).where(Person.id.in_(tagged("person", tag)))
    return [pk for (pk,) in query.order_by(Person.sort_key).tuples()]


def persons_by_status(status: str) -> list[int]:
    query = Person.live(Person.id).where(Person.status == status).order_by(Person.sort_key)
    return [pk for (pk,) in query.tuples()]


def schedule(start: date, end: date) -> list[tuple[records.Hearing, str, list]]:
    """Hearings in [start, end] plus earlier ones lacking an outcome, with case number and
    parties."""
    window = (Hearing.date >= start) & (Hearing.date <= end)
    missing = (Hearing.date < start) & (Hearing.outcome == "")
    query = live_hearings(Hearing).where(window | missing).order_by(Hearing.date, Hearing.time)
    hearings = _records("hearing", query)
    numbers = dict(Case.select(Case.id, Case.case_number).where(
        Case.id.in_([h.case_id for h in hearings])).tuples())
    parties = {case_id: _parties(case_id) for case_id in numbers}
    return [(h, numbers[h.case_id], parties[h.case_id]) for h in hearings]
