# SPDX-License-Identifier: GPL-3.0-or-later
"""Fonts, colours and paragraph styles of every report, and nothing else.

The fonts ship in resources/fonts (DejaVu: Latin and Cyrillic with all Kazakh
letters); reportlab's Helvetica default would print Cyrillic as boxes. The body is
a serif for reading, headings and tables a condensed sans to fit dense columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TypedDict, Unpack

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from caseapp.paths import resource_path
from caseapp.reports.fonts import ReportFont

SERIF = "CaseSerif"
SANS = "CaseSans"
_FONT_FILES = {
    SERIF: "DejaVuSerif.ttf",
    f"{SERIF}-Bold": "DejaVuSerif-Bold.ttf",
    f"{SERIF}-Italic": "DejaVuSerif-Italic.ttf",
    f"{SERIF}-BoldItalic": "DejaVuSerif-BoldItalic.ttf",
    SANS: "DejaVuSansCondensed.ttf",
    f"{SANS}-Bold": "DejaVuSansCondensed-Bold.ttf",
}

INK = colors.HexColor("#1B1F24")
ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#5B6573")
RULE = colors.HexColor("#AEB8C4")
HEAD_FILL = colors.HexColor("#E4EAF1")
ZEBRA_FILL = colors.HexColor("#F6F8FA")
UPCOMING_FILL = colors.HexColor("#FFF1C9")
UPCOMING_INK = colors.HexColor("#8A5A00")
WARNING_INK = colors.HexColor("#9B2C2C")


def register_fonts() -> None:
    """Register the report fonts once per process (reportlab's registry is global)."""
    if SERIF in pdfmetrics.getRegisteredFontNames():
        return
    for name, filename in _FONT_FILES.items():
        pdfmetrics.registerFont(ReportFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=f"{SERIF}-Bold",
                                  italic=f"{SERIF}-Italic", boldItalic=f"{SERIF}-BoldItalic")
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=f"{SANS}-Bold",
                                  italic=SANS, boldItalic=f"{SANS}-Bold")


@dataclass(frozen=True)
class Styles:
    """The named paragraph styles reports use; see stylesheet()."""

    body: ParagraphStyle
    small: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    reference: ParagraphStyle
    badge: ParagraphStyle
    cover_title: ParagraphStyle
    letter: ParagraphStyle
    address: ParagraphStyle


class _Spacing(TypedDict, total=False):
    """The ParagraphStyle settings the styles below use besides font, size and colour."""

    spaceBefore: float
    spaceAfter: float
    leftIndent: float
    firstLineIndent: float
    keepWithNext: int


def _style(name: str, font: str, size: float, leading: float, *, textColor: Color = INK,
           **extra: Unpack[_Spacing]) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading,
                          textColor=textColor, splitLongWords=1, bulletFontName=SANS, **extra)


@lru_cache(maxsize=1)
def stylesheet() -> Styles:
    """Build the styles (after registering the fonts they name)."""
    register_fonts()
    return Styles(
        body=_style("body", SERIF, 9.5, 13.2, spaceAfter=4),
        small=_style("small", SERIF, 8, 10.5, textColor=MUTED),
        kicker=_style("kicker", f"{SANS}-Bold", 8.5, 11, textColor=MUTED, spaceAfter=2),
        title=_style("title", f"{SANS}-Bold", 20, 24, textColor=ACCENT, spaceAfter=2),
        subtitle=_style("subtitle", f"{SERIF}-Italic", 10, 13, textColor=MUTED, spaceAfter=2),
        h1=_style("h1", f"{SANS}-Bold", 12.5, 15, textColor=ACCENT, spaceBefore=12,
                  spaceAfter=5, keepWithNext=1),
        h2=_style("h2", f"{SANS}-Bold", 10.5, 13, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        cell=_style("cell", SANS, 8.5, 10.4),
        cell_head=_style("cell_head", f"{SANS}-Bold", 8, 10, textColor=ACCENT),
        label=_style("label", f"{SANS}-Bold", 8.5, 13.2, textColor=MUTED),
        reference=_style("reference", SERIF, 8.5, 11, leftIndent=18, firstLineIndent=-18,
                         spaceAfter=3),
        badge=_style("badge", f"{SANS}-Bold", 9, 11, textColor=colors.white),
        cover_title=_style("cover_title", f"{SANS}-Bold", 28, 33, textColor=ACCENT,
                           spaceAfter=8),
        letter=_style("letter", SERIF, 11, 15.5, spaceAfter=8),
        address=_style("address", SERIF, 10.5, 14, leftIndent=80 * mm, spaceAfter=0),
    )
