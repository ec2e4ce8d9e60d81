# SPDX-License-Identifier: GPL-3.0-or-later
"""Turning user text into safe reportlab paragraph markup.

Every string a volunteer typed or an import brought in passes through ``esc``
before it reaches a Paragraph: reportlab parses ``<``, ``>`` and ``&`` as markup,
and a stray ``<b`` would abort the whole report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
CITE_COLOUR = "#1F3A5F"
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def esc(text: object) -> str:
    """Escaped markup for any value; newlines become line breaks, controls vanish."""
    if text is None:
        return ""
    cleaned = _CONTROL.sub("", str(text)).replace("\r\n", "\n").strip()
    return escape(cleaned).replace("\n", "<br/>")


def join(parts: Iterable[str], separator: str = ", ") -> str:
    """Escape and join the non-empty parts."""
    return separator.join(esc(p) for p in parts if p)


def bold(markup: str) -> str:
    return f"<b>{markup}</b>" if markup else ""


def italic(markup: str) -> str:
    return f"<i>{markup}</i>" if markup else ""


def cite(indexes: Sequence[int], count: int) -> str:
    """' [1, 3]' for 0-based source indexes that exist; '' when none do."""
    numbers = sorted({i + 1 for i in indexes if 0 <= i < count})
    if not numbers:
        return ""
    text = ", ".join(str(n) for n in numbers)
    return f' <font size="7" color="{CITE_COLOUR}">[{text}]</font>'


def link(markup: str, key: str) -> str:
    """Markup that jumps to the bookmark ``key`` when clicked."""
    return f'<a href="#{key}">{markup}</a>'


def url(text: str) -> str:
    """A clickable http(s)/mailto URL (other schemes stay plain text); the visible text is
    escaped and may wrap anywhere."""
    if not text:
        return ""
    if not text.strip().lower().startswith(_SAFE_SCHEMES):
        return esc(text)
    target = escape(_CONTROL.sub("", text.strip()), {'"': "&quot;"})
    return f'<a href="{target}" color="{CITE_COLOUR}">{esc(text)}</a>'
