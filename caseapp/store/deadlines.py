# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading what procedural deadlines are derived from, and the marks the volunteer set.

The deadlines themselves are never stored (caseapp.domain.deadlines derives them each
time); only a mark is, one row per deadline key in ``deadline_mark``.
"""

from __future__ import annotations

from typing import Any

from caseapp.domain import records
from caseapp.domain.deadlines import LIMITED_DETENTIONS, Facts
from caseapp.store import rows
from caseapp.store.hearings import live_hearings, parties_by_case
from caseapp.store.models import (
    Case,
    Charge,
    CodeArticle,
    DeadlineMark,
    Detention,
    Hearing,
    Person,
    Sentence,
)


def facts(person_id: int | None = None) -> Facts:
    """Live sentences and pre-trial detentions of live persons (of one person when
    given), live verdict hearings of live cases, and what grades their crimes."""
    sentences = _records(records.Sentence, _of_person(Sentence, person_id))
    detentions = _records(records.Detention, _of_person(Detention, person_id).where(
        Detention.kind.in_(LIMITED_DETENTIONS)))
    hearings = () if person_id is not None else _records(
        records.Hearing, live_hearings(Hearing.id).where(Hearing.kind == "verdict"))
    return Facts(sentences, detentions, hearings, _jurisdictions(), _maximum_months())


def _of_person(model: Any, person_id: int | None) -> Any:
    query = model.live(model.id).join(Person).where(Person.is_live())
    return query.where(model.person == person_id) if person_id is not None else query


def _records(cls: type[records.Record], query: Any) -> tuple[Any, ...]:
    return tuple(rows.get(cls, pk) for (pk,) in query.tuples())


def _jurisdictions() -> dict[int, str]:
    return dict(Case.live(Case.id, Case.jurisdiction).tuples())


def _maximum_months() -> dict[tuple[int, int | None], int]:
    """The longest maximum term among each person's charged articles, per case."""
    query = (Charge.live(Charge.person, Charge.case, CodeArticle.term_max_months)
             .join(CodeArticle).where(CodeArticle.term_max_months.is_null(False)).tuples())
    found: dict[tuple[int, int | None], int] = {}
    for person_id, case_id, months in query:
        found[(person_id, case_id)] = max(months, found.get((person_id, case_id), 0))
    return found


def marks() -> dict[str, str]:
    """Every live mark: deadline key → state."""
    return dict(DeadlineMark.live(DeadlineMark.key, DeadlineMark.state).tuples())


def mark_id(key: str) -> int | None:
    """The id of the mark row of a deadline key, live or in the trash."""
    return DeadlineMark.select(DeadlineMark.id).where(DeadlineMark.key == key).scalar()


def person_names(ids: set[int]) -> dict[int, str]:
    return dict(Person.select(Person.id, Person.display_name)
                .where(Person.id.in_(list(ids))).tuples())


def case_numbers(ids: set[int]) -> dict[int, str]:
    return dict(Case.select(Case.id, Case.case_number).where(Case.id.in_(list(ids))).tuples())


def defendants(case_ids: set[int]) -> dict[int, list[str]]:
    """The names of each case's defendants."""
    return {case_id: list(roles.get("defendant", []))
            for case_id, roles in parties_by_case(case_ids).items()}
