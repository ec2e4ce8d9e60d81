# SPDX-License-Identifier: GPL-3.0-or-later
"""How a command runs: one write transaction, one journal, one undo step, one change record.

Only the core's managers call these; the window and the CLI call the managers'
named commands (an import-linter contract keeps caseapp.gui and caseapp.cli away
from this module and from the journal). ``run`` begins the transaction as a writer
(``BEGIN IMMEDIATE``), hands ``work`` a Journal that records every row it writes,
writes the audit entries, pushes the undo step after commit and returns what
``work`` returned together with the Changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from caseapp.core.journal import Journal
from caseapp.core.labels import record_label
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.i18n import _
from caseapp.store import audit

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook
    from caseapp.core.undo import UndoStep

T = TypeVar("T")
R = TypeVar("R", bound=records.Record)


def run(book: Casebook, name: str, work: Callable[[Journal], T]) -> tuple[T, Changes]:
    """Run ``work`` as one undoable command named ``name`` (e.g. "Add Person")."""
    journal = Journal(name)
    with book.writing():
        result = work(journal)
        write_audit(book, journal.step, name)
    book.undo.push(journal.step)
    return result, Changes(journal.tables, tuple(journal.created), name)


def write_audit(book: Casebook, step: UndoStep, command: str) -> None:
    audit.write(book.operator, command, [
        (c.table, (c.after or c.before or {}).get("uid", ""), c.changed_fields())
        for c in step.changes])


def add(book: Casebook, record: R, name: str | None = None) -> tuple[R, Changes]:
    """Insert one record as its own command ("Add Hearing")."""
    label = name or _("Add {what}").format(what=record_label(type(record)))
    return run(book, label, lambda journal: journal.insert(record))


def edit(book: Casebook, cls: type[R], pk: int, values: dict[str, Any],
         name: str | None = None) -> tuple[R, Changes]:
    """Set some fields of one record as its own command ("Edit Hearing")."""
    label = name or _("Edit {what}").format(what=record_label(cls))
    return run(book, label, lambda journal: journal.update(cls, pk, **values))
