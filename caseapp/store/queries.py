# SPDX-License-Identifier: GPL-3.0-or-later
"""Read-only queries behind lists, schedules, search and the trash.

Lists are sorted and filtered in SQL and come back as ids first; display rows are
fetched for a slice of ids only, so a view of 100,000 persons stays lazy.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from peewee import JOIN, fn

from caseapp.domain import names
from caseapp.domain.views import HearingRow, PersonRow, SearchHit, TrashRow
from caseapp.store import search
from caseapp.store.models import (
    Case, CaseParty, Charge, CodeArticle, Detention, Facility, Hearing, Person,
    PersonName, RECORD_MODELS, Source, Tag, Tagging,
)

PERSON_SORT_COLUMNS = {"name": Person.sort_key, "status": Person.status,
                       "updated": Person.updated_at}


def person_ids(*, text: str = "", status: str | None = None, tag: str | None = None,
               sort: str = "name", descending: bool = False, facility_id: int | None = None,
               detained_from: date | None = None, detained_to: date | None = None) -> list[int]:
    """Ids of live persons matching the filters, in list order.

    ``facility_id`` keeps persons held there now; ``detained_from``/``detained_to`` keep
    persons with a detention that started in that range (a start known only to the
    month or year counts when its month or year is in the range).
    """
    query = Person.select(Person.id).where(Person.deleted_at.is_null())
    if facility_id is not None:
        query = query.where(Person.id.in_(_held_at(facility_id)))
    if detained_from or detained_to:
        query = query.where(Person.id.in_(_detained_between(detained_from, detained_to)))
    matching = search.id_subquery(search.PERSON, text)
    if matching is not None:
        query = query.where(Person.id.in_(matching))
    if status:
        query = query.where(Person.status == status)
    if tag:
        tagged = (Tagging.select(Tagging.target_id).join(Tag)
                  .where((Tag.name == tag) & (Tagging.target_table == "person")
                         & Tagging.deleted_at.is_null()))
        query = query.where(Person.id.in_(tagged))
    column = PERSON_SORT_COLUMNS.get(sort, Person.sort_key)
    query = query.order_by(column.desc() if descending else column, Person.id)
    return [pk for (pk,) in query.tuples()]


def _held_at(facility_id: int):
    return Detention.select(Detention.person).where(
        (Detention.facility == facility_id) & Detention.end.is_null()
        & Detention.deleted_at.is_null())


def _detained_between(start: date | None, end: date | None):
    condition = Detention.deleted_at.is_null() & Detention.start.is_null(False)
    if start:
        iso = start.isoformat()
        condition &= (Detention.start >= iso) | (Detention.start == iso[:7]) | (Detention.start == iso[:4])
    if end:
        condition &= Detention.start <= end.isoformat()
    return Detention.select(Detention.person).where(condition)


def person_rows(ids: list[int]) -> list[PersonRow]:
    """Display rows for ``ids``, in the same order."""
    if not ids:
        return []
    facilities = _current_facilities(ids)
    articles = _articles_by_person(ids)
    people = {p.id: p for p in Person.select().where(Person.id.in_(ids))}
    return [PersonRow(pk, people[pk].uid, people[pk].display_name, people[pk].status,
                      facilities.get(pk, ""), ", ".join(sorted(articles.get(pk, ()))),
                      people[pk].updated_at) for pk in ids if pk in people]


def _current_facilities(ids: list[int]) -> dict[int, str]:
    rows = (Detention.select(Detention.person, Facility.name, Detention.start)
            .join(Facility, JOIN.LEFT_OUTER)
            .where(Detention.person.in_(ids) & Detention.deleted_at.is_null()
                   & Detention.end.is_null())
            .order_by(Detention.start).tuples())
    return {person: facility or "" for person, facility, _start in rows}


def _articles_by_person(ids: list[int]) -> dict[int, set[str]]:
    rows = (Charge.select(Charge.person, CodeArticle.article, Charge.part)
            .join(CodeArticle, JOIN.LEFT_OUTER)
            .where(Charge.person.in_(ids) & Charge.deleted_at.is_null()).tuples())
    found: dict[int, set[str]] = defaultdict(set)
    for person, article, part in rows:
        if article:
            found[person].add(f"{article}.{part}" if part else article)
    return found


def hearing_rows(*, start: date | None = None, end: date | None = None,
                 missing_outcome: bool = False,
                 case_ids: list[int] | None = None,
                 ids: list[int] | None = None) -> list[HearingRow]:
    """Live hearings of live cases in [start, end], by date and time."""
    query = (Hearing.select(Hearing, Case).join(Case)
             .where(Hearing.deleted_at.is_null() & Case.deleted_at.is_null())
             .order_by(Hearing.date, Hearing.time))
    if start:
        query = query.where(Hearing.date >= start)
    if end:
        query = query.where(Hearing.date <= end)
    if missing_outcome:
        query = query.where(Hearing.outcome == "")
    if case_ids is not None:
        query = query.where(Hearing.case.in_(case_ids))
    if ids is not None:
        query = query.where(Hearing.id.in_(ids))
    hearings = list(query)
    if ids is not None:
        order = {pk: i for i, pk in enumerate(ids)}
        hearings.sort(key=lambda h: order[h.id])
    parties = _parties_by_case({h.case_id for h in hearings})
    return [_hearing_row(h, parties.get(h.case_id, {})) for h in hearings]


def _hearing_row(h: Hearing, parties: dict[str, list[str]]) -> HearingRow:
    return HearingRow(h.id, h.uid, h.date, h.time, h.court, h.kind, h.case.case_number,
                      tuple(parties.get("defendant", ())), tuple(parties.get("lawyer", ())),
                      h.judge, h.observers, h.outcome)


def _parties_by_case(case_ids: set[int]) -> dict[int, dict[str, list[str]]]:
    rows = (CaseParty.select(CaseParty.case, CaseParty.role, Person.display_name).join(Person)
            .where(CaseParty.case.in_(list(case_ids)) & CaseParty.deleted_at.is_null()
                   & Person.deleted_at.is_null()).order_by(Person.sort_key).tuples())
    found: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for case_id, role, name in rows:
        found[case_id][role].append(name)
    return found


def trash_rows() -> list[TrashRow]:
    """Everything in the trash, newest first."""
    rows = []
    for model in RECORD_MODELS:
        for record in model.select().where(model.deleted_at.is_null(False)):
            rows.append(TrashRow(model._meta.table_name, record.id, record.uid,
                                 label_of(record), record.deleted_at))
    return sorted(rows, key=lambda r: r.deleted_at, reverse=True)


def label_of(record) -> str:
    for attribute in ("display_name", "case_number", "title", "name", "text", "court"):
        value = getattr(record, attribute, "")
        if value:
            return str(value)
    return record.uid


def search_all(text: str, limit: int = 50) -> list[SearchHit]:
    """Persons, cases and sources matching ``text``, each group best first."""
    hits: list[SearchHit] = []
    for entity in (search.PERSON, search.CASE, search.SOURCE):
        model = {"person": Person, "case_file": Case, "source": Source}[entity]
        ids = search.find(entity, text, limit)
        live = {r.id: r for r in model.select().where(model.id.in_(ids) & model.deleted_at.is_null())}
        hits += [SearchHit(entity, pk, live[pk].uid, label_of(live[pk])) for pk in ids if pk in live]
    return hits


def persons_with_name_key(full_name: str) -> list[int]:
    """Live persons whose display name or an alias normalises to ``full_name``."""
    key = names.match_key(full_name)
    by_alias = (PersonName.select(PersonName.person).where(
        (PersonName.search_key == key) & PersonName.deleted_at.is_null()))
    query = Person.select(Person.id).where(Person.deleted_at.is_null() & Person.id.in_(by_alias))
    return [pk for (pk,) in query.tuples()]


def count_by_status() -> dict[str, int]:
    query = (Person.select(Person.status, fn.COUNT(Person.id))
             .where(Person.deleted_at.is_null()).group_by(Person.status).tuples())
    return dict(query)
