# SPDX-License-Identifier: GPL-3.0-or-later
"""Tags on persons, cases and actions ("journalists", "urgent", a campaign's name)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.errors import Invalid
from caseapp.i18n import _
from caseapp.store import catalog, details

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook
    from caseapp.core.journal import Journal

TAGGABLE = ("person", "case_file", "action")


class Tags:
    def __init__(self, book: Casebook) -> None:
        self.book = book

    def list(self) -> list[records.Tag]:
        return details.tags()

    def of(self, table: str, target_id: int) -> list[str]:
        return details.tags_of(table, target_id)

    def tag(self, table: str, target_id: int, name: str) -> Changes:
        """Put tag ``name`` (created if new) on a person, case or action."""
        return self.book.run(_("Add Tag"), lambda j: self.tag_in(j, table, target_id, name))[1]

    def tag_in(self, journal: Journal, table: str, target_id: int, name: str) -> None:
        """Put a tag on a record inside an existing command (an editor's save)."""
        if table not in TAGGABLE:
            raise Invalid(_("Only persons, cases and actions can be tagged"), field="table")
        name = name.strip()
        tag_id = catalog.tag_by_name(name) or journal.insert(records.Tag(name=name)).id
        if details.tagging_id(tag_id, table, target_id) is None:
            journal.insert(records.Tagging(tag_id=tag_id, target_table=table,
                                           target_id=target_id))

    def set_in(self, journal: Journal, table: str, target_id: int, names: Iterable[str]) -> None:
        """Make ``names`` exactly the tags of one record, inside an existing command."""
        wanted = {name.strip() for name in names if name.strip()}
        current = set(self.of(table, target_id))
        for name in sorted(wanted - current):
            self.tag_in(journal, table, target_id, name)
        for name in sorted(current - wanted):
            tag_id = catalog.tag_by_name(name)
            link = details.tagging_id(tag_id, table, target_id) if tag_id else None
            if link is not None:
                journal.set_deleted("tagging", link, True)

    def untag(self, table: str, target_id: int, name: str) -> Changes:
        tag_id = catalog.tag_by_name(name)
        link = details.tagging_id(tag_id, table, target_id) if tag_id else None
        if link is None:
            return Changes()
        return self.book.run(_("Remove Tag"), lambda j: j.set_deleted("tagging", link, True))[1]
