# SPDX-License-Identifier: GPL-3.0-or-later
"""The TrueType font class of the reports: reportlab's, remembering what it measured.

A report measures the same words and encodes the same strings into the font's subset
codes thousands of times (every status, date, header and court name of a 1,000-person
brief). ReportFont answers the repeats from a cache: widths per text and size (bounded),
and the encoded form of each text per document being written (the codes a document
assigns to a letter never change once assigned, and the cache goes with the document).
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase.ttfonts import TTFont

#: At most this many widths are kept per font (a brief of 1,000 persons needs ~20,000).
WIDTHS_KEPT = 100_000


class ReportFont(TTFont):
    """A TTFont with a width cache and a per-document cache of encoded strings."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self._widths: dict[tuple[str, float], float] = {}
        self._encoded: WeakKeyDictionary[Any, dict[str, list]] = WeakKeyDictionary()

    def stringWidth(self, text: str, size: float, encoding: str = "utf8") -> float:
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) >= WIDTHS_KEPT:
                self._widths.clear()
            width = self._widths[key] = super().stringWidth(text, size, encoding)
        return width

    def splitString(self, text: str, doc: Any, encoding: str = "utf-8") -> list:
        encoded = self._encoded.setdefault(doc, {})
        found = encoded.get(text)
        if found is None:
            found = encoded[text] = super().splitString(text, doc, encoding)
        return found
