# SPDX-License-Identifier: GPL-3.0-or-later
"""What a command changed, so that views refresh only what they show (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Changes:
    """Returned by every core command after its transaction committed.

    ``tables`` names the tables written; ``created`` lists (table, uid) of new records;
    ``step`` is the undo step's name ("Add Person"), empty for non-undoable work.
    """

    tables: frozenset[str] = frozenset()
    created: tuple[tuple[str, str], ...] = ()
    step: str = ""
    details: tuple[str, ...] = field(default_factory=tuple)

    def touches(self, *tables: str) -> bool:
        return bool(self.tables.intersection(tables))

    def merged(self, other: Changes) -> Changes:
        return Changes(self.tables | other.tables, self.created + other.created,
                       other.step or self.step, self.details + other.details)

    def uid_of(self, table: str) -> str | None:
        """The uid of the first record created in ``table``, if any."""
        return next((uid for t, uid in self.created if t == table), None)
