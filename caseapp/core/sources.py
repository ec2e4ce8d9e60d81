# SPDX-License-Identifier: GPL-3.0-or-later
"""Sources (articles, court papers) and the citations that tie facts to them."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from caseapp.domain import names, records
from caseapp.domain.changes import Changes
from caseapp.i18n import _
from caseapp.domain.views import CitationRow, SourceRow
from caseapp.store import catalog, details, lists, rows

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook


def content_hash(text: str) -> str:
    """SHA-256 of the normalised text, so re-pasting the same article is recognised."""
    canonical = " ".join(names.normalize_spacing(text).split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Sources:
    def __init__(self, book: Casebook) -> None:
        self.book = book

    def add(self, source: records.Source) -> tuple[records.Source, Changes]:
        if source.full_text and not source.content_hash:
            source = records.Source(**{**source.__dict__, "content_hash": content_hash(source.full_text)})
        return self.book.add(source, _("Add Source"))

    def cite(self, citation: records.Citation) -> Changes:
        return self.book.add(citation, _("Add Citation"))[1]

    def ids(self, *, text: str = "", sort: str = "published", descending: bool = True) -> list[int]:
        return lists.source_ids(text=text, sort=sort, descending=descending)

    def rows(self, ids: list[int]) -> list[SourceRow]:
        return lists.source_rows(ids)

    def citations(self, *, target_uid: str | None = None,
                  source_id: int | None = None) -> list[CitationRow]:
        return details.citations(target_uid=target_uid, source_id=source_id)

    def target_id(self, table: str, uid: str) -> int | None:
        """The id of a citation's target record (``target_table``, ``target_uid``)."""
        return rows.id_for_uid(table, uid)

    def find_by_hash(self, digest: str) -> int | None:
        return catalog.source_by_hash(digest)
