# SPDX-License-Identifier: GPL-3.0-or-later
"""Long text as several short paragraphs, and long table rows as several rows.

reportlab wraps a paragraph again from its first word every time a page (or, in a
table, a row) splits it, so one paragraph of n characters over many pages costs n²:
an 80,000-character note took 5 s per 100 kB, and a 5,000-letter word in every field
twice the time of ordinary text. Cut into paragraphs
that read as one (no space between them, no indent after the first), each at most half
a page tall, and with long table cells spread over continuation rows, the cost grows
with the text, not its square. A word longer than a piece is cut where the piece ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

#: The most a piece may fill, in points: half a page, so a table row of pieces always
#: fits on a page (glyphs up to 1 em wide assumed; a wider one still splits the row).
HALF_PAGE = 340.0
_SPACES = " \t\n\u00a0"
Span = tuple[int, int]


def pieces(flowable: Flowable, width: float) -> list[Flowable]:
    """A paragraph ``width`` points wide cut into paragraphs at most half a page tall
    (its class; its bookmark on the first); any other flowable, or a short one, alone."""
    if not isinstance(flowable, Paragraph):
        return [flowable]
    groups = _groups(flowable.frags, *_budget(flowable.style, width))
    if len(groups) < 2:
        return [flowable]
    last = len(groups) - 1
    made: list[Flowable] = [
        type(flowable)("", _piece_style(flowable.style, index == 0, index == last),
                       bulletText=flowable.bulletText if index == 0 else None, frags=frags)
        for index, frags in enumerate(groups)]
    entry = getattr(flowable, "outline_entry", None)
    if entry is not None:
        made[0].outline_entry = entry  # type: ignore[attr-defined]
    return made


def all_pieces(story: Sequence[Flowable], width: float) -> list[Flowable]:
    return [piece for flowable in story for piece in pieces(flowable, width)]


def spread_rows(rows: Sequence[Sequence[Flowable]],
                widths: Sequence[float]) -> tuple[list[list[Any]], list[Span]]:
    """Rows whose long paragraphs continue on rows below, and where each input row went:
    (first, last) row index per input row. A continuation row is empty where its
    input row's cell had no more pieces."""
    spread: list[list[Any]] = []
    spans: list[Span] = []
    for row in rows:
        cells = [pieces(cell, width) for cell, width in zip(row, widths, strict=True)]
        height = max((len(cell) for cell in cells), default=1)
        first = len(spread)
        spread += [[cell[line] if line < len(cell) else "" for cell in cells]
                   for line in range(height)]
        spans.append((first, len(spread) - 1))
    return spread, spans


def continuation_padding(spans: Sequence[Span], offset: int = 0) -> list[tuple]:
    """Table style commands that join continuation rows to the row above them.

    Never zero padding above and below one row: reportlab then splits a row into an
    empty head of no height, again and again, without end.
    """
    commands: list[tuple] = []
    for first, last in spans:
        for row in range(first + offset + 1, last + offset + 1):
            commands += [("TOPPADDING", (0, row), (-1, row), 1),
                         ("BOTTOMPADDING", (0, row - 1), (-1, row - 1), 0)]
    return commands


def _budget(style: ParagraphStyle, width: float) -> tuple[int, int]:
    """Characters per piece, and what a forced line break costs of them."""
    per_line = max(1, int(width / style.fontSize))
    lines = max(2, int(HALF_PAGE / style.leading))
    return per_line * lines, per_line


def _groups(frags: list[Any], limit: int, line_cost: int) -> list[list[Any]]:
    """The fragments (runs of one font and colour) regrouped into at most ``limit``
    characters each, cutting a fragment's text at a space where one is near; a forced
    line break counts as a full line."""
    groups: list[list[Any]] = [[]]
    room = limit
    for frag in frags:
        if getattr(frag, "lineBreak", False):
            if room < line_cost:
                groups.append([])
                room = limit
            groups[-1].append(frag)
            room -= line_cost
            continue
        text = getattr(frag, "text", "")
        while len(text) > room:
            cut = _cut(text, room, fresh=room == limit)
            if cut:
                groups[-1].append(frag.clone(text=text[:cut]))
            groups.append([])
            text, room = text[cut:].lstrip(_SPACES), limit
        groups[-1].append(frag.clone(text=text))
        room -= len(text)
    return [group for group in groups if any(getattr(f, "text", "") for f in group)] or [frags]


def _cut(text: str, room: int, *, fresh: bool) -> int:
    """Where to end a piece inside ``text``: at the last space that fits, else (a piece
    that is still empty) inside the long word, else before ``text``."""
    space = max(text.rfind(ch, 0, room + 1) for ch in _SPACES)
    if space > 0:
        return space
    return room if fresh else 0


@lru_cache(maxsize=128)
def _piece_style(style: ParagraphStyle, first: bool, last: bool) -> ParagraphStyle:
    """The style of one piece: the space before only on the first, after only on the last,
    and a first-line indent (a hanging reference number) only on the first."""
    if first and last:
        return style
    return ParagraphStyle(f"{style.name}-{int(first)}{int(last)}", parent=style,
                          spaceBefore=style.spaceBefore if first else 0,
                          firstLineIndent=style.firstLineIndent if first else 0,
                          spaceAfter=style.spaceAfter if last else 0)
