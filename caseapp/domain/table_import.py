# SPDX-License-Identifier: GPL-3.0-or-later
"""What a spreadsheet import is asked to do and what it reports, for the CLI and the window.

The report counts rows: ``created`` became new records, ``updated`` filled or changed a
stored one, ``unchanged`` matched a stored record that already says the same, and
``skipped`` rows were not imported (a bad value, or the same person as an earlier row);
each of those has an entry in ``errors`` with its line, column and reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RowError:
    """Why the row on ``line`` was not imported; ``column`` is the heading, or ""."""

    line: int
    column: str
    reason: str


@dataclass(frozen=True)
class ImportOptions:
    """``mapping`` is {column heading: field}; ``keep_unmapped`` writes the other columns
    into notes as "Column: value"."""

    entity: str
    mapping: dict[str, str]
    keep_unmapped: bool = False


@dataclass
class ImportReport:
    entity: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)
    mapping: dict[str, str] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)
    dry_run: bool = True

    def count(self, outcome: str) -> None:
        """Count one row as "created", "updated", "unchanged" or "skipped"."""
        setattr(self, outcome, getattr(self, outcome) + 1)

    def as_json(self) -> dict[str, Any]:
        """The object ``caseapp table import --format json`` prints."""
        return {"entity": self.entity, "rows": self.rows, "created": self.created,
                "updated": self.updated, "unchanged": self.unchanged, "skipped": self.skipped,
                "errors": [{"line": e.line, "column": e.column, "reason": e.reason}
                           for e in self.errors],
                "mapping": dict(self.mapping), "unmapped": list(self.unmapped)}
