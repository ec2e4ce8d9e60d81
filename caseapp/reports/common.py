# SPDX-License-Identifier: GPL-3.0-or-later
"""Pieces the three reports share: context set-up, title lines, status badges, photos."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph

from caseapp.reports.blocks import Context, badge
from caseapp.reports.data import ReportOptions
from caseapp.reports.labels import Labels
from caseapp.reports.markup import esc
from caseapp.reports.styles import ACCENT, MUTED, WARNING_INK, stylesheet

TEXT_WIDTH = A4[0] - 40 * mm
_STATUS_FILL = {
    "detained": WARNING_INK, "sentenced": WARNING_INK, "house_arrest": HexColor("#A85A12"),
    "released": HexColor("#2F6B3A"), "at_large": HexColor("#2F6B3A"), "in_exile": ACCENT,
    "deceased": HexColor("#202020"),
}
Progress = Callable[[float, str], None]


def make_context(options: ReportOptions) -> Context:
    """The context of a report in ``options.language``, at the top of its outline."""
    return Context(labels=Labels(options.language), styles=stylesheet(), options=options,
                   width=TEXT_WIDTH)


def author(options: ReportOptions) -> str:
    """Metadata author: the organisation, or the operator when there is none (not public)."""
    if options.organisation:
        return options.organisation
    return "" if options.public else options.operator


def kicker(ctx: Context, report_name: str) -> Paragraph:
    """The small line above a title: ORGANISATION · REPORT NAME."""
    parts = [ctx.options.organisation, report_name]
    text = "  ·  ".join(p for p in parts if p).upper()
    return Paragraph(esc(text), ctx.styles.kicker)


def status_badge(status: str, ctx: Context) -> Flowable:
    fill: Color = _STATUS_FILL.get(status, MUTED)
    return badge(ctx.labels.enum("status", status), ctx, fill)


def photo(data: bytes | None, width: float = 30 * mm, height: float = 40 * mm) -> Image | None:
    """The picture scaled into width × height, or None when absent or unreadable. It is
    read from memory: no copy of an encrypted database's photo is written to disk."""
    if not data:
        return None
    try:
        pixels_w, pixels_h = ImageReader(BytesIO(data)).getSize()
    except (OSError, ValueError):
        return None
    scale = min(width / pixels_w, height / pixels_h)
    return Image(BytesIO(data), width=pixels_w * scale, height=pixels_h * scale,
                 hAlign="RIGHT")


def report_progress(progress: Progress | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(fraction, message)
