# SPDX-License-Identifier: GPL-3.0-or-later
"""Campaign actions (letters, petitions, pickets, appeals) and who they are for."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from caseapp.core import commands
from caseapp.core.edits import ActionEdit
from caseapp.core.listing import ListManager
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.enums import ActionStatus
from caseapp.domain.queries import ActionQuery
from caseapp.domain.views import ActionRow
from caseapp.i18n import _
from caseapp.store import actions as action_store

if TYPE_CHECKING:
    from caseapp.core.journal import Journal


class Actions(ListManager[ActionQuery]):
    """Commands: add, save (fields and links), mark_done, record_reply, link_person."""

    QUERY = ActionQuery

    def _select(self, query: ActionQuery) -> Any:
        return action_store.action_select(query)

    def add(self, action: records.Action, *, person_ids: Iterable[int] = (),
            case_ids: Iterable[int] = ()) -> tuple[records.Action, Changes]:
        return commands.run(self.book, _("Add Action"),
                            lambda j: self.insert(j, action, person_ids, case_ids))

    def insert(self, journal: Journal, action: records.Action, person_ids: Iterable[int] = (),
               case_ids: Iterable[int] = ()) -> records.Action:
        """Add an action with its links inside an existing command."""
        stored = journal.insert(action)
        for person_id in person_ids:
            journal.insert(records.ActionPerson(action_id=stored.id or 0, person_id=person_id))
        for case_id in case_ids:
            journal.insert(records.ActionCase(action_id=stored.id or 0, case_id=case_id))
        return stored

    def save(self, edit: ActionEdit) -> tuple[records.Action, Changes]:
        """Add or update an action with the persons and cases it is for, as one step."""
        if edit.action_id is None:
            action = records.Action(**edit.values)
            return self.add(action, person_ids=edit.person_ids, case_ids=edit.case_ids)
        return commands.run(self.book, _("Edit Action"), lambda j: self._update(j, edit))

    def _update(self, journal: Journal, edit: ActionEdit) -> records.Action:
        pk = edit.action_id or 0
        action = journal.update(records.Action, pk, **edit.values)
        persons, cases = action_store.action_links(pk)
        _relink(journal, "action_person", persons, edit.person_ids,
                lambda person: records.ActionPerson(action_id=pk, person_id=person))
        _relink(journal, "action_case", cases, edit.case_ids,
                lambda case: records.ActionCase(action_id=pk, case_id=case))
        return action

    def resolve(self, reference: str) -> int:
        """An action id from its uid (or the start of it)."""
        return self._by_uid("action", reference, _("Actions"))

    def mark_done(self, action_id: int) -> Changes:
        return commands.edit(self.book, records.Action, action_id,
                             {"status": ActionStatus.DONE.value}, _("Mark Action Done"))[1]

    def record_reply(self, action_id: int, text: str) -> Changes:
        """The addressee answered (a letter's reply): status "reply received" and its text."""
        values = {"status": ActionStatus.REPLIED.value, "reply_text": text.strip()}
        return commands.edit(self.book, records.Action, action_id, values,
                             _("Record Reply"))[1]

    def link_person(self, action_id: int, person_id: int) -> Changes:
        link = records.ActionPerson(action_id=action_id, person_id=person_id)
        return commands.add(self.book, link, _("Link Person to Action"))[1]

    def rows(self, ids: list[int]) -> list[ActionRow]:
        return action_store.action_rows(ids)

    def links(self, action_id: int) -> tuple[list[action_store.Link], list[action_store.Link]]:
        """Linked persons and cases as (link id, person or case id, label), for editors."""
        return action_store.action_links(action_id)


def _relink(journal: Journal, table: str, current: list[action_store.Link],
            wanted: Iterable[int], make: Callable[[int], records.Record]) -> None:
    """Trash the links to targets no longer wanted; add links to new targets."""
    wanted_ids = list(dict.fromkeys(wanted))
    linked = {target: link for link, target, _label in current}
    for target, link in linked.items():
        if target not in wanted_ids:
            journal.set_deleted(table, link, True)
    for target in wanted_ids:
        if target not in linked:
            journal.insert(make(target))
