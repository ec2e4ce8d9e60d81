# SPDX-License-Identifier: GPL-3.0-or-later
"""Breaking runs of text into lines of a given width, for reports/textblock.py.

Greedy, as reportlab's Paragraph does it for left-aligned text: words are separated by
spaces, tabs and newlines (runs of them count as one space; a no-break space is part of
its word), a word may be made of several runs (a bold name followed by a citation), a
``<br/>`` ends a line, and a word wider than a whole line is cut where the line ends.
Widths are additive for the TrueType fonts reports use, so a line's width is the sum of
its words and spaces, each measured once (``measure``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from reportlab.pdfbase.pdfmetrics import stringWidth

if TYPE_CHECKING:
    from caseapp.reports.textblock import Line, Run

_WHITESPACE = re.compile(r"([ \t\r\n]+)")
Piece = tuple[str, "Run"]


@lru_cache(maxsize=65536)
def measure(text: str, font: str, size: float) -> float:
    """The width of ``text`` in points, measured once per font and size."""
    return stringWidth(text, font, size)


@lru_cache(maxsize=16384)
def layout(runs: tuple[Run, ...], first_width: float, later_width: float) -> tuple[Line, ...]:
    """The lines of ``runs``: the first at most ``first_width`` wide, the others
    ``later_width``. Equal texts in equal columns are broken once."""
    breaker = _Breaker(first_width, later_width)
    for run in runs:
        if not run.font:
            breaker.end_word()
            breaker.new_line()
            continue
        for token in _WHITESPACE.split(run.text):
            if not token:
                continue
            if token[0] in " \t\r\n":
                breaker.end_word(space=run)
            else:
                breaker.word.append((token, run))
    return breaker.finish()


class _Breaker:
    """The lines made so far, the line being filled and the word being read."""

    def __init__(self, first_width: float, later_width: float) -> None:
        self.widths = (first_width, later_width)
        self.lines: list[Line] = []
        self.pieces: list[tuple[str, Run, float]] = []
        self.filled = 0.0
        self.word: list[Piece] = []
        self.space: Run | None = None

    @property
    def room(self) -> float:
        return self.widths[1 if self.lines else 0] - self.filled

    def end_word(self, space: Run | None = None) -> None:
        """Place the word read so far; remember a space after it (not at a line start)."""
        if self.word:
            self._place(self.word)
            self.word = []
        if space is not None and self.pieces:
            self.space = space

    def new_line(self) -> None:
        self.lines.append((tuple(self.pieces), self.filled))
        self.pieces, self.filled, self.space = [], 0.0, None

    def finish(self) -> tuple[Line, ...]:
        self.end_word()
        if self.pieces:
            self.new_line()
        return tuple(self.lines)

    def _place(self, word: list[Piece]) -> None:
        width = sum(measure(text, run.font, run.size) for text, run in word)
        gap = measure(" ", self.space.font, self.space.size) if self.space else 0.0
        if self.pieces and gap + width > self.room:
            self.new_line()
            gap = 0.0
        if width <= self.room:
            if self.space is not None and self.pieces:
                self._append(" ", self.space, gap)
            for text, run in word:
                self._append(text, run, measure(text, run.font, run.size))
            self.space = None
            return
        self._cut(word)

    def _cut(self, word: list[Piece]) -> None:
        """A word wider than a line: as much as fits on each line, at least a letter."""
        self.space = None
        for text, run in word:
            while text:
                count = _fitting(text, run, self.room)
                if count == 0 and self.pieces:
                    self.new_line()
                    continue
                count = max(count, 1)
                self._append(text[:count], run, stringWidth(text[:count], run.font, run.size))
                text = text[count:]

    def _append(self, text: str, run: Run, width: float) -> None:
        if self.pieces and self.pieces[-1][1] is run:
            before, _run, filled = self.pieces[-1]
            self.pieces[-1] = (before + text, run, filled + width)
        else:
            self.pieces.append((text, run, width))
        self.filled += width


def _fitting(text: str, run: Run, room: float) -> int:
    """How many leading characters of ``text`` fit in ``room`` points (bisection)."""
    fits, too_many = 0, len(text) + 1
    while too_many - fits > 1:
        middle = (fits + too_many) // 2
        if stringWidth(text[:middle], run.font, run.size) <= room:
            fits = middle
        else:
            too_many = middle
    return fits
