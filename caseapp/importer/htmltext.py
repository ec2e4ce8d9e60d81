# SPDX-License-Identifier: GPL-3.0-or-later
"""HTML pasted from a browser → plain text: tags dropped, entities decoded, blocks on lines.

Extraction then runs on the returned text, so offsets refer to it, not to the HTML.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = frozenset("p div br li h1 h2 h3 h4 h5 h6 tr title section article blockquote "
                    "header footer ul ol table".split())
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav", "aside",
                   "footer", "form", "button", "iframe", "select"})
_LOOKS_LIKE_HTML = re.compile(r"<(?:html|body|p|div|br|span|a|h\d|li|article)\b", re.IGNORECASE)


class _TextCollector(HTMLParser):
    """Collects text outside script/style, with a newline at each block boundary."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(_LOOKS_LIKE_HTML.search(text[:5000]))


def strip_html(text: str) -> str:
    """Plain text of an HTML fragment or page; paragraphs become lines."""
    collector = _TextCollector()
    collector.feed(text)
    collector.close()
    joined = "".join(collector.parts).replace("\xa0", " ")
    lines = (" ".join(line.split()) for line in joined.split("\n"))
    return "\n".join(line for line in lines if line)
