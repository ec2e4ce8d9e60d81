# SPDX-License-Identifier: GPL-3.0-or-later
"""One spreadsheet row seen through a column mapping: its cells by field, read with the
importer's value readers, each unreadable cell kept as an error of that row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from caseapp.domain.errors import Invalid
from caseapp.domain.table_import import ImportOptions, RowError
from caseapp.i18n import _
from caseapp.importer.table_values import cell_text

T = TypeVar("T")
#: How several values share one cell: "Алиев; Aliyev", "tag1, tag2".
LIST_SEPARATORS = (";", "|", "\n")


class Columns:
    """Where each mapped field sits in a row, and which columns are unmapped."""

    def __init__(self, headings: Sequence[str], options: ImportOptions) -> None:
        index = {heading: i for i, heading in enumerate(headings)}
        self.index = {f: index[h] for h, f in options.mapping.items() if h in index and f}
        self.heading = {f: h for h, f in options.mapping.items() if h in index and f}
        self.unmapped = [h for h in headings if h not in options.mapping
                         or not options.mapping[h]]
        self.keep_unmapped = options.keep_unmapped
        self._unmapped_index = [(h, index[h]) for h in self.unmapped]

    def row(self, line: int, cells: Sequence[Any]) -> Row:
        return Row(line, cells, self, notes=self.unmapped_notes(cells))

    def unmapped_notes(self, cells: Sequence[Any]) -> list[str]:
        """"Column: value" for the filled unmapped cells, when they are kept."""
        if not self.keep_unmapped:
            return []
        return [f"{heading}: {text}" for heading, i in self._unmapped_index
                if (text := cell_text(cells[i]))]


@dataclass
class Row:
    """A row's cells read by field; ``errors`` collects what could not be read."""

    line: int
    cells: Sequence[Any]
    columns: Columns
    errors: list[RowError] = field(default_factory=list)
    #: "Column: value" lines of the unmapped columns kept in notes.
    notes: list[str] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return name in self.columns.index

    def cell(self, name: str) -> Any:
        i = self.columns.index.get(name)
        return self.cells[i] if i is not None else None

    def text(self, name: str) -> str:
        i = self.columns.index.get(name)
        return cell_text(self.cells[i]) if i is not None else ""

    def items(self, name: str, separators: tuple[str, ...] = LIST_SEPARATORS) -> list[str]:
        """The parts of a cell holding several values."""
        text = str(self.cell(name) or "")
        for separator in separators[1:]:
            text = text.replace(separator, separators[0])
        return [part for part in (cell_text(p) for p in text.split(separators[0])) if part]

    def read(self, name: str, reader: Callable[[Any], T]) -> T | None:
        """The cell read by ``reader``; an unreadable one becomes an error, giving None."""
        cell = self.cell(name)
        if cell is None or cell == "":
            return None
        try:
            return reader(cell)
        except Invalid as exc:
            self.fail(name, str(exc))
            return None

    def fail(self, name: str, reason: str) -> None:
        self.errors.append(RowError(self.line, self.columns.heading.get(name, ""), reason))

    def labelled(self, name: str, shown: str) -> str:
        """"Heading: value" for a field caseapp keeps in notes (place, source)."""
        return f"{self.columns.heading[name]}: {shown}" if shown else ""

    def require(self, name: str, value: object) -> None:
        if value in (None, ""):
            what = self.columns.heading.get(name) or name
            self.fail(name, _("{column} is empty").format(column=what))


def merged_notes(stored: str, lines: Sequence[str]) -> str:
    """``stored`` notes with the lines it does not hold yet added below."""
    have = set(stored.splitlines())
    new = [line for line in lines if line and line not in have]
    return "\n".join(part for part in (stored, *new) if part)


def changed_values(stored: Any, values: dict[str, Any]) -> dict[str, Any]:
    """The values that differ from the stored record's."""
    return {name: value for name, value in values.items() if getattr(stored, name) != value}
