# SPDX-License-Identifier: GPL-3.0-or-later
"""The reports' data tables, drawn directly: a head row, body rows, fills and rules.

A reportlab Table applies its style commands, measures every cell and computes its
geometry again each time it is wrapped, split or drawn; for the two small tables of each
person in a 1,000-person brief that was a tenth of the whole time. A Grid knows the one
look the reports use (a head row with a tinted fill between two accent rules, repeated
on every page; body rows with their own fill and a thin rule below; cells aligned at
the top), measures each row once, splits between rows, and splits a row taller than
the room left between the lines of its cells (the rest continues on the next page,
under the head row again).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, Spacer

from caseapp.reports.boxes import Padding
from caseapp.reports.textblock import TextBlock

#: Height given to a cell when it is measured: more than any page.
_UNBOUNDED = 1e9


@dataclass(frozen=True)
class GridLook:
    """Fills, rules and cell padding of a Grid."""

    padding: Padding
    head_fill: Color
    head_rule: Color
    row_rule: Color
    head_rule_width: float = 0.8
    row_rule_width: float = 0.25


@dataclass(frozen=True)
class Row:
    """Cells of one row, its fill (None: none), and whether it goes on below (no rule)."""

    cells: tuple[Flowable, ...]
    fill: Color | None = None
    continued: bool = False


class Grid(Flowable):
    """``head`` and ``rows`` in columns ``widths`` points wide (``look`` draws them)."""

    def __init__(self, head: Row, rows: Sequence[Row], widths: Sequence[float],
                 look: GridLook) -> None:
        super().__init__()
        self.head, self.rows, self.widths, self.look = head, tuple(rows), tuple(widths), look
        self.hAlign = "LEFT"
        self._heights: list[float] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        heights = self._measured()
        self.width, self.height = sum(self.widths), sum(heights)
        return self.width, self.height

    def _measured(self) -> list[float]:
        """The head's height, then each body row's (measured once)."""
        if self._heights is None:
            self._heights = [self._row_height(row) for row in (self.head, *self.rows)]
        return self._heights

    def _row_height(self, row: Row) -> float:
        pad = self.look.padding
        inner = [cell.wrap(width - pad.left - pad.right, _UNBOUNDED)[1]
                 for cell, width in zip(row.cells, self.widths, strict=True)]
        return max(inner, default=0.0) + pad.top + pad.bottom

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        heights = self._measured()
        room = availHeight - heights[0]
        count, used = 0, 0.0
        while count < len(self.rows) and used + heights[count + 1] <= room:
            used += heights[count + 1]
            count += 1
        if count == len(self.rows):
            return [self]
        if count:
            return [self._part(self.rows[:count]), self._part(self.rows[count:])]
        halves = self._split_row(self.rows[0], room)
        if halves is None:
            return []
        return [self._part([halves[0]]), self._part([halves[1], *self.rows[1:]])]

    def _part(self, rows: Sequence[Row]) -> Grid:
        return Grid(self.head, rows, self.widths, self.look)

    def _split_row(self, row: Row, room: float) -> tuple[Row, Row] | None:
        """The lines of ``row`` that fit in ``room`` and the rest; None when none fit."""
        pad = self.look.padding
        inner = room - pad.top - pad.bottom
        if inner <= 0:
            return None
        heads, tails = [], []
        for cell, width in zip(row.cells, self.widths, strict=True):
            parts = cell.split(width - pad.left - pad.right, inner)
            head, tail = _halves(cell, parts)
            heads.append(head)
            tails.append(tail)
        if all(isinstance(head, Spacer) for head in heads):
            return None
        return (Row(tuple(heads), row.fill, continued=True), Row(tuple(tails), row.fill,
                                                                row.continued))

    def draw(self) -> None:
        heights = self._measured()
        top = self.height
        for index, row in enumerate((self.head, *self.rows)):
            top -= heights[index]
            self._draw_row(row, top, heights[index], is_head=index == 0)

    def _draw_row(self, row: Row, bottom: float, height: float, *, is_head: bool) -> None:
        canvas, look = self.canv, self.look
        fill = look.head_fill if is_head else row.fill
        canvas.saveState()
        if fill is not None:
            canvas.setFillColor(fill)
            canvas.rect(0, bottom, self.width, height, stroke=0, fill=1)
        if is_head:
            self._rule(look.head_rule, look.head_rule_width, bottom + height)
            self._rule(look.head_rule, look.head_rule_width, bottom)
        elif not row.continued:
            self._rule(look.row_rule, look.row_rule_width, bottom)
        canvas.restoreState()
        left = 0.0
        for cell, width in zip(row.cells, self.widths, strict=True):
            x, y = left + look.padding.left, bottom + height - look.padding.top - cell.height
            if isinstance(cell, TextBlock):
                cell.draw_at(canvas, x, y)
            else:
                cell.drawOn(canvas, x, y)
            left += width

    def _rule(self, color: Color, width: float, y: float) -> None:
        self.canv.setStrokeColor(color)
        self.canv.setLineWidth(width)
        self.canv.line(0, y, self.width, y)


def _halves(cell: Flowable, parts: list[Flowable]) -> tuple[Flowable, Flowable]:
    """What of a split cell stays on this page and what goes on (an empty part a Spacer)."""
    if not parts:
        return Spacer(0, 0), cell
    if len(parts) == 1:
        return parts[0], Spacer(0, 0)
    return parts[0], parts[1]
