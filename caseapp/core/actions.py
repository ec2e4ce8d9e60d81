# SPDX-License-Identifier: GPL-3.0-or-later
"""Campaign actions (letters, petitions, pickets, appeals) and who they are for."""

from __future__ import annotations

from typing import TYPE_CHECKING

from datetime import date

from caseapp.domain import records
from caseapp.domain.views import ActionRow
from caseapp.store import lists
from caseapp.domain.changes import Changes
from caseapp.i18n import _

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook
    from caseapp.core.journal import Journal


class Actions:
    def __init__(self, book: Casebook) -> None:
        self.book = book

    def add(self, action: records.Action, *, person_ids: list[int] = (),
            case_ids: list[int] = ()) -> tuple[records.Action, Changes]:
        return self.book.run(_("Add Action"),
                             lambda j: self.insert(j, action, person_ids, case_ids))

    def ids(self, *, text: str = "", status: str | None = None, kind: str | None = None,
            start: date | None = None, end: date | None = None, due_by: date | None = None,
            sort: str = "date", descending: bool = True) -> list[int]:
        return lists.action_ids(text=text, status=status, kind=kind, start=start, end=end,
                                due_by=due_by, sort=sort, descending=descending)

    def rows(self, ids: list[int]) -> list[ActionRow]:
        return lists.action_rows(ids)

    def links(self, action_id: int) -> tuple[list[tuple[int, int, str]],
                                              list[tuple[int, int, str]]]:
        """Linked persons and cases as (link id, person or case id, label), for editors."""
        return lists.action_links(action_id)

    def link_person(self, action_id: int, person_id: int) -> Changes:
        link = records.ActionPerson(action_id=action_id, person_id=person_id)
        return self.book.add(link, _("Link Person to Action"))[1]

    def insert(self, journal: Journal, action: records.Action, person_ids: list[int] = (),
               case_ids: list[int] = ()) -> records.Action:
        stored = journal.insert(action)
        for person_id in person_ids:
            journal.insert(records.ActionPerson(action_id=stored.id, person_id=person_id))
        for case_id in case_ids:
            journal.insert(records.ActionCase(action_id=stored.id, case_id=case_id))
        return stored
