# SPDX-License-Identifier: GPL-3.0-or-later
"""A tinted box around one flowable, and the coloured status badge, drawn directly.

Both were one-cell reportlab Tables; a table computes its whole style and geometry
(several times when it meets a page end) for what is a rectangle, a line and its
content. A Box splits where its content splits, its padding on the outer edges only.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable


@dataclass(frozen=True)
class Padding:
    top: float
    right: float
    bottom: float
    left: float


class Box(Flowable):
    """``content`` on a ``fill`` background with a ``bar`` line down its left edge.

    ``width`` is the box's own width (None: as wide as the frame allows).
    """

    def __init__(self, content: Flowable, *, fill: Color, bar: Color | None = None,
                 bar_width: float = 2.5, padding: Padding, width: float | None = None) -> None:
        super().__init__()
        self.content, self.fill, self.bar, self.bar_width = content, fill, bar, bar_width
        self.padding, self.fixed_width = padding, width
        self.hAlign = "LEFT"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        pad = self.padding
        self.width = min(self.fixed_width or availWidth, availWidth)
        inner = availHeight - pad.top - pad.bottom
        _width, height = self.content.wrap(self._inner_width(), inner)
        self.height = height + pad.top + pad.bottom
        return self.width, self.height

    def _inner_width(self) -> float:
        return self.width - self.padding.left - self.padding.right

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        pad = self.padding
        parts = self.content.split(self._inner_width(), availHeight - pad.top)
        if len(parts) < 2:
            return []
        head = self._part(parts[0], replace(pad, bottom=0))
        tail = self._part(parts[1], replace(pad, top=0))
        return [head, tail]

    def _part(self, content: Flowable, padding: Padding) -> Box:
        return Box(content, fill=self.fill, bar=self.bar, bar_width=self.bar_width,
                   padding=padding, width=self.fixed_width)

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.fill)
        canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if self.bar is not None:
            canvas.setStrokeColor(self.bar)
            canvas.setLineWidth(self.bar_width)
            canvas.line(0, 0, 0, self.height)
        canvas.restoreState()
        self.content.drawOn(canvas, self.padding.left, self.padding.bottom)
