# SPDX-License-Identifier: GPL-3.0-or-later
"""Tags on persons, cases and actions ("journalists", "urgent", a campaign's name)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from typing import TYPE_CHECKING

from caseapp.core import commands
from caseapp.core.manager import Manager
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.errors import Invalid
from caseapp.i18n import _
from caseapp.store import tags as tag_store

if TYPE_CHECKING:
    from caseapp.core.journal import Journal

TAGGABLE = ("person", "case_file", "action")


class Tags(Manager):
    """Commands: tag, untag (and ``set_in`` for editors' saves)."""

    def list(self) -> builtins.list[records.Tag]:
        return tag_store.tags()

    def of(self, table: str, target_id: int) -> builtins.list[str]:
        return tag_store.tags_of(table, target_id)

    def tag(self, table: str, target_id: int, name: str) -> Changes:
        """Put tag ``name`` (created if new) on a person, case or action."""
        return commands.run(self.book, _("Add Tag"),
                            lambda j: self.tag_in(j, table, target_id, name))[1]

    def untag(self, table: str, target_id: int, name: str) -> Changes:
        """Take tag ``name`` off one record (the tag itself stays for others)."""
        return commands.run(self.book, _("Remove Tag"),
                            lambda j: self._untag_in(j, table, target_id, name))[1]

    def tag_in(self, journal: Journal, table: str, target_id: int, name: str) -> None:
        """Put a tag on a record inside an existing command (an editor's save).

        A tag of that name in the trash comes back out of it rather than being
        silently reused while trashed.
        """
        if table not in TAGGABLE:
            raise Invalid(_("Only persons, cases and actions can be tagged"), field="table")
        tag = self._live_tag(journal, name.strip())
        if tag_store.tagging_id(tag, table, target_id) is None:
            journal.insert(records.Tagging(tag_id=tag, target_table=table, target_id=target_id))

    def _live_tag(self, journal: Journal, name: str) -> int:
        if not name:
            raise Invalid(_("A tag needs a name"), field="tags")
        existing = tag_store.tag_by_name(name)
        if existing is None:
            return journal.insert(records.Tag(name=name)).id or 0
        if existing.deleted_at is not None:
            journal.set_deleted("tag", existing.id or 0, False)
        return existing.id or 0

    def _untag_in(self, journal: Journal, table: str, target_id: int, name: str) -> None:
        tag = tag_store.tag_by_name(name)
        link = tag_store.tagging_id(tag.id or 0, table, target_id) if tag else None
        if link is not None:
            journal.set_deleted("tagging", link, True)

    def set_in(self, journal: Journal, table: str, target_id: int, names: Iterable[str]) -> None:
        """Make ``names`` exactly the tags of one record, inside an existing command."""
        wanted = {name.strip() for name in names if name.strip()}
        current = set(tag_store.tags_of(table, target_id))
        for name in sorted(wanted - current):
            self.tag_in(journal, table, target_id, name)
        for name in sorted(current - wanted):
            self._untag_in(journal, table, target_id, name)
