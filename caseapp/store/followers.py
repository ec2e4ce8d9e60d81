# SPDX-License-Identifier: GPL-3.0-or-later
"""What goes to the trash with a person or a case, so that nothing is left an orphan.

A person's names, detentions, sentences, places in cases, charges and links follow
them; so does a case in which they were the only party (with its hearings) and an
action about no one else. A case takes its hearings, charges, parties and links, and
the actions about it alone. Everything shared with a record that stays (a case with
other defendants, a letter about several persons) stays, without the link. A deleted
facility takes nothing: the detentions at it are part of the persons' histories and
show the facility as in the trash.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from caseapp.domain.views import DeleteImpact
from caseapp.store.models import (
    Action,
    ActionCase,
    ActionPerson,
    CaseParty,
    Charge,
    Detention,
    Hearing,
    PersonName,
    ReportedEventPerson,
    Sentence,
)

Row = tuple[str, int]
#: Kinds of record named in "what else goes to the trash" (links and names are implied).
SHOWN = ("case_file", "hearing", "detention", "sentence", "charge", "action")


def followers(table: str, pk: int) -> list[Row]:
    """The live rows that go to the trash with (table, pk), each once."""
    found: dict[Row, None] = {}
    if table == "person":
        _person(pk, found)
    elif table == "case_file":
        _case(pk, found)
    found.pop((table, pk), None)
    return list(found)


def impact(table: str, pk: int) -> DeleteImpact:
    """Counts by table of what goes along and of the shared records that stay."""
    along = Counter(row_table for row_table, _pk in followers(table, pk))
    unlinked: Counter[str] = Counter()
    if table == "person":
        cases = _ids_of(CaseParty.case, CaseParty.person == pk)
        actions = _ids_of(ActionPerson.action, ActionPerson.person == pk)
        following = set(followers(table, pk))
        unlinked["case_file"] = sum(("case_file", c) not in following for c in cases)
        unlinked["action"] = sum(("action", a) not in following for a in actions)
    elif table == "facility":
        unlinked["detention"] = len(_ids(Detention, Detention.facility == pk))
    return DeleteImpact(_shown(along), _shown(unlinked))


def _shown(counts: Counter[str]) -> dict[str, int]:
    """The counts a volunteer cares about: records, not the link rows between them."""
    return {table: n for table, n in counts.items() if n and table in SHOWN}


def _ids(model: Any, condition: Any) -> list[int]:
    return [pk for (pk,) in model.live(model.id).where(condition).tuples()]


def _add(found: dict[Row, None], model: Any, condition: Any) -> None:
    for pk in _ids(model, condition):
        found[(model._meta.table_name, pk)] = None


def _person(pk: int, found: dict[Row, None]) -> None:
    for model in (PersonName, Detention, Sentence, CaseParty, Charge, ActionPerson,
                  ReportedEventPerson):
        _add(found, model, model.person == pk)
    for case_id in {row.case_id for row in CaseParty.live().where(CaseParty.person == pk)}:
        others = CaseParty.live().where((CaseParty.case == case_id) & (CaseParty.person != pk))
        if not others.exists():
            found[("case_file", case_id)] = None
            _case(case_id, found)
    for action_id in _ids_of(ActionPerson.action, ActionPerson.person == pk):
        _action_if_alone(action_id, found)


def _case(pk: int, found: dict[Row, None]) -> None:
    for model in (Hearing, Charge, CaseParty, ActionCase):
        _add(found, model, model.case == pk)
    for action_id in _ids_of(ActionCase.action, ActionCase.case == pk):
        _action_if_alone(action_id, found)


def _ids_of(column: Any, condition: Any) -> set[int]:
    model = column.model
    return {value for (value,) in model.live(column).where(condition).tuples()}


def _action_if_alone(action_id: int, found: dict[Row, None]) -> None:
    """An action follows when every live link it has is already following."""
    links = [("action_person", pk) for pk in _ids(ActionPerson, ActionPerson.action == action_id)]
    links += [("action_case", pk) for pk in _ids(ActionCase, ActionCase.action == action_id)]
    if all(link in found for link in links):
        if Action.live().where(Action.id == action_id).exists():
            found[("action", action_id)] = None
