# SPDX-License-Identifier: GPL-3.0-or-later
"""The write side of one command: every row write goes through a Journal.

The Journal reads each row before writing it, so the command's undo step and
audit entries fall out of the writes themselves; no command can forget them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, TypeVar

from caseapp.core.undo import UndoableChange, UndoStep
from caseapp.domain import records
from caseapp.domain.errors import NotFound
from caseapp.domain.validation import validate
from caseapp.i18n import _
from caseapp.store import bulk, rows, tables

R = TypeVar("R", bound=records.Record)


class Journal:
    """Collects the row changes of one command inside its transaction."""

    def __init__(self, name: str) -> None:
        self.step = UndoStep(name)
        self.created: list[tuple[str, str]] = []

    def insert(self, record: R) -> R:
        """Validate and insert ``record``; returns it with id, uid and timestamps set."""
        validate(record)
        stamp = rows.now_text()
        record = replace(record, uid=record.uid or rows.new_uid(), created_at=stamp,
                         updated_at=stamp, deleted_at=None)
        table = rows.table_of(type(record))
        raw = {k: v for k, v in rows.to_raw(record).items() if k != "id"}
        pk = rows.insert_raw(table, raw)
        self._record(table, pk, None)
        self.created.append((table, record.uid))
        return rows.get(type(record), pk)

    def update(self, cls: type[R], pk: int, **values: Any) -> R:
        """Set some fields of one record, validating the result."""
        updated = replace(rows.get(cls, pk), **values)
        validate(updated)
        changed = rows.to_raw(updated)
        before = rows.read_raw(rows.table_of(cls), pk) or {}
        if any(before.get(k) != v for k, v in changed.items()):
            self.set_raw(rows.table_of(cls), pk,
                         {**before, **changed, "updated_at": rows.now_text()})
        return updated

    def set_raw(self, table: str, pk: int, raw: rows.Raw | None) -> None:
        before = rows.read_raw(table, pk)
        if before is None and raw is None:
            raise NotFound(_("No {table} with id {pk}").format(table=table, pk=pk))
        rows.write_raw(table, pk, raw)
        self.step.changes.append(UndoableChange(table, pk, before, rows.read_raw(table, pk)))

    def insert_many(self, table: str, items: list[tuple[int, rows.Raw]]) -> None:
        """Add many new rows (id, raw) at once, read back for the undo step (a bundle's
        new records: a statement per batch instead of several per row)."""
        if not items:
            return
        bulk.insert_rows(table, items)
        stored = tables.raw_by_ids(table, [pk for pk, _raw in items])
        self.step.changes.extend(UndoableChange(table, pk, None, stored[pk])
                                 for pk, _raw in items)

    def set_deleted(self, table: str, pk: int, deleted: bool, *, stamp: str | None = None) -> None:
        """Move a record to the trash or back; records deleted together share ``stamp``
        (that is how the trash knows what went in with what)."""
        before = rows.read_raw(table, pk)
        if before is None:
            raise NotFound(_("No {table} with id {pk}").format(table=table, pk=pk))
        when = (stamp or rows.now_text()) if deleted else None
        self.set_raw(table, pk, {**before, "deleted_at": when})

    def _record(self, table: str, pk: int, before: rows.Raw | None) -> None:
        self.step.changes.append(UndoableChange(table, pk, before, rows.read_raw(table, pk)))

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(change.table for change in self.step.changes)
