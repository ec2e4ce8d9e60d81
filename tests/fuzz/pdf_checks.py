# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks on a written PDF: every font embedded, no word outside the text area.

Fonts are read with pypdf (each font's descriptor must carry the font program,
/FontFile, /FontFile2 or /FontFile3), and, where poppler-utils is installed, also
with ``pdffonts`` (its "emb" column); word boxes come from ``pdftotext -bbox``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib.units import mm

_FONT_PROGRAMS = ("/FontFile", "/FontFile2", "/FontFile3")
#: The report page's text area (A4, 20 mm margins left and right), with half a point
#: of tolerance for rounding.
TEXT_LEFT, TEXT_RIGHT = 20 * mm - 0.5, 210 * mm - 20 * mm + 0.5
#: The footer sits in the bottom margin; its page total may reach past the right edge.
BODY_BOTTOM = 297 * mm - 24 * mm
#: The body's bottom and top measured from the bottom of the page (PDF coordinates).
BODY_BOTTOM_UP, BODY_TOP_UP = 24 * mm - 1, 297 * mm - 20 * mm + 1
_WORD = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)"[^>]*>([^<]*)</word>')


def unembedded_fonts(path: Path) -> list[str]:
    """Base names of the fonts that pypdf finds without their font program."""
    fonts: dict[str, Any] = {}
    seen: set[int] = set()
    for page in PdfReader(str(path)).pages:
        _collect(page.get("/Resources"), fonts, seen)
        for annotation in page.get("/Annots") or []:
            appearance = annotation.get_object().get("/AP") or {}
            for stream in appearance.values():
                _collect(stream.get_object().get("/Resources"), fonts, seen)
    return sorted(name for name, font in fonts.items() if not _embedded(font))


def font_names(path: Path) -> list[str]:
    """Every font the PDF names (pypdf)."""
    fonts: dict[str, Any] = {}
    seen: set[int] = set()
    for page in PdfReader(str(path)).pages:
        _collect(page.get("/Resources"), fonts, seen)
    return sorted(fonts)


def _collect(resources: Any, fonts: dict[str, Any], seen: set[int]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for reference in (resources.get("/Font") or {}).values():
        font = reference.get_object()
        fonts[str(font.get("/BaseFont"))] = font
    for reference in (resources.get("/XObject") or {}).values():
        xobject = reference.get_object()
        if id(xobject) not in seen:
            seen.add(id(xobject))
            _collect(xobject.get("/Resources"), fonts, seen)


def _embedded(font: Any) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True  # its glyphs are drawn by content streams inside the font itself
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(key in descriptor.get_object()
                                          for key in _FONT_PROGRAMS)


def pdffonts_unembedded(path: Path) -> list[str] | None:
    """Fonts ``pdffonts`` lists with "no" in its emb column; None without poppler-utils."""
    if shutil.which("pdffonts") is None:
        return None
    output = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                            errors="replace", check=True).stdout
    rows = [line.split() for line in output.splitlines()[2:] if line.strip()]
    # name, type (may hold spaces), encoding, emb, sub, uni, object number, generation
    return [row[0] for row in rows if row[-5] != "yes"]


def words_outside_text_area(path: Path) -> list[str] | None:
    """Words above the footer that ``pdftotext -bbox`` places left or right of the text
    area (a word that did not wrap); None without poppler-utils."""
    if shutil.which("pdftotext") is None:
        return None
    # poppler writes a glyph it maps to a lone surrogate as invalid UTF-8: replaced here
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                          text=True, errors="replace", check=True).stdout
    return [text[:40] for left, top, right, text in _WORD.findall(html)
            if float(top) < BODY_BOTTOM and (float(left) < TEXT_LEFT or float(right) > TEXT_RIGHT)]


def body_text(path: Path) -> str:
    """The text drawn inside the page body (between the margins of the page template),
    without the running header and the footer."""
    parts: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        y = tm[5] * cm[3] + cm[5]
        if BODY_BOTTOM_UP <= y <= BODY_TOP_UP:
            parts.append(text)
    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return "".join(parts)
