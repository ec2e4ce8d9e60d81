# SPDX-License-Identifier: GPL-3.0-or-later
"""Fast paragraphs for the markup the reports write themselves (issue 11: a fast brief).

reportlab's Paragraph parses its markup with an HTML parser for every paragraph, measures
every word again and breaks its lines again each time a frame or a table wraps it. A
1,000-person brief holds some 35,000 paragraphs, and that was most of its 17 seconds.
A TextBlock reads exactly the markup reports/markup.py writes (``<b>``, ``<i>``,
``<br/>``, ``<font size color>``, ``<a href color>``, escaped text): the markup of each
distinct text is read once, each word is measured once per font and size, the lines are
broken once per width, and drawing is one text object. Lines break at spaces only (a
no-break space holds), a word wider than the line is cut where the line ends (as
``splitLongWords``), and a block splits between lines: a long text costs its length.
Any other markup becomes a reportlab Paragraph (``text_block``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from caseapp.reports.linebreak import layout, measure
from caseapp.reports.pdftext import write_lines

_TAG = re.compile(r"<(/?)([a-z]+)((?:\s+[a-z]+=\"[^\"]*\")*)\s*(/?)>")
_ATTRIBUTE = re.compile(r"([a-z]+)=\"([^\"]*)\"")
_SPACES = re.compile(r"[ \t\r\n]+")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#x27;", "'"), ("&amp;", "&"))


class Unsupported(ValueError):
    """Markup a TextBlock does not read; the caller uses a Paragraph instead."""


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text in one font, size and colour; ``href`` when it is a link."""

    text: str
    font: str
    size: float
    color: str
    href: str = ""
    href_color: str = ""


#: One line: its pieces (text, run, width) left to right, and its width in points.
Line = tuple[tuple[tuple[str, Run, float], ...], float]
BREAK = Run("\n", "", 0, "")


def text_block(markup: str, style: ParagraphStyle, bullet: str = "") -> Flowable:
    """A TextBlock of ``markup`` in ``style`` (``bullet`` before its first line, as
    Paragraph's ``bulletText``), or a Paragraph when the markup or the style asks for
    more (a TextBlock sets text flush left, without borders)."""
    if not _plain(style):
        return Paragraph(markup, style, bulletText=bullet or None)
    try:
        return TextBlock(markup, style, bullet=bullet)
    except Unsupported:
        return Paragraph(markup, style, bulletText=bullet or None)


def _plain(style: ParagraphStyle) -> bool:
    """A style a TextBlock draws as Paragraph would: left-aligned, no frame or fill."""
    return (style.alignment == TA_LEFT and not style.backColor and not style.borderWidth
            and style.wordWrap is None)


#: A block kept with what follows is moved to the next page only when it is at most this
#: tall (a heading, not a page of hostile text that could never fit with its reserve).
KEEP_LIMIT = 200.0


class TextBlock(Flowable):
    """Text laid out in lines of ``style``; ``text`` is the markup it was made from.

    ``lines`` is set once wrapped; a part of a split block keeps its lines. A
    ``bullet`` is drawn as Paragraph draws its ``bulletText``, the first line moved
    right of it when the indent leaves too little room. A block
    with ``keep_below`` points (a heading) goes to the next page unless that much room
    is left below it: reportlab's keepWithNext does the same by laying out the heading
    and its next flowable together, which costs a copy of the frame each time.
    """

    keep_below = 0.0
    #: (title, key, level) of the PDF bookmark a heading makes (reports/templates.py).
    outline_entry: tuple[str, str, int] | None = None

    def __init__(self, markup: str, style: ParagraphStyle,
                 lines: tuple[Line, ...] | None = None, *, first: bool = True,
                 last: bool = True, bullet: str = "", linked: bool | None = None) -> None:
        super().__init__()
        self.text, self.style, self.bullet = markup, style, bullet if first else ""
        self.runs = runs_of(markup, style) if lines is None else ()
        self.lines = lines
        #: Whether some text links somewhere (only markup with an ``<a>`` tag does).
        self.linked = "<a " in markup if linked is None else linked
        self._fixed = lines is not None
        self._width = -1.0
        self.spaceBefore = style.spaceBefore if first else 0
        self.spaceAfter = style.spaceAfter if last else 0
        self._first = first

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._fixed and availWidth != self._width:
            self.lines = layout(self.runs, *self._widths(availWidth))
            self._width = availWidth
        self.width, self.height = availWidth, len(self.lines or ()) * self.style.leading
        if self._kept_off(availHeight):
            return self.width, self.height + self.keep_below
        return self.width, self.height

    def _kept_off(self, availHeight: float) -> bool:
        """True when this short block keeps room below itself and too little is left."""
        return (self.keep_below > 0 and 0 < self.height <= KEEP_LIMIT
                and availHeight < self.height + self.keep_below + self.spaceAfter)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """The lines that fit and the rest, broken as last wrapped (a table splits a cell
        at the width of its column, padding included, as Paragraph.split allows)."""
        if self.lines is None:
            self.wrap(availWidth, availHeight)
        if self._kept_off(availHeight):
            return []
        lines = self.lines or ()
        fit = int(availHeight / self.style.leading)  # as Paragraph.split counts them
        if fit >= len(lines):
            return [self]
        if fit < 1 or (fit == 1 and not self.style.allowOrphans):
            return []
        head = TextBlock(self.text, self.style, lines[:fit], first=self._first, last=False,
                         bullet=self.bullet, linked=self.linked)
        head.outline_entry = self.outline_entry  # a split heading keeps its bookmark
        return [head, TextBlock(self.text, self.style, lines[fit:], first=False,
                                linked=self.linked)]

    def minWidth(self) -> float:
        """The widest single word (what a table column needs at least)."""
        return widest_word(self.runs)

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, 0.0)

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """Draw at (``x``, ``y``) without saving, moving and restoring the canvas's state
        around the block as every flowable does (a text object changes no state). A block
        is left-aligned, so the room beside it (``_sW``) moves it nowhere."""
        self.draw_at(canvas, x, y)

    def draw_at(self, canvas: Canvas, left: float, bottom: float) -> None:
        """Draw the wrapped block with its lower left corner at (``left``, ``bottom``),
        leaving the canvas's coordinates alone (a table draws its cells so, without a
        save, translate and restore of the canvas state for each)."""
        lines, style = self.lines or (), self.style
        top = bottom + self.height - style.fontSize
        starts = (left + (self._first_start() if self._first else style.leftIndent),
                  left + style.leftIndent)
        if self.bullet and lines:
            self._draw_bullet(canvas, left, top)
        write_lines(canvas, lines, starts, top, style.leading)
        if self.linked:
            self._draw_links(canvas, starts, top)

    def _draw_links(self, canvas: Canvas, starts: tuple[float, float], top: float) -> None:
        """A link area over each piece of text that links somewhere."""
        for number, (pieces, _width) in enumerate(self.lines or ()):
            x, y = starts[0 if number == 0 else 1], top - number * self.style.leading
            for _piece, run, width in pieces:
                if run.href:
                    _link(canvas, run.href, (x, y - run.size * 0.2, x + width, y + run.size))
                x += width

    def _first_start(self) -> float:
        """How far right of the block's edge its first line starts: after the indent,
        or after the bullet and 0.6 of its size when that reaches further (Paragraph's)."""
        style = self.style
        start = style.leftIndent + style.firstLineIndent
        if self.bullet:
            start = max(start, style.bulletIndent + style.bulletFontSize * 0.6 + measure(
                self.bullet, style.bulletFontName, style.bulletFontSize))
        return start

    def _widths(self, width: float) -> tuple[float, float]:
        """The room for the first line and for the others."""
        later = width - self.style.leftIndent - self.style.rightIndent
        if not self._first:
            return later, later
        return width - self.style.rightIndent - self._first_start(), later

    def _draw_bullet(self, canvas: Canvas, left: float, top: float) -> None:
        style = self.style
        run = _bullet_run(self.bullet, style.bulletFontName, style.bulletFontSize,
                          _hex(getattr(style, "bulletColor", None) or style.textColor))
        y = top + getattr(style, "bulletOffsetY", 0)
        x = left + style.bulletIndent
        write_lines(canvas, [(((self.bullet, run, 0.0),), 0.0)], (x, x), y, 0.0)


def _link(canvas: Canvas, href: str, rect: tuple[float, float, float, float]) -> None:
    if href.startswith("#"):
        canvas.linkRect("", href[1:], rect, relative=1)
    else:
        canvas.linkURL(href, rect, relative=1)


@lru_cache(maxsize=16384)
def widest_word(runs: tuple[Run, ...]) -> float:
    """The width of the widest word of ``runs`` (a word split between runs counts by part)."""
    return max((measure(word, run.font, run.size) for run in runs if run.font
                for word in _SPACES.split(run.text)), default=0.0)


@lru_cache(maxsize=64)
def _bullet_run(text: str, font: str, size: float, color: str) -> Run:
    return Run(text, font, size, color)


@lru_cache(maxsize=8192)
def runs_of(markup: str, style: ParagraphStyle) -> tuple[Run, ...]:
    """The runs ``markup`` stands for in ``style``; Unsupported for markup it does not know."""
    reader = _Reader(style)
    position = 0
    for match in _TAG.finditer(markup):
        reader.add_text(markup[position:match.start()])
        reader.tag(match.group(1) == "/", match.group(2), dict(_ATTRIBUTE.findall(
            match.group(3))), match.group(4) == "/")
        position = match.end()
    reader.add_text(markup[position:])
    return reader.finish()


class _Reader:
    """Turns tags and text into runs, keeping the open tags on a stack."""

    def __init__(self, style: ParagraphStyle) -> None:
        family, bold, italic = ps2tt(style.fontName)
        self.family, self.style = family, style
        self.stack: list[tuple[str, dict[str, object]]] = [
            ("", {"bold": bold, "italic": italic, "size": style.fontSize,
                  "color": _hex(style.textColor), "href": "", "href_color": ""})]
        self.runs: list[Run] = []

    def add_text(self, text: str) -> None:
        if "<" in text or ">" in text:
            raise Unsupported(text)
        if text:
            state = self.stack[-1][1]
            font = tt2ps(self.family, int(state["bold"]), int(state["italic"]))  # type: ignore[call-overload]
            self.runs.append(Run(_unescape(text), font, float(state["size"]),  # type: ignore[arg-type]
                                 str(state["color"]), str(state["href"]),
                                 str(state["href_color"])))

    def tag(self, closing: bool, name: str, attributes: dict[str, str], empty: bool) -> None:
        if name == "br" and empty and not attributes:
            self.runs.append(BREAK)
        elif closing:
            if len(self.stack) < 2 or self.stack[-1][0] != name:
                raise Unsupported(name)
            self.stack.pop()
        elif empty:
            raise Unsupported(name)
        else:
            self.stack.append((name, self._opened(name, attributes)))

    def _opened(self, name: str, attributes: dict[str, str]) -> dict[str, object]:
        state = dict(self.stack[-1][1])
        if name in ("b", "i") and not attributes:
            state["bold" if name == "b" else "italic"] = 1
        elif name == "font" and set(attributes) <= {"size", "color"}:
            state["size"] = float(attributes.get("size", state["size"]))  # type: ignore[arg-type]
            state["color"] = attributes.get("color", state["color"])
        elif name == "a" and set(attributes) <= {"href", "color"} and "href" in attributes:
            state["href"] = _unescape(attributes["href"])
            state["href_color"] = attributes.get("color", "")
        else:
            raise Unsupported(name)
        return state

    def finish(self) -> tuple[Run, ...]:
        if len(self.stack) != 1:
            raise Unsupported("unclosed tag")
        return tuple(self.runs)


def _hex(color: Color) -> str:
    return "#" + color.hexval()[2:]


def _unescape(text: str) -> str:
    for entity, character in _ENTITIES:
        text = text.replace(entity, character)
    return text
