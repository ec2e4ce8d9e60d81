# SPDX-License-Identifier: GPL-3.0-or-later
"""Sources (articles, court papers) and the citations that tie facts to them."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from caseapp.core import commands
from caseapp.core.listing import ListManager
from caseapp.domain import names, records
from caseapp.domain.changes import Changes
from caseapp.domain.queries import SourceQuery
from caseapp.domain.views import CitationRow, SourceRow
from caseapp.i18n import _
from caseapp.store import rows
from caseapp.store import sources as source_store

if TYPE_CHECKING:
    from caseapp.core.journal import Journal


#: Records with no list of their own, and the (table, column) of the record they belong to.
OWNERS = {"detention": ("person", "person_id"), "sentence": ("person", "person_id"),
          "charge": ("person", "person_id"), "person_name": ("person", "person_id"),
          "case_party": ("case_file", "case_id"), "citation": ("source", "source_id")}


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text, so re-pasting the same article is recognised."""
    canonical = " ".join(names.normalize_spacing(text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Sources(ListManager[SourceQuery]):
    """Commands: add, edit, cite, add_reported_event."""

    QUERY = SourceQuery

    def _select(self, query: SourceQuery) -> Any:
        return source_store.source_select(query)

    def add(self, source: records.Source) -> tuple[records.Source, Changes]:
        if source.full_text and not source.content_hash:
            source = replace(source, content_hash=content_hash(source.full_text))
        return commands.add(self.book, source, _("Add Source"))

    def edit(self, pk: int, **values: Any) -> tuple[records.Source, Changes]:
        if "full_text" in values:
            values["content_hash"] = content_hash(values["full_text"] or "")
        return commands.edit(self.book, records.Source, pk, values)

    def cite(self, citation: records.Citation) -> Changes:
        return commands.add(self.book, citation, _("Add Citation"))[1]

    def add_reported_event(self, event: records.ReportedEvent,
                           person_ids: list[int] | tuple[int, ...] = ()
                           ) -> tuple[records.ReportedEvent, Changes]:
        """Record an event the source reports (others' protest, a statement…) about persons."""
        def work(journal: Journal) -> records.ReportedEvent:
            stored = journal.insert(event)
            for person_id in dict.fromkeys(person_ids):
                journal.insert(records.ReportedEventPerson(event_id=stored.pk,
                                                           person_id=person_id))
            return stored

        return commands.run(self.book, _("Add Reported Event"), work)

    def rows(self, ids: list[int]) -> list[SourceRow]:
        return source_store.source_rows(ids)

    def citations(self, *, target_uid: str | None = None,
                  source_id: int | None = None) -> list[CitationRow]:
        return source_store.citations(target_uid=target_uid, source_id=source_id)

    def target_id(self, table: str, uid: str) -> int | None:
        """The id of a citation's target record (``target_table``, ``target_uid``)."""
        return rows.id_for_uid(table, uid)

    def shown_target(self, table: str, uid: str) -> tuple[str, int] | None:
        """Where the window shows a citation's target: the record itself when it has a
        list (person, case, hearing, action, source), else the record it belongs to — a
        detention's, sentence's, charge's or name's person, a party's case, a reported
        event's first person (or its source). None when the record is gone."""
        pk = rows.id_for_uid(table, uid)
        if pk is None:
            return None
        if table in OWNERS:
            owner_table, column = OWNERS[table]
            return owner_table, getattr(rows.get(rows.record_class(table), pk), column)
        if table == "reported_event":
            person_id = source_store.first_person_of_event(pk)
            return ("person", person_id) if person_id else (
                "source", rows.get(records.ReportedEvent, pk).source_id)
        return table, pk

    def find_by_hash(self, digest: str) -> int | None:
        return source_store.source_by_hash(digest)
