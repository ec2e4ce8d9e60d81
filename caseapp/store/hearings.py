# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading hearings: the list and schedules, with each case's defendants and lawyers."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from caseapp.domain.queries import HearingQuery
from caseapp.domain.views import HearingRow
from caseapp.store import search
from caseapp.store.cases import cases_matching
from caseapp.store.models import Case, CaseParty, Hearing, Person
from caseapp.store.sorting import sorted_by

SORT_COLUMNS = {"date": Hearing.date, "court": Hearing.court, "kind": Hearing.kind,
                "case": Case.case_number}


def live_hearings(*fields: Any) -> Any:
    """Hearings in the list: live hearings of live cases."""
    return Hearing.live(*fields).join(Case).where(Case.is_live())


def hearing_select(query: HearingQuery) -> Any:
    """Hearings by court, judge, observers, outcome or notes, or by their case and its parties."""
    select = _in_period(live_hearings(Hearing.id), query.start, query.end,
                        query.missing_outcome)
    own = search.id_subquery(search.HEARING, query.text)
    if own is not None:
        select = select.where(Hearing.id.in_(own)
                              | Hearing.case.in_(cases_matching(query.text)))
    return sorted_by(select, SORT_COLUMNS, query.sort, query.descending, Hearing)


def _in_period(query: Any, start: date | None, end: date | None, missing_outcome: bool) -> Any:
    if start:
        query = query.where(Hearing.date >= start)
    if end:
        query = query.where(Hearing.date <= end)
    if missing_outcome:
        query = query.where(Hearing.outcome == "")
    return query


def hearing_rows(*, start: date | None = None, end: date | None = None,
                 missing_outcome: bool = False, case_ids: list[int] | None = None,
                 ids: list[int] | None = None) -> list[HearingRow]:
    """Live hearings of live cases in [start, end], by date and time (or in ``ids`` order)."""
    query = _in_period(live_hearings(Hearing, Case), start, end, missing_outcome)
    query = query.order_by(Hearing.date, Hearing.time)
    if case_ids is not None:
        query = query.where(Hearing.case.in_(case_ids))
    if ids is not None:
        query = query.where(Hearing.id.in_(ids))
    found = list(query)
    if ids is not None:
        order = {pk: i for i, pk in enumerate(ids)}
        found.sort(key=lambda h: order[h.id])
    parties = parties_by_case({h.case_id for h in found})
    return [_hearing_row(h, parties.get(h.case_id, {})) for h in found]


def _hearing_row(h: Any, parties: dict[str, list[str]]) -> HearingRow:
    return HearingRow(h.id, h.uid, h.date, h.time, h.court, h.kind, h.case.case_number,
                      tuple(parties.get("defendant", ())), tuple(parties.get("lawyer", ())),
                      h.judge, h.observers, h.outcome)


def parties_by_case(case_ids: set[int]) -> dict[int, dict[str, list[str]]]:
    """Live party names of each case, by role, in name order."""
    query = (CaseParty.live(CaseParty.case, CaseParty.role, Person.display_name).join(Person)
             .where(CaseParty.case.in_(list(case_ids)) & Person.is_live())
             .order_by(Person.sort_key).tuples())
    found: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for case_id, role, name in query:
        found[case_id][role].append(name)
    return found
