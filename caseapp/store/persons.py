# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading persons: the list (ids in SQL order, rows for a page), names, lookups by name.

Lists are sorted and filtered in SQL and come back as ids; display rows are built
for a page of ids at a time, so a view of 100,000 persons stays lazy.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from peewee import JOIN, fn

from caseapp.domain import names, records
from caseapp.domain.queries import PersonQuery
from caseapp.domain.views import PersonRow
from caseapp.store import paging, rows, search
from caseapp.store.labels import in_trash_marked
from caseapp.store.models import (
    Charge,
    CodeArticle,
    Detention,
    Facility,
    Person,
    PersonName,
    Tag,
    Tagging,
)
from caseapp.store.sorting import sorted_by

PERSON_SORT_COLUMNS = {"name": Person.sort_key, "status": Person.status,
                       "updated": Person.updated_at}
CANDIDATE_POOL = 200


def person_select(query: PersonQuery) -> Any:
    """Live persons matching ``query``, in list order (a SELECT of ids).

    ``facility_id`` keeps persons held there now; ``detained_from``/``detained_to`` keep
    persons with a detention that started in that range (a start known only to the
    month or year counts when its month or year is in the range).
    """
    select = Person.live(Person.id)
    if query.facility_id is not None:
        select = select.where(Person.id.in_(_held_at(query.facility_id)))
    if query.detained_from or query.detained_to:
        select = select.where(Person.id.in_(
            _detained_between(query.detained_from, query.detained_to)))
    matching = search.id_subquery(search.PERSON, query.text)
    if matching is not None:
        select = select.where(Person.id.in_(matching))
    if query.status:
        select = select.where(Person.status == query.status)
    if query.tag:
        select = select.where(Person.id.in_(tagged("person", query.tag)))
    return sorted_by(select, PERSON_SORT_COLUMNS, query.sort, query.descending, Person)


def person_ids(query: PersonQuery) -> list[int]:
    return paging.ids(person_select(query))


def tagged(table: str, tag: str) -> Any:
    """Ids of ``table`` records carrying the live tag ``tag`` (a subquery)."""
    return (Tagging.live(Tagging.target_id).join(Tag)
            .where((Tag.name == tag) & Tag.is_live() & (Tagging.target_table == table)))


def _held_at(facility_id: int) -> Any:
    return Detention.live(Detention.person).where(
        (Detention.facility == facility_id) & Detention.end.is_null())


def _detained_between(start: date | None, end: date | None) -> Any:
    condition = Detention.start.is_null(False)
    if start:
        iso = start.isoformat()
        condition &= ((Detention.start >= iso) | (Detention.start == iso[:7])
                      | (Detention.start == iso[:4]))
    if end:
        condition &= Detention.start <= end.isoformat()
    return Detention.live(Detention.person).where(condition)


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
    query = (Detention.live(Detention.person, Facility.name, Facility.deleted_at,
                            Detention.start)
             .join(Facility, JOIN.LEFT_OUTER)
             .where(Detention.person.in_(ids) & Detention.end.is_null())
             .order_by(Detention.start).tuples())
    return {person: in_trash_marked(facility, deleted) for person, facility, deleted, _start
            in query}


def _articles_by_person(ids: list[int]) -> dict[int, set[str]]:
    query = (Charge.live(Charge.person, CodeArticle.article, Charge.part)
             .join(CodeArticle, JOIN.LEFT_OUTER).where(Charge.person.in_(ids)).tuples())
    found: dict[int, set[str]] = defaultdict(set)
    for person, article, part in query:
        if article:
            found[person].add(f"{article}.{part}" if part else article)
    return found


def persons_with_name_key(full_name: str) -> list[int]:
    """Live persons whose display name or an alias normalises to ``full_name``."""
    by_alias = PersonName.live(PersonName.person).where(
        PersonName.search_key == names.match_key(full_name))
    return [pk for (pk,) in Person.live(Person.id).where(Person.id.in_(by_alias)).tuples()]


def count_by_status() -> dict[str, int]:
    query = (Person.live(Person.status, fn.COUNT(Person.id)).group_by(Person.status).tuples())
    return dict(query)


def aliases(person_id: int) -> list[records.PersonName]:
    """The person's live names, in the order they were added."""
    query = PersonName.live(PersonName.id).where(PersonName.person == person_id)
    return [rows.get(records.PersonName, pk) for (pk,) in query.order_by(PersonName.id).tuples()]


def alias_keys(person_id: int) -> set[str]:
    """The person's live names, normalised."""
    query = PersonName.live(PersonName.text).where(PersonName.person == person_id)
    return {names.normalize(text) for (text,) in query.tuples()}


def candidate_ids(full_name: str) -> list[int]:
    """Live persons sharing any word of ``full_name`` in any spelling (the fuzzy pool)."""
    found: list[int] = []
    for word in sorted(set(names.words(full_name)), key=len, reverse=True):
        if len(word) < 3:
            continue
        query = (Person.live(Person.id)
                 .where(Person.id.in_(search.id_subquery(search.PERSON, word)))
                 .limit(CANDIDATE_POOL))
        found += [pk for (pk,) in query.tuples() if pk not in found]
    return found[:CANDIDATE_POOL]


def names_of(ids: list[int]) -> list[tuple[int, str, str, list[str]]]:
    """(id, uid, display name, aliases) for each live person in ``ids``."""
    texts: dict[int, list[str]] = {pk: [] for pk in ids}
    for person_id, text in PersonName.live(PersonName.person, PersonName.text).where(
            PersonName.person.in_(ids)).tuples():
        texts[person_id].append(text)
    people = Person.live(Person.id, Person.uid, Person.display_name).where(Person.id.in_(ids))
    return [(p.id, p.uid, p.display_name, texts.get(p.id, [])) for p in people]


def exact_name_matches(full_name: str) -> list[int]:
    """Live persons with a name or alias equal to ``full_name`` after normalising."""
    wanted = names.normalize(full_name)
    query = (PersonName.live(PersonName.person, PersonName.text).join(Person)
             .where((PersonName.search_key == names.match_key(full_name)) & Person.is_live()))
    return sorted({pk for pk, text in query.tuples() if names.normalize(text) == wanted})
