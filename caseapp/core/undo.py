# SPDX-License-Identifier: GPL-3.0-or-later
"""Undo and redo in the core, so the CLI, the GUI and tests share one history.

A step is a name plus the row changes it made (table, id, raw row before, raw row
after). Undo writes the "before" rows back in one transaction; redo writes the
"after" rows. Both first check that every row is still as the step expects, so
another writer's change is never silently reverted. History lives in memory; deletion is
soft (trash), so closing the app loses no data, only the ability to undo.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

UNDO_LIMIT = 50

Raw = dict[str, Any]


@dataclass(frozen=True)
class UndoableChange:
    table: str
    pk: int
    before: Raw | None
    after: Raw | None

    def changed_fields(self) -> tuple[str, ...]:
        old, new = self.before or {}, self.after or {}
        keys = sorted(set(old) | set(new))
        return tuple(k for k in keys if old.get(k) != new.get(k) and k != "updated_at")


@dataclass
class UndoStep:
    """One command as the volunteer sees it: "Add Person", "Delete Hearing"."""

    name: str
    changes: list[UndoableChange] = field(default_factory=list)

    def expected_rows(self, *, reverse: bool) -> dict[tuple[str, int], Raw | None]:
        """How every row this step touched must look for undo (``reverse``) or redo.

        Before an undo each row must still be as the step left it (its last "after");
        before a redo, as it was before the step (its first "before"). A row that
        differs was changed by another writer in the meantime.
        """
        expected: dict[tuple[str, int], Raw | None] = {}
        for change in self.changes:
            key = (change.table, change.pk)
            if reverse:
                expected[key] = change.after
            elif key not in expected:
                expected[key] = change.before
        return expected


class UndoManager:
    """Two stacks of steps; a new step clears redo; at most ``limit`` are kept."""

    def __init__(self, limit: int = UNDO_LIMIT) -> None:
        self._undo: deque[UndoStep] = deque(maxlen=limit)
        self._redo: list[UndoStep] = []

    def push(self, step: UndoStep) -> None:
        if step.changes:
            self._undo.append(step)
            self._redo.clear()

    def pop_undo(self) -> UndoStep | None:
        return self._undo.pop() if self._undo else None

    def pop_redo(self) -> UndoStep | None:
        return self._redo.pop() if self._redo else None

    def done_undo(self, step: UndoStep) -> None:
        self._redo.append(step)

    def done_redo(self, step: UndoStep) -> None:
        self._undo.append(step)

    def undo_name(self) -> str | None:
        return self._undo[-1].name if self._undo else None

    def redo_name(self) -> str | None:
        return self._redo[-1].name if self._redo else None

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()

    def __len__(self) -> int:
        return len(self._undo)
