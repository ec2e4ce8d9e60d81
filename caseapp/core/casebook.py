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
from typing import TYPE_CHECKING, TypeVar, cast

from caseapp.core import commands
from caseapp.core.manager import binds_database
from caseapp.core.undo import UndoManager, UndoStep
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.errors import Busy, ChangedElsewhere
from caseapp.domain.views import Dashboard, SearchHit
from caseapp.i18n import _
from caseapp.store import binding, db, files, rows, search

if TYPE_CHECKING:
    from caseapp.core.actions import Actions
    from caseapp.core.addressees import Addressees
    from caseapp.core.articles import Articles
    from caseapp.core.backups import Backups
    from caseapp.core.bundles import Bundles
    from caseapp.core.cases import Cases
    from caseapp.core.codes import Codes
    from caseapp.core.custody import Custody
    from caseapp.core.deadlines import Deadlines
    from caseapp.core.exports import Exports
    from caseapp.core.hearings import Hearings
    from caseapp.core.letters import Letters
    from caseapp.core.maintenance import Maintenance
    from caseapp.core.persons import Persons
    from caseapp.core.reports import Reports
    from caseapp.core.security import Security
    from caseapp.core.sources import Sources
    from caseapp.core.table_import import TableImports
    from caseapp.core.tags import Tags
    from caseapp.core.trash import Trash

R = TypeVar("R", bound=records.Record)
#: ``replacing_file``: the passphrase does not change.
SAME = object()


class Casebook:
    """An open database plus its undo history and the managers that act on it.

    Attributes: ``path`` of the file, ``database`` its own peewee database (never bound
    to the models globally), ``operator`` written to the audit log, ``undo`` the
    UndoManager, ``wrote`` whether a command changed the file since it was opened,
    and one manager per feature.
    """

    persons: Persons
    cases: Cases
    codes: Codes
    custody: Custody
    deadlines: Deadlines
    hearings: Hearings
    actions: Actions
    sources: Sources
    tags: Tags
    trash: Trash
    maintenance: Maintenance
    backups: Backups
    security: Security
    addressees: Addressees
    letters: Letters

    def __init__(self, path: Path, *, create: bool = False, operator: str = "",
                 backup_dir: Path | None = None, busy_timeout_ms: int = db.BUSY_TIMEOUT_MS,
                 passphrase: str | None = None, check: bool = False) -> None:
        from caseapp.core import managers

        self.path = Path(path)
        self.operator = operator
        self.backup_dir = backup_dir
        self.busy_timeout_ms = busy_timeout_ms
        self.wrote = False
        self.writes = 0  # commands that wrote, counted (backups.safeguard compares)
        self.created = create and not self.path.exists()  # a new, empty file
        self._open(db.open_database(self.path, create=create, backup_dir=backup_dir,
                                    busy_timeout_ms=busy_timeout_ms, passphrase=passphrase,
                                    check=check), passphrase)
        self.undo = UndoManager()
        managers.attach(self)

    def _open(self, opened: db.Opened, passphrase: str | None) -> None:
        """Take over an opened file. The passphrase stays in memory only (backups of an
        encrypted file are encrypted with it); ``problems`` is None until checked."""
        self.database = opened.database
        self.encrypted = opened.encrypted
        self.passphrase = passphrase if opened.encrypted else None
        self.problems: tuple[str, ...] | None = opened.problems or None

    def ensure_sound(self) -> None:
        """Before the first write: SQLite's quick check, once; a damaged file is never
        written (Damaged names the file and offers its backups)."""
        if self.problems is None:
            with self.bound():
                self.problems = db.quick_check(self.database)
        if self.problems:
            latest = self.backups.latest_sound()
            raise db.damaged(self.path, self.problems, latest.path if latest else None)

    @contextmanager
    def replacing_file(self, *, new_passphrase: str | None | object = SAME) -> Iterator[None]:
        """Close the file, let the block replace it on disk, reopen it — with
        ``new_passphrase`` when the block succeeded (None: now plain). Refused while
        another program has the file open: the new file would meet its write-ahead log."""
        self.close()
        key = self.passphrase
        if not files.log_settled(self.path, key):
            self._open(self._reopen(key), key)
            raise Busy(_("{path} is open in another window or program; close it there "
                         "first").format(path=self.path))
        try:
            yield
            if new_passphrase is not SAME:
                key = cast("str | None", new_passphrase)
        finally:
            self._open(self._reopen(key), key)
            self.undo.clear()

    def _reopen(self, passphrase: str | None) -> db.Opened:
        return db.open_database(self.path, passphrase=passphrase,
                                busy_timeout_ms=self.busy_timeout_ms, check=True)

    @contextmanager
    def writing(self) -> Iterator[None]:
        """The one way to write: checked file, this Casebook's database, BEGIN IMMEDIATE."""
        self.ensure_sound()
        with self.bound(), db.write_transaction(self.database):
            yield
        self.wrote = True
        self.writes += 1

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
    def table_import(self) -> TableImports:
        """Spreadsheet import; loaded on first use, so that opening a file does not wait
        for it."""
        from caseapp.core.table_import import TableImports

        return TableImports(self)

    @cached_property
    def exports(self) -> Exports:
        """Lists as CSV, XLSX or JSON; loaded on first use."""
        from caseapp.core.exports import Exports

        return Exports(self)

    @cached_property
    def bundles(self) -> Bundles:
        """Exchange bundles and their conflicts; loaded on first use."""
        from caseapp.core.bundles import Bundles

        return Bundles(self)

    @cached_property
    def reports(self) -> Reports:
        """PDF reports; loaded on first use (reportlab is heavy to import)."""
        from caseapp.core.reports import Reports

        return Reports(self)

    def close(self) -> None:
        """Close every connection to the file, on every thread; statistics are refreshed
        only after writes."""
        if self.wrote:
            with self.bound():
                db.optimize(self.database)
            self.wrote = False
        self.database.close_all()

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
        with self.writing():
            self._refuse_if_moved(step, reverse=reverse)
            for change in changes:
                rows.write_raw(change.table, change.pk, change.before if reverse else change.after)
            commands.write_audit(self, step, prefix.format(step=step.name))

    @staticmethod
    def _refuse_if_moved(step: UndoStep, *, reverse: bool) -> None:
        for (table, pk), expected in step.expected_rows(reverse=reverse).items():
            if rows.read_raw(table, pk) != expected:
                message = (_("“{step}” was changed elsewhere since; nothing was undone.")
                           if reverse else
                           _("“{step}” was changed elsewhere since; nothing was redone."))
                raise ChangedElsewhere(message.format(step=step.name))
