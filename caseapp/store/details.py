# SPDX-License-Identifier: GPL-3.0-or-later
"""Detail queries for editors and the dashboard: case parties and charges, citations,
facilities, tags, expected releases."""

from __future__ import annotations

from datetime import date

from caseapp.domain import records
from caseapp.domain.terms import Term, expected_release
from caseapp.domain.views import CaseDetails, ChargeLine, CitationRow, PartyView, ReleaseRow
from caseapp.store import queries, rows
from caseapp.store.models import (
    CaseParty, Charge, Citation, CodeArticle, Facility, MODEL_BY_TABLE, Person, Sentence, Source,
    Tag, Tagging,
)


def case_details(case_id: int, language: str = "en") -> CaseDetails:
    case = rows.get(records.Case, case_id)
    parties = tuple(PartyView(p.id, p.person_id, p.person.display_name, p.role) for p in
                    CaseParty.select(CaseParty, Person).join(Person)
                    .where((CaseParty.case == case_id) & CaseParty.deleted_at.is_null()
                           & Person.deleted_at.is_null()).order_by(CaseParty.role, Person.sort_key))
    charges = tuple(_charge_line(c, language) for c in
                    Charge.select(Charge, Person).join(Person)
                    .where((Charge.case == case_id) & Charge.deleted_at.is_null()))
    return CaseDetails(case, parties, charges, tuple(queries.hearing_rows(case_ids=[case_id])))


def _charge_line(charge: Charge, language: str) -> ChargeLine:
    article = CodeArticle.get_or_none(CodeArticle.id == charge.article_id)
    number = article.article if article else ""
    reference = f"{number}.{charge.part}" if number and charge.part else number
    title = getattr(article, f"title_{language}", "") if article else ""
    return ChargeLine(charge.id, charge.person_id, charge.person.display_name, reference,
                      title, charge.wording)


def citations(*, target_uid: str | None = None, source_id: int | None = None) -> list[CitationRow]:
    query = (Citation.select(Citation, Source).join(Source)
             .where(Citation.deleted_at.is_null() & Source.deleted_at.is_null()))
    if target_uid is not None:
        query = query.where(Citation.target_uid == target_uid)
    if source_id is not None:
        query = query.where(Citation.source == source_id)
    return [CitationRow(c.id, c.source_id, c.source.title, c.target_table, c.target_uid,
                        _target_label(c.target_table, c.target_uid), c.quote)
            for c in query.order_by(Citation.id)]


def _target_label(table: str, uid: str) -> str:
    model = MODEL_BY_TABLE.get(table)
    record = model.get_or_none(model.uid == uid) if model else None
    return queries.label_of(record) if record is not None else uid


def facilities() -> list[records.Facility]:
    query = Facility.select(Facility.id).where(Facility.deleted_at.is_null()).order_by(Facility.name)
    return [rows.get(records.Facility, pk) for (pk,) in query.tuples()]


def tags() -> list[records.Tag]:
    query = Tag.select(Tag.id).where(Tag.deleted_at.is_null()).order_by(Tag.name)
    return [rows.get(records.Tag, pk) for (pk,) in query.tuples()]


def tagging_id(tag_id: int, table: str, target_id: int) -> int | None:
    return (Tagging.select(Tagging.id)
            .where((Tagging.tag == tag_id) & (Tagging.target_table == table)
                   & (Tagging.target_id == target_id) & Tagging.deleted_at.is_null()).scalar())


def tags_of(table: str, target_id: int) -> list[str]:
    query = (Tag.select(Tag.name).join(Tagging)
             .where((Tagging.target_table == table) & (Tagging.target_id == target_id)
                    & Tagging.deleted_at.is_null() & Tag.deleted_at.is_null()).order_by(Tag.name))
    return [name for (name,) in query.tuples()]


def releases_between(start: date, end: date) -> list[ReleaseRow]:
    """Persons whose computed expected release falls in [start, end], soonest first."""
    found = []
    query = (Sentence.select(Sentence, Person).join(Person)
             .where(Sentence.deleted_at.is_null() & Person.deleted_at.is_null()
                    & (Person.status == "sentenced")))
    for sentence in query:
        begin = sentence.term_start or sentence.date
        term = Term(sentence.years, sentence.months, sentence.days)
        release = expected_release(begin, term, sentence.credited_days) if begin else None
        if release and start <= release <= end:
            found.append(ReleaseRow(sentence.person_id, sentence.person.display_name, release))
    return sorted(found, key=lambda r: r.expected_release)
