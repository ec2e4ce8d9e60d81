# SPDX-License-Identifier: GPL-3.0-or-later
"""Character offsets of the importer (Python code points) as QTextDocument positions.

A QTextDocument counts UTF-16 units, so a character outside the Basic Multilingual
Plane (an emoji) takes two positions; and ``setPlainText`` turns "\\r\\n" into one
paragraph break. Without this mapping every highlight after an emoji or a Windows
line break would be shifted.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

_SHIFTS = re.compile("\r\n|[\U00010000-\U0010ffff]")


class DocumentOffsets:
    """Maps an offset into ``text`` to the matching position in a document showing it."""

    def __init__(self, text: str) -> None:
        starts: list[int] = []
        deltas: list[int] = []
        for match in _SHIFTS.finditer(text):
            starts.append(match.start() + 1)
            deltas.append(-1 if match.group() == "\r\n" else 1)
        self._starts = starts
        self._shift = list(accumulate(deltas))

    def position(self, offset: int) -> int:
        index = bisect_right(self._starts, offset)
        return offset + (self._shift[index - 1] if index else 0)
