# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading campaign actions: the list and the persons and cases each is for."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from caseapp.domain.queries import ActionQuery
from caseapp.domain.views import ActionRow
from caseapp.store import search
from caseapp.store.models import Action, ActionCase, ActionPerson, Case, Person
from caseapp.store.sorting import sorted_by

SORT_COLUMNS = {"date": Action.date, "due": Action.due_date, "kind": Action.kind,
                "status": Action.status, "title": Action.title}
Link = tuple[int, int, str]


def action_select(query: ActionQuery) -> Any:
    """Live actions matching ``query``, in list order (a SELECT of ids)."""
    select = Action.live(Action.id)
    own = search.id_subquery(search.ACTION, query.text)
    if own is not None:
        people = search.id_subquery(search.PERSON, query.text)
        linked = ActionPerson.live(ActionPerson.action).where(ActionPerson.person.in_(people))
        select = select.where(Action.id.in_(linked) | Action.id.in_(own))
    if query.status:
        select = select.where(Action.status == query.status)
    if query.kind:
        select = select.where(Action.kind == query.kind)
    select = _in_period(select, query.start, query.end, query.due_by)
    return sorted_by(select, SORT_COLUMNS, query.sort, query.descending, Action)


def _in_period(select: Any, start: date | None, end: date | None, due_by: date | None) -> Any:
    if start:
        select = select.where(Action.date >= start.isoformat())
    if end:
        select = select.where(Action.date <= end.isoformat())
    if due_by:
        select = select.where((Action.due_date <= due_by) & (Action.status == "planned"))
    return select


def action_rows(ids: list[int]) -> list[ActionRow]:
    actions = {a.id: a for a in Action.select().where(Action.id.in_(ids))}
    people: dict[int, list[str]] = defaultdict(list)
    for action_id, name in (ActionPerson.live(ActionPerson.action, Person.display_name)
                            .join(Person).where(ActionPerson.action.in_(ids) & Person.is_live())
                            .tuples()):
        people[action_id].append(name)
    return [ActionRow(pk, a.uid, a.kind, a.title, a.date.iso() if a.date else "", a.due_date,
                      a.status, a.responsible, ", ".join(people[pk]))
            for pk in ids if (a := actions.get(pk))]


def action_links(action_id: int) -> tuple[list[Link], list[Link]]:
    """The live person and case links of one action as (link id, target id, label)."""
    persons = (ActionPerson.live(ActionPerson.id, Person.id, Person.display_name).join(Person)
               .where((ActionPerson.action == action_id) & Person.is_live())
               .order_by(Person.sort_key).tuples())
    cases = (ActionCase.live(ActionCase.id, Case.id, Case.case_number, Case.title).join(Case)
             .where((ActionCase.action == action_id) & Case.is_live())
             .order_by(Case.case_number).tuples())
    return ([(link, pk, name) for link, pk, name in persons],
            [(link, pk, " — ".join(filter(None, (number, title))))
             for link, pk, number, title in cases])
