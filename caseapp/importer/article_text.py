# SPDX-License-Identifier: GPL-3.0-or-later
"""Bytes of a pasted or opened article → the plain text extraction works on.

Pure: the caller reads the file. Refuses what is not text (binary files) or too large,
with a message naming the source; HTML is reduced to its visible text.
"""

from __future__ import annotations

from caseapp.domain.errors import Invalid
from caseapp.i18n import _
from caseapp.importer.htmltext import looks_like_html, strip_html

MAX_BYTES = 20 * 1024 * 1024


def article_text(raw: bytes, name: str) -> str:
    """Decode ``raw`` (UTF-8, BOM allowed; invalid bytes replaced) and strip HTML."""
    if len(raw) > MAX_BYTES:
        raise Invalid(_("{name}: the article is larger than 20 MB").format(name=name))
    if b"\x00" in raw[:4096]:
        raise Invalid(_("{name}: the file is not text").format(name=name))
    text = raw.decode("utf-8-sig", errors="replace")
    is_html = name.lower().endswith((".html", ".htm")) or looks_like_html(text)
    return strip_html(text) if is_html else text
