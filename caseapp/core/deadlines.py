# SPDX-License-Identifier: GPL-3.0-or-later
"""Procedural deadlines of the casebook: listing them and marking them done or not
applicable (caseapp.domain.deadlines derives them; docs/deadlines.md says from what)."""

from __future__ import annotations

from datetime import date, timedelta

from caseapp.core import commands
from caseapp.core.journal import Journal
from caseapp.core.manager import Manager
from caseapp.domain import deadlines, records
from caseapp.domain.changes import Changes
from caseapp.domain.deadlines import Deadline
from caseapp.domain.enums import DeadlineState
from caseapp.domain.errors import Ambiguous, NotFound
from caseapp.domain.views import DeadlineRow
from caseapp.i18n import _
from caseapp.store import deadlines as deadline_store

#: Days of deadlines ahead the dashboard shows, and of open ones already passed.
DASHBOARD_AHEAD_DAYS = 30
DASHBOARD_PASSED_DAYS = 7


class Deadlines(Manager):
    """Commands: mark. Reads: upcoming, between, of_person, resolve."""

    def all(self, person_id: int | None = None) -> list[Deadline]:
        """Every deadline (of one person when given) with the volunteer's marks."""
        found = deadlines.derive(deadline_store.facts(person_id))
        return deadlines.with_marks(found, deadline_store.marks())

    def between(self, start: date, end: date, *, open_only: bool = True) -> list[DeadlineRow]:
        """Deadlines due from ``start`` to ``end``, soonest first; marked ones too when
        ``open_only`` is false."""
        return _rows(deadlines.between(self.all(), start, end, open_only=open_only))

    def upcoming(self, days: int, *, today: date | None = None,
                 open_only: bool = True) -> list[DeadlineRow]:
        start = today or date.today()
        return self.between(start, start + timedelta(days=days), open_only=open_only)

    def for_dashboard(self, today: date) -> list[DeadlineRow]:
        """Open deadlines of the next 30 days and those passed in the last 7 unmarked."""
        return self.between(today - timedelta(days=DASHBOARD_PASSED_DAYS),
                            today + timedelta(days=DASHBOARD_AHEAD_DAYS))

    def of_person(self, person_id: int) -> list[DeadlineRow]:
        """Every deadline of one person, marked or not, soonest first."""
        return _rows(self.all(person_id))

    def resolve(self, reference: str) -> Deadline:
        """The deadline whose key is ``reference`` or starts with it ("appeal:1f2e3d4c")."""
        text, every = reference.strip(), self.all()
        found = [d for d in every if d.key == text] or [
            d for d in every if len(text) >= 6 and d.key.startswith(text)]
        if not found:
            raise NotFound(_("No deadline has the key “{key}”; `caseapp deadlines` lists "
                             "them").format(key=reference))
        if len(found) > 1:
            raise Ambiguous(_("More than one deadline has a key starting with “{key}”; "
                              "give more of it").format(key=reference))
        return found[0]

    def mark(self, reference: str, state: str, note: str = "") -> Changes:
        """Mark a deadline done, not applicable or open again, as one undoable command."""
        key = self.resolve(reference).key
        value = DeadlineState.parse(state).value
        return commands.run(self.book, _("Mark Deadline"),
                            lambda journal: _write_mark(journal, key, value, note.strip()))[1]


def _write_mark(journal: Journal, key: str, state: str, note: str) -> None:
    pk = deadline_store.mark_id(key)
    if pk is None:
        journal.insert(records.DeadlineMark(key=key, state=state, note=note))
    else:
        journal.update(records.DeadlineMark, pk, state=state, note=note, deleted_at=None)


def _rows(found: list[Deadline]) -> list[DeadlineRow]:
    people = deadline_store.person_names({d.person_id for d in found if d.person_id})
    case_ids = {d.case_id for d in found if d.case_id}
    numbers = deadline_store.case_numbers(case_ids)
    defendants = deadline_store.defendants({d.case_id for d in found
                                            if d.case_id and not d.person_id})
    return [DeadlineRow(d, people.get(d.person_id, "") if d.person_id
                        else ", ".join(defendants.get(d.case_id or 0, [])),
                        numbers.get(d.case_id or 0, "")) for d in found]
