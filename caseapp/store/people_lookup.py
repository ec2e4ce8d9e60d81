# SPDX-License-Identifier: GPL-3.0-or-later
"""Lookups that identity matching and article import need: candidates and links."""

from __future__ import annotations

from caseapp.domain import names
from caseapp.store import search
from caseapp.store.models import Case, CaseParty, Charge, Detention, Person, PersonName

CANDIDATE_POOL = 200


def candidate_ids(full_name: str) -> list[int]:
    """Live persons sharing any word of ``full_name`` in any spelling (the fuzzy pool)."""
    found: list[int] = []
    for word in sorted(set(names.words(full_name)), key=len, reverse=True):
        if len(word) < 3:
            continue
        subquery = search.id_subquery(search.PERSON, word)
        query = (Person.select(Person.id).where(Person.id.in_(subquery) & Person.deleted_at.is_null())
                 .limit(CANDIDATE_POOL))
        found += [pk for (pk,) in query.tuples() if pk not in found]
    return found[:CANDIDATE_POOL]


def names_of(ids: list[int]) -> list[tuple[int, str, str, list[str]]]:
    """(id, uid, display name, aliases) for each live person in ``ids``."""
    aliases: dict[int, list[str]] = {pk: [] for pk in ids}
    for person_id, text in PersonName.select(PersonName.person, PersonName.text).where(
            PersonName.person.in_(ids) & PersonName.deleted_at.is_null()).tuples():
        aliases[person_id].append(text)
    people = Person.select(Person.id, Person.uid, Person.display_name).where(
        Person.id.in_(ids) & Person.deleted_at.is_null())
    return [(p.id, p.uid, p.display_name, aliases.get(p.id, [])) for p in people]


def exact_name_matches(full_name: str) -> list[int]:
    """Live persons with a name or alias equal to ``full_name`` after normalising."""
    wanted = names.normalize(full_name)
    query = (PersonName.select(PersonName.person, PersonName.text).join(Person)
             .where((PersonName.search_key == names.match_key(full_name))
                    & PersonName.deleted_at.is_null() & Person.deleted_at.is_null()))
    return sorted({pk for pk, text in query.tuples() if names.normalize(text) == wanted})


def alias_texts(person_id: int) -> set[str]:
    query = PersonName.select(PersonName.text).where(
        (PersonName.person == person_id) & PersonName.deleted_at.is_null())
    return {names.normalize(text) for (text,) in query.tuples()}


def defendant_case(person_id: int) -> int | None:
    """The newest live case in which the person is a defendant."""
    return (CaseParty.select(CaseParty.case).join(Case)
            .where((CaseParty.person == person_id) & (CaseParty.role == "defendant")
                   & CaseParty.deleted_at.is_null() & Case.deleted_at.is_null())
            .order_by(Case.opened.desc(), Case.id.desc()).scalar())


def has_charge(case_id: int, person_id: int, article_id: int) -> bool:
    return (Charge.select().where((Charge.case == case_id) & (Charge.person == person_id)
                                  & (Charge.article == article_id) & Charge.deleted_at.is_null())
            .exists())


def open_detention(person_id: int) -> int | None:
    return (Detention.select(Detention.id)
            .where((Detention.person == person_id) & Detention.end.is_null()
                   & Detention.deleted_at.is_null())
            .order_by(Detention.start.desc()).scalar())
