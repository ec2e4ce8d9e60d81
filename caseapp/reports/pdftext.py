# SPDX-License-Identifier: GPL-3.0-or-later
"""Text blocks written straight into the page as PDF text operators (issue 11: fast brief).

reportlab's text object re-encodes every string into its font's subset codes, escapes
it, formats the font, size and colour operators, and keeps cursor arithmetic a
TextBlock does not need, for every piece of every line: in a 1,000-person brief that was
a sixth of the time. A TextBlock knows its lines, pieces, fonts and colours already, so
``write_lines`` writes the operators itself (the same ones reportlab writes: ``Tm`` to
place a line, ``Tf`` when the font subset or size changes, ``rg`` when the colour
changes, ``Tj`` to show text), with each string's encoded form kept per document and
each colour's operator kept once.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary, ref

from reportlab.lib.colors import toColor
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas

if TYPE_CHECKING:
    from caseapp.reports.textblock import Line

Shown = dict[tuple[str, str], tuple[tuple[str, str], ...]]
#: Per document: (text, font name) -> ((subset font name, escaped text), ...).
_SHOWN: WeakKeyDictionary[Any, Shown] = WeakKeyDictionary()
#: The document written to last and its strings: a page writes many blocks in a row.
_last: tuple[Any, Shown] = (lambda: None, {})


def write_lines(canvas: Canvas, lines: Iterable[Line], starts: tuple[float, float],
                top: float, leading: float) -> None:
    """Write ``lines`` as one text object on ``canvas``: the first baseline at ``top``,
    each next one ``leading`` lower; the first line starts at ``starts[0]``, the others
    at ``starts[1]``."""
    doc = canvas._doc  # type: ignore[attr-defined]  # the PDF document being written
    shown = _shown_in(doc)
    code = ["BT"]
    font, color = ("", 0.0), ""
    x, y = starts[0], top
    for pieces, _width in lines:
        code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        x, y = starts[1], y - leading
        for piece, run, _piece_width in pieces:
            run_color = run.href_color or run.color
            if run_color != color:
                color = run_color
                code.append(fill_operator(color))
            for subset, text in _encoded(shown, piece, run.font, doc):
                if (subset, run.size) != font:
                    font = (subset, run.size)
                    code.append(f"{subset} {fp_str(run.size)} Tf")
                code.append(f"({text}) Tj")
    code.append("ET")
    canvas._code.append(" ".join(code))  # type: ignore[attr-defined]  # the page's operators


def _shown_in(doc: Any) -> Shown:
    """The strings already encoded for ``doc`` (looked up once per run of blocks)."""
    global _last
    last_doc, shown = _last
    if last_doc() is not doc:
        shown = _SHOWN.setdefault(doc, {})
        _last = (ref(doc), shown)
    return shown


def _encoded(shown: Shown, text: str, font_name: str, doc: Any) -> tuple[tuple[str, str], ...]:
    """``text`` in ``font_name``'s subsets of ``doc``: (subset font name, escaped codes)."""
    key = (text, font_name)
    found = shown.get(key)
    if found is None:
        font = getFont(font_name)
        found = shown[key] = tuple(
            (font.getSubsetInternalName(subset, doc), escapePDF(codes))  # type: ignore[attr-defined]
            for subset, codes in font.splitString(text, doc))  # type: ignore[attr-defined]
    return found


@lru_cache(maxsize=256)
def fill_operator(color: str) -> str:
    """The PDF operator setting the fill colour ``color`` ("#2B4C7E" -> "... rg")."""
    value = toColor(color)
    return f"{fp_str(value.red, value.green, value.blue)} rg"
