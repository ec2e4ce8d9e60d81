# SPDX-License-Identifier: GPL-3.0-or-later
"""Reading sources and citations: the list, a source by its text's hash, what cites what."""

from __future__ import annotations

from typing import Any

from peewee import fn

from caseapp.domain.queries import SourceQuery
from caseapp.domain.views import CitationRow, SourceRow
from caseapp.store import search
from caseapp.store.labels import label_of_uid
from caseapp.store.models import Citation, ReportedEventPerson, Source
from caseapp.store.sorting import sorted_by

SORT_COLUMNS = {"published": Source.published, "title": Source.title,
                "publisher": Source.publisher}


def source_select(query: SourceQuery) -> Any:
    """Live sources matching ``query``, in list order (a SELECT of ids)."""
    select = Source.live(Source.id)
    matching = search.id_subquery(search.SOURCE, query.text)
    if matching is not None:
        select = select.where(Source.id.in_(matching))
    return sorted_by(select, SORT_COLUMNS, query.sort, query.descending, Source)


def source_rows(ids: list[int]) -> list[SourceRow]:
    sources = {s.id: s for s in Source.select(Source.id, Source.uid, Source.title, Source.publisher,
                                              Source.published, Source.language, Source.url)
               .where(Source.id.in_(ids))}
    counts = dict(Citation.live(Citation.source, fn.COUNT(Citation.id))
                  .where(Citation.source.in_(ids)).group_by(Citation.source).tuples())
    return [SourceRow(pk, s.uid, s.title, s.publisher, s.published.iso() if s.published else "",
                      s.language, s.url, counts.get(pk, 0)) for pk in ids if (s := sources.get(pk))]


def source_by_hash(digest: str) -> int | None:
    return Source.live(Source.id).where(Source.content_hash == digest).scalar()


def citations(*, target_uid: str | None = None, source_id: int | None = None) -> list[CitationRow]:
    query = Citation.live(Citation, Source).join(Source).where(Source.is_live())
    if target_uid is not None:
        query = query.where(Citation.target_uid == target_uid)
    if source_id is not None:
        query = query.where(Citation.source == source_id)
    return [CitationRow(c.id, c.source_id, c.source.title, c.target_table, c.target_uid,
                        label_of_uid(c.target_table, c.target_uid), c.quote)
            for c in query.order_by(Citation.id)]


def first_person_of_event(event_id: int) -> int | None:
    """The first live person a reported event is linked to."""
    return (ReportedEventPerson.live(ReportedEventPerson.person)
            .where(ReportedEventPerson.event == event_id)
            .order_by(ReportedEventPerson.id).scalar())
