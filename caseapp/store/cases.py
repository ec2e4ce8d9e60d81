# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading cases: the list, one case with its parties and charges, the code articles."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from caseapp.domain import records
from caseapp.domain.queries import CaseQuery
from caseapp.domain.views import CaseDetails, CaseListRow, ChargeLine, PartyView
from caseapp.store import rows, search
from caseapp.store.models import Case, CaseParty, Charge, CodeArticle, Person
from caseapp.store.persons import tagged
from caseapp.store.sorting import sorted_by

SORT_COLUMNS = {"opened": Case.opened, "number": Case.case_number, "status": Case.status,
                "title": Case.title}


def cases_matching(text: str) -> Any:
    """Cases whose number, title or notes match, or a party of which matches (a subquery)."""
    parties = CaseParty.live(CaseParty.case).where(
        CaseParty.person.in_(search.id_subquery(search.PERSON, text)))
    return Case.select(Case.id).where(
        Case.id.in_(search.id_subquery(search.CASE, text)) | Case.id.in_(parties))


def case_select(query: CaseQuery) -> Any:
    """Live cases matching ``query``, in list order (a SELECT of ids)."""
    select = Case.live(Case.id)
    if search.match_expression(query.text) is not None:
        select = select.where(Case.id.in_(cases_matching(query.text)))
    if query.status:
        select = select.where(Case.status == query.status)
    if query.tag:
        select = select.where(Case.id.in_(tagged("case_file", query.tag)))
    return sorted_by(select, SORT_COLUMNS, query.sort, query.descending, Case)


def case_rows(ids: list[int]) -> list[CaseListRow]:
    cases = {c.id: c for c in Case.select().where(Case.id.in_(ids))}
    people: dict[int, list[str]] = defaultdict(list)
    for case_id, name in (CaseParty.live(CaseParty.case, Person.display_name).join(Person)
                          .where(CaseParty.case.in_(ids) & (CaseParty.role == "defendant")
                                 & Person.is_live()).tuples()):
        people[case_id].append(name)
    articles: dict[int, set[str]] = defaultdict(set)
    for case_id, number in (Charge.live(Charge.case, CodeArticle.article).join(CodeArticle)
                            .where(Charge.case.in_(ids)).tuples()):
        articles[case_id].add(number)
    return [CaseListRow(pk, c.uid, c.case_number, c.title, c.status, ", ".join(people[pk]),
                        ", ".join(sorted(articles[pk])), c.opened.iso() if c.opened else "")
            for pk in ids if (c := cases.get(pk))]


def case_details(case_id: int, language: str = "en") -> CaseDetails:
    from caseapp.store.hearings import hearing_rows

    case = rows.get(records.Case, case_id)
    parties = tuple(PartyView(p.id, p.person_id, p.person.display_name, p.role) for p in
                    CaseParty.live(CaseParty, Person).join(Person)
                    .where((CaseParty.case == case_id) & Person.is_live())
                    .order_by(CaseParty.role, Person.sort_key))
    charges = tuple(_charge_line(c, language) for c in
                    Charge.live(Charge, Person).join(Person).where(Charge.case == case_id))
    return CaseDetails(case, parties, charges, tuple(hearing_rows(case_ids=[case_id])))


def _charge_line(charge: Any, language: str) -> ChargeLine:
    article = CodeArticle.get_or_none(CodeArticle.id == charge.article_id)
    number = article.article if article else ""
    reference = f"{number}.{charge.part}" if number and charge.part else number
    title = getattr(article, f"title_{language}", "") if article else ""
    return ChargeLine(charge.id, charge.person_id, charge.person.display_name, reference,
                      title, charge.wording)


def article_id(country: str, code: str, article: str) -> int | None:
    return (CodeArticle.live(CodeArticle.id)
            .where((CodeArticle.country == country) & (CodeArticle.code == code)
                   & (CodeArticle.article == article))
            .order_by(CodeArticle.part).scalar())


def articles(country: str) -> list[records.CodeArticle]:
    query = (CodeArticle.live(CodeArticle.id).where(CodeArticle.country == country)
             .order_by(CodeArticle.code, CodeArticle.article.cast("INTEGER")))
    return [rows.get(records.CodeArticle, pk) for (pk,) in query.tuples()]


def defendant_case(person_id: int) -> int | None:
    """The newest live case in which the person is a defendant."""
    return (CaseParty.live(CaseParty.case).join(Case)
            .where((CaseParty.person == person_id) & (CaseParty.role == "defendant")
                   & Case.is_live())
            .order_by(Case.opened.desc(), Case.id.desc()).scalar())


def has_charge(case_id: int, person_id: int, article: int) -> bool:
    return (Charge.live().where((Charge.case == case_id) & (Charge.person == person_id)
                                & (Charge.article == article)).exists())


def case_by_number(number: str) -> int | None:
    """The only live case with this case number, else None."""
    found = [pk for (pk,) in Case.live(Case.id).where(Case.case_number == number).tuples()]
    return found[0] if len(found) == 1 and number else None
