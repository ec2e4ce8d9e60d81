# SPDX-License-Identifier: GPL-3.0-or-later
"""Id queries and display rows for the case, hearing, action and source lists.

As for persons (store.queries), filtering and sorting happen in SQL and return ids;
rows are built for a page of ids at a time.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from peewee import fn

from caseapp.domain.views import ActionRow, CaseListRow, SourceRow
from caseapp.store import search
from caseapp.store.models import (
    Action, ActionCase, ActionPerson, Case, CaseParty, Charge, Citation, CodeArticle, Hearing,
    Person, Source, Tag, Tagging,
)


def _sorted(query, columns: dict, sort: str, descending: bool, model):
    column = columns.get(sort) or next(iter(columns.values()))
    return query.order_by(column.desc() if descending else column, model.id)


def _tagged(table: str, tag: str):
    return (Tagging.select(Tagging.target_id).join(Tag)
            .where((Tag.name == tag) & (Tagging.target_table == table) & Tagging.deleted_at.is_null()))


def _cases_matching(text: str):
    """Cases whose number, title or notes match, or a party of which matches."""
    parties = (CaseParty.select(CaseParty.case)
               .where(CaseParty.person.in_(search.id_subquery(search.PERSON, text))
                      & CaseParty.deleted_at.is_null()))
    return (Case.select(Case.id)
            .where(Case.id.in_(search.id_subquery(search.CASE, text)) | Case.id.in_(parties)))


def case_ids(*, text: str = "", status: str | None = None, tag: str | None = None,
             sort: str = "opened", descending: bool = True) -> list[int]:
    query = Case.select(Case.id).where(Case.deleted_at.is_null())
    if search.match_expression(text) is not None:
        query = query.where(Case.id.in_(_cases_matching(text)))
    if status:
        query = query.where(Case.status == status)
    if tag:
        query = query.where(Case.id.in_(_tagged("case_file", tag)))
    columns = {"opened": Case.opened, "number": Case.case_number, "status": Case.status,
               "title": Case.title}
    return [pk for (pk,) in _sorted(query, columns, sort, descending, Case).tuples()]


def case_rows(ids: list[int]) -> list[CaseListRow]:
    cases = {c.id: c for c in Case.select().where(Case.id.in_(ids))}
    people: dict[int, list[str]] = defaultdict(list)
    for case_id, name in (CaseParty.select(CaseParty.case, Person.display_name).join(Person)
                          .where(CaseParty.case.in_(ids) & (CaseParty.role == "defendant")
                                 & CaseParty.deleted_at.is_null() & Person.deleted_at.is_null())
                          .tuples()):
        people[case_id].append(name)
    articles: dict[int, set[str]] = defaultdict(set)
    for case_id, number in (Charge.select(Charge.case, CodeArticle.article).join(CodeArticle)
                            .where(Charge.case.in_(ids) & Charge.deleted_at.is_null()).tuples()):
        articles[case_id].add(number)
    return [CaseListRow(pk, c.uid, c.case_number, c.title, c.status, ", ".join(people[pk]),
                        ", ".join(sorted(articles[pk])), c.opened.iso() if c.opened else "")
            for pk in ids if (c := cases.get(pk))]


def hearing_ids(*, text: str = "", start: date | None = None, end: date | None = None,
                missing_outcome: bool = False, sort: str = "date", descending: bool = False) -> list[int]:
    """Hearings by court, judge, observers, outcome or notes, or by their case and its parties."""
    query = (Hearing.select(Hearing.id).join(Case)
             .where(Hearing.deleted_at.is_null() & Case.deleted_at.is_null()))
    own = search.id_subquery(search.HEARING, text)
    if own is not None:
        query = query.where(Hearing.id.in_(own) | Hearing.case.in_(_cases_matching(text)))
    if start:
        query = query.where(Hearing.date >= start)
    if end:
        query = query.where(Hearing.date <= end)
    if missing_outcome:
        query = query.where(Hearing.outcome == "")
    columns = {"date": Hearing.date, "court": Hearing.court, "kind": Hearing.kind,
               "case": Case.case_number}
    return [pk for (pk,) in _sorted(query, columns, sort, descending, Hearing).tuples()]


def action_ids(*, text: str = "", status: str | None = None, kind: str | None = None,
               start: date | None = None, end: date | None = None, due_by: date | None = None,
               sort: str = "date", descending: bool = True) -> list[int]:
    query = Action.select(Action.id).where(Action.deleted_at.is_null())
    own = search.id_subquery(search.ACTION, text)
    if own is not None:
        people = search.id_subquery(search.PERSON, text)
        linked = ActionPerson.select(ActionPerson.action).where(ActionPerson.person.in_(people))
        query = query.where(Action.id.in_(linked) | Action.id.in_(own))
    if status:
        query = query.where(Action.status == status)
    if kind:
        query = query.where(Action.kind == kind)
    if start:
        query = query.where(Action.date >= start.isoformat())
    if end:
        query = query.where(Action.date <= end.isoformat())
    if due_by:
        query = query.where((Action.due_date <= due_by) & (Action.status == "planned"))
    columns = {"date": Action.date, "due": Action.due_date, "kind": Action.kind,
               "status": Action.status, "title": Action.title}
    return [pk for (pk,) in _sorted(query, columns, sort, descending, Action).tuples()]


def action_rows(ids: list[int]) -> list[ActionRow]:
    actions = {a.id: a for a in Action.select().where(Action.id.in_(ids))}
    people: dict[int, list[str]] = defaultdict(list)
    for action_id, name in (ActionPerson.select(ActionPerson.action, Person.display_name).join(Person)
                            .where(ActionPerson.action.in_(ids) & ActionPerson.deleted_at.is_null()
                                   & Person.deleted_at.is_null()).tuples()):
        people[action_id].append(name)
    return [ActionRow(pk, a.uid, a.kind, a.title, a.date.iso() if a.date else "", a.due_date,
                      a.status, a.responsible, ", ".join(people[pk]))
            for pk in ids if (a := actions.get(pk))]


def action_links(action_id: int) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The live person and case links of one action as (link id, target id, label)."""
    persons = (ActionPerson.select(ActionPerson.id, Person.id, Person.display_name).join(Person)
               .where((ActionPerson.action == action_id) & ActionPerson.deleted_at.is_null()
                      & Person.deleted_at.is_null()).order_by(Person.sort_key).tuples())
    cases = (ActionCase.select(ActionCase.id, Case.id, Case.case_number, Case.title).join(Case)
             .where((ActionCase.action == action_id) & ActionCase.deleted_at.is_null()
                    & Case.deleted_at.is_null()).order_by(Case.case_number).tuples())
    return ([(link, pk, name) for link, pk, name in persons],
            [(link, pk, " — ".join(filter(None, (number, title)))) for link, pk, number, title in cases])


def source_ids(*, text: str = "", sort: str = "published", descending: bool = True) -> list[int]:
    query = Source.select(Source.id).where(Source.deleted_at.is_null())
    matching = search.id_subquery(search.SOURCE, text)
    if matching is not None:
        query = query.where(Source.id.in_(matching))
    columns = {"published": Source.published, "title": Source.title, "publisher": Source.publisher}
    return [pk for (pk,) in _sorted(query, columns, sort, descending, Source).tuples()]


def source_rows(ids: list[int]) -> list[SourceRow]:
    sources = {s.id: s for s in Source.select(Source.id, Source.uid, Source.title, Source.publisher,
                                              Source.published, Source.language, Source.url)
               .where(Source.id.in_(ids))}
    counts = dict(Citation.select(Citation.source, fn.COUNT(Citation.id)).where(
        Citation.source.in_(ids) & Citation.deleted_at.is_null()).group_by(Citation.source).tuples())
    return [SourceRow(pk, s.uid, s.title, s.publisher, s.published.iso() if s.published else "",
                      s.language, s.url, counts.get(pk, 0)) for pk in ids if (s := sources.get(pk))]


