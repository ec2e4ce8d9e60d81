# SPDX-License-Identifier: GPL-3.0-or-later
"""Turning user text into safe reportlab paragraph markup.

Every string a volunteer typed or an import brought in passes through ``esc``
before it reaches a Paragraph: reportlab parses ``<``, ``>`` and ``&`` as markup,
and a stray ``<b`` would abort the whole report.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

#: Control characters, and the soft hyphen: at a soft hyphen in a paragraph of several
#: fonts (a bold label before a note) reportlab 4 breaks the line up to a hyphen's width
#: past the margin; without it, a long word is still cut to fit.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\xad]")
CITE_COLOUR = "#1F3A5F"
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


#: A word that may draw nothing: it starts with neither a letter, a digit nor a space.
_ODD_WORD = re.compile(r"(?<!\S)[^\w\s]\S*")
#: Combining marks and format characters (joiners, direction marks …): no width.
_INVISIBLE = frozenset({"Mn", "Me", "Cf"})


def esc(text: object) -> str:
    """Escaped markup for any value; newlines become line breaks; controls, soft hyphens
    and words that draw nothing vanish."""
    if text is None:
        return ""
    cleaned = _CONTROL.sub("", str(text)).replace("\r\n", "\n")
    cleaned = _ODD_WORD.sub(_drop_invisible_word, cleaned).strip()
    return escape(cleaned).replace("\n", "<br/>")


def _drop_invisible_word(match: re.Match[str]) -> str:
    """reportlab counts no space before a word of no width, yet draws one, so a line
    holding one (a lone word joiner or combining mark between spaces) overran the
    margin by a space when a long word after it was cut to fit."""
    word = match.group()
    return "" if all(unicodedata.category(ch) in _INVISIBLE for ch in word) else word


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
