# SPDX-License-Identifier: GPL-3.0-or-later
"""Casebook: the Qt-free application API that the CLI and the GUI both use.

A Casebook owns one database file: its own connection(s), its undo history and
one manager per feature (persons, cases, custody, actions, sources, tags, trash,
maintenance, articles, reports). Every change is a named command on a manager (see
core.commands); every read and write runs with this Casebook's database bound, so
several Casebooks can be open in one process, each on its own file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from caseapp.core import commands
from caseapp.core.manager import binds_database
from caseapp.core.undo import UndoManager, UndoStep
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.errors import ChangedElsewhere
from caseapp.domain.views import Dashboard, SearchHit
from caseapp.i18n import _
from caseapp.store import binding, db, rows, search

if TYPE_CHECKING:
    from caseapp.core.actions import Actions
    from caseapp.core.articles import Articles
    from caseapp.core.cases import Cases
    from caseapp.core.custody import Custody
    from caseapp.core.hearings import Hearings
    from caseapp.core.maintenance import Maintenance
    from caseapp.core.persons import Persons
    from caseapp.core.reports import Reports
    from caseapp.core.sources import Sources
    from caseapp.core.tags import Tags
    from caseapp.core.trash import Trash

R = TypeVar("R", bound=records.Record)


class Casebook:
    """An open database plus its undo history and the managers that act on it.

    Attributes: ``path`` of the file, ``database`` its own peewee database (never bound
    to the models globally), ``operator`` written to the audit log, ``undo`` the
    UndoManager, ``wrote`` whether a command changed the file since it was opened,
    and one manager per feature.
    """

    persons: Persons
    cases: Cases
    custody: Custody
    hearings: Hearings
    actions: Actions
    sources: Sources
    tags: Tags
    trash: Trash
    maintenance: Maintenance

    def __init__(self, path: Path, *, create: bool = False, operator: str = "",
                 backup_dir: Path | None = None,
                 busy_timeout_ms: int = db.BUSY_TIMEOUT_MS) -> None:
        from caseapp.core import managers

        self.path = Path(path)
        self.operator = operator
        self.backup_dir = backup_dir
        self.wrote = False
        self.database = db.open_database(self.path, create=create, backup_dir=backup_dir,
                                         busy_timeout_ms=busy_timeout_ms)
        self.undo = UndoManager()
        managers.attach(self)

    @contextmanager
    def bound(self) -> Iterator[None]:
        """Point the store at this Casebook's file for the length of the block."""
        with binding.binding(self.database):
            yield

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
        """Close this thread's connection; statistics are refreshed only after writes."""
        if self.database.is_closed():
            return
        with self.bound():
            if self.wrote:
                db.optimize(self.database)
            self.database.close()

    def __enter__(self) -> Casebook:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @binds_database
    def get(self, cls: type[R], pk: int) -> R:
        """One record by id, in the trash or not (raises NotFound)."""
        return rows.get(cls, pk)

    def dashboard(self, today: date | None = None) -> Dashboard:
        from caseapp.core.dashboard import dashboard

        with self.bound():
            return dashboard(self, today)

    @binds_database
    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Persons, cases and sources matching every word of ``text`` in any spelling."""
        return search.search_all(text, limit)

    def undo_step(self) -> Changes:
        """Undo the newest step; empty Changes when there is nothing to undo.

        Raises ChangedElsewhere, touching nothing and dropping the step, when another
        writer changed one of the step's rows since the step was made.
        """
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
        with self.bound(), db.write_transaction(self.database):
            self._refuse_if_moved(step, reverse=reverse)
            for change in changes:
                rows.write_raw(change.table, change.pk, change.before if reverse else change.after)
            commands.write_audit(self, step, prefix.format(step=step.name))
        self.wrote = True

    @staticmethod
    def _refuse_if_moved(step: UndoStep, *, reverse: bool) -> None:
        for (table, pk), expected in step.expected_rows(reverse=reverse).items():
            if rows.read_raw(table, pk) != expected:
                message = (_("“{step}” was changed elsewhere since; nothing was undone.")
                           if reverse else
                           _("“{step}” was changed elsewhere since; nothing was redone."))
                raise ChangedElsewhere(message.format(step=step.name))
