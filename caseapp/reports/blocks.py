# SPDX-License-Identifier: GPL-3.0-or-later
"""Building blocks every report is made of: headings with bookmarks, tables, boxes.

Callers pass markup that is already escaped (see reports/markup.py); column
widths are fractions of the text width so the same code fits any page.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from caseapp.reports.data import ReportOptions
from caseapp.reports.labels import Labels
from caseapp.reports.markup import esc
from caseapp.reports.pieces import Span, continuation_padding, spread_rows
from caseapp.reports.styles import (
    ACCENT,
    HEAD_FILL,
    RULE,
    UPCOMING_FILL,
    ZEBRA_FILL,
    Styles,
    table_style,
)


@dataclass(frozen=True)
class Context:
    """What a section builder needs: words, styles, options and where it sits.

    ``key`` prefixes bookmark keys (unique per person in a brief); ``level`` is the
    outline level of section headings and ``section_style`` their paragraph style.
    """

    labels: Labels
    styles: Styles
    options: ReportOptions
    width: float
    key: str = "s"
    level: int = 0
    section_style: str = "h1"

    @property
    def today(self) -> date:
        return self.options.generated_on


class Bookmarked(Paragraph):
    """A Paragraph that the page template turns into a PDF bookmark (``outline_entry``).

    reportlab rebuilds a paragraph it splits or copies by calling ``self.__class__`` with
    Paragraph's own arguments, so this class keeps Paragraph's constructor untouched (an
    extra parameter there crashes every split) and hands the entry to the first part only.
    """

    outline_entry: tuple[str, str, int] | None = None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = super().split(availWidth, availHeight)
        if parts and self.outline_entry is not None:
            parts[0].outline_entry = self.outline_entry  # type: ignore[attr-defined]
        return parts


def heading(title: str, ctx: Context, name: str, *, style: str | None = None,
            level: int | None = None) -> Paragraph:
    """A heading showing ``title`` (plain text) with a bookmark ``ctx.key``-``name``."""
    chosen = getattr(ctx.styles, style or ctx.section_style)
    entry = (title.replace("\u00a0", " "), f"{ctx.key}-{name}",
             ctx.level if level is None else level)
    paragraph = Bookmarked(esc(title), chosen)
    paragraph.outline_entry = entry
    return paragraph


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup, style)


def _table_style(spans: Sequence[Span], highlight: Collection[int]) -> TableStyle:
    """Header, zebra stripes and rules per body row (``spans``: its first and last table
    row, continuation rows included); ``highlight``: body rows to tint."""
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    for number, (first, last) in enumerate(spans):
        top, bottom = first + 1, last + 1
        if number in highlight or number % 2:
            fill = UPCOMING_FILL if number in highlight else ZEBRA_FILL
            commands.append(("BACKGROUND", (0, top), (-1, bottom), fill))
        commands.append(("LINEBELOW", (0, bottom), (-1, bottom), 0.25, RULE))
    return table_style(commands + continuation_padding(spans, offset=1))


def data_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               ctx: Context, *, highlight: Sequence[int] = ()) -> Table:
    """A table whose header (plain text) repeats on every page; cells are markup.

    ``highlight`` lists 0-based body rows to tint (upcoming hearings). A long cell
    continues on rows below its own (reports/pieces.py).
    """
    head = [Paragraph(esc(h), ctx.styles.cell_head) for h in header]
    columns = [w * ctx.width for w in widths]
    body, spans = spread_rows([[Paragraph(cell, ctx.styles.cell) for cell in row]
                               for row in rows], columns)
    table = Table([head, *body], colWidths=columns, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(_table_style(spans, set(highlight)))
    return table


def fact_table(pairs: Sequence[tuple[str, str]], ctx: Context, label_width: float = 0.26) -> Table:
    """Label/value lines ("Date of birth | 3 May 1980"); labels plain, values markup."""
    widths = [label_width * ctx.width, (1 - label_width) * ctx.width]
    rows, spans = spread_rows([[Paragraph(esc(label), ctx.styles.label),
                                Paragraph(value, ctx.styles.body)] for label, value in pairs],
                              widths)
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        *[("LINEBELOW", (0, last), (-1, last), 0.25, RULE) for _, last in spans],
        *continuation_padding(spans),
    ]))
    return table


def boxed(flowable: Flowable, ctx: Context, fill: Color = ZEBRA_FILL,
          bar: Color = ACCENT) -> Table:
    """Content in a tinted box with an accent bar on the left (summaries, notices); a
    long paragraph continues on rows of the box."""
    rows, spans = spread_rows([[flowable]], [ctx.width])
    table = Table(rows, colWidths=[ctx.width], hAlign="LEFT", splitInRow=1)
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, bar),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *continuation_padding(spans),
    ]))
    return table


def badge(text: str, ctx: Context, fill: Color) -> Table:
    """A small coloured label with white text (the person's status)."""
    style = ctx.styles.badge
    width = stringWidth(text.upper(), style.fontName, style.fontSize) + 11
    table = Table([[Paragraph(esc(text.upper()), style)]], colWidths=[min(width, ctx.width)],
                  hAlign="LEFT")
    table.setStyle(table_style([
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
