# SPDX-License-Identifier: GPL-3.0-or-later
"""Casebook: the Qt-free application API that the CLI and the GUI both use.

Every mutating command runs through ``Casebook.run``: one transaction, a Journal
that records the rows it wrote, an undo step, audit entries (field names only,
never values), and a Changes value returned after commit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from caseapp.core.journal import Journal
from caseapp.core.undo import UndoManager, UndoStep
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.i18n import _
from caseapp.domain.views import Dashboard, SearchHit
from caseapp.store import audit, db, queries, rows

if TYPE_CHECKING:
    from caseapp.core.articles import Articles
    from caseapp.core.reports import Reports

T = TypeVar("T")


class Casebook:
    """An open database plus its undo history and the managers that act on it.

    Attributes: ``path`` of the file, ``operator`` written to the audit log,
    ``undo`` the UndoManager, and one manager per feature (persons, cases, …).
    """

    def __init__(self, path: Path, *, create: bool = False, operator: str = "",
                 backup_dir: Path | None = None) -> None:
        from caseapp.core import managers

        self.path = Path(path)
        self.operator = operator
        self.backup_dir = backup_dir
        self.database = db.open_database(self.path, create=create, backup_dir=backup_dir)
        self.undo = UndoManager()
        managers.attach(self)

    @cached_property
    def articles(self) -> Articles:
        """Article import; loaded on first use, since the extractor is heavy to import."""
        from caseapp.core.articles import Articles

        return Articles(self)

    @cached_property
    def reports(self) -> Reports:
        """PDF reports; loaded on first use (reportlab is heavy to import)."""
        from caseapp.core.reports import Reports

        return Reports(self)

    def close(self) -> None:
        if not self.database.is_closed():
            self.database.execute_sql("PRAGMA optimize")
            self.database.close()

    def __enter__(self) -> Casebook:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def run(self, name: str, work: Callable[[Journal], T]) -> tuple[T, Changes]:
        """Run ``work`` as one undoable command named ``name`` (e.g. "Add Person")."""
        journal = Journal(name)
        with self.database.atomic():
            result = work(journal)
            self._audit(journal.step, name)
        self.undo.push(journal.step)
        return result, Changes(journal.tables, tuple(journal.created), name)

    def add(self, record: records.Record, name: str | None = None) -> tuple[records.Record, Changes]:
        """Insert one record as its own undoable command."""
        label = name or _("Add {what}").format(what=_record_label(type(record)))
        return self.run(label, lambda journal: journal.insert(record))

    def update(self, cls: type[records.Record], pk: int, **values: object) -> Changes:
        label = _("Edit {what}").format(what=_record_label(cls))
        return self.run(label, lambda journal: journal.update(cls, pk, **values))[1]

    def delete(self, cls: type[records.Record], pk: int) -> Changes:
        """Move a record to the trash (undoable; restore brings it back with its links)."""
        label = _("Delete {what}").format(what=_record_label(cls))
        return self.run(label, lambda j: j.set_deleted(rows.table_of(cls), pk, True))[1]

    def restore(self, table: str, pk: int) -> Changes:
        return self.run(_("Restore from Trash"), lambda j: j.set_deleted(table, pk, False))[1]

    def get(self, cls: type[records.Record], pk: int) -> records.Record:
        # No connection_context here: closing would fail inside a command's transaction.
        return rows.get(cls, pk)

    def dashboard(self, today: date | None = None) -> Dashboard:
        from caseapp.core.dashboard import dashboard

        return dashboard(self, today)

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Persons, cases and sources matching every word of ``text`` in any spelling."""
        return queries.search_all(text, limit)

    def undo_step(self) -> Changes:
        """Undo the newest step; empty Changes when there is nothing to undo."""
        step = self.undo.pop_undo()
        if step is None:
            return Changes()
        self._replay(step, reverse=True)
        self.undo.done_undo(step)
        return Changes(frozenset(c.table for c in step.changes), step=step.name)

    def redo_step(self) -> Changes:
        step = self.undo.pop_redo()
        if step is None:
            return Changes()
        self._replay(step, reverse=False)
        self.undo.done_redo(step)
        return Changes(frozenset(c.table for c in step.changes), step=step.name)

    def _replay(self, step: UndoStep, *, reverse: bool) -> None:
        changes = list(reversed(step.changes)) if reverse else step.changes
        prefix = _("Undo {step}") if reverse else _("Redo {step}")
        with self.database.atomic():
            for change in changes:
                rows.write_raw(change.table, change.pk, change.before if reverse else change.after)
            self._audit(step, prefix.format(step=step.name))

    def _audit(self, step: UndoStep, command: str) -> None:
        audit.write(self.operator, command, [
            (c.table, (c.after or c.before or {}).get("uid", ""), c.changed_fields())
            for c in step.changes])


def _record_label(cls: type) -> str:
    from caseapp.core.labels import record_label

    return record_label(cls)
