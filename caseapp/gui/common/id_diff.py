# SPDX-License-Identifier: GPL-3.0-or-later
"""Turns "old ids, new ids" into row removals or insertions a view can follow.

Re-running a list query after a delete or an undo gives a new id list. When it is the
old one minus (or plus) a few rows, telling the view exactly which rows went keeps
its scroll position and selection; anything else is a model reset.
"""

from __future__ import annotations

from collections.abc import Sequence

MAX_RANGES = 64


def missing_ranges(longer: Sequence[int], shorter: Sequence[int]) -> list[tuple[int, int]] | None:
    """Index ranges (first, last) of ``longer`` absent from ``shorter``, in order.

    None when ``shorter`` is not ``longer`` with some items left out (same order), or
    when the difference is too scattered to be worth row-by-row signals.
    """
    ranges: list[tuple[int, int]] = []
    i = j = 0
    while i < len(longer):
        if j < len(shorter) and longer[i] == shorter[j]:
            i, j = i + 1, j + 1
            continue
        start = i
        while i < len(longer) and (j >= len(shorter) or longer[i] != shorter[j]):
            i += 1
        ranges.append((start, i - 1))
        if len(ranges) > MAX_RANGES:
            return None
    return ranges if j == len(shorter) else None
