# SPDX-License-Identifier: GPL-3.0-or-later
"""Building blocks every report is made of: headings with bookmarks, tables, boxes.

Callers pass markup that is already escaped (see reports/markup.py); column
widths are fractions of the text width so the same code fits any page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from caseapp.reports.data import ReportOptions
from caseapp.reports.labels import Labels
from caseapp.reports.markup import esc
from caseapp.reports.styles import ACCENT, HEAD_FILL, RULE, UPCOMING_FILL, ZEBRA_FILL, Styles


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
    """A Paragraph that the page template turns into a PDF bookmark."""

    def __init__(self, markup: str, style: ParagraphStyle,
                 entry: tuple[str, str, int]) -> None:
        super().__init__(markup, style)
        self.outline_entry = entry


def heading(title: str, ctx: Context, name: str, *, style: str | None = None,
            level: int | None = None) -> Paragraph:
    """A heading showing ``title`` (plain text) with a bookmark ``ctx.key``-``name``."""
    chosen = getattr(ctx.styles, style or ctx.section_style)
    entry = (title.replace("\u00a0", " "), f"{ctx.key}-{name}",
             ctx.level if level is None else level)
    return Bookmarked(esc(title), chosen, entry)


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup, style)


def _table_style(rows: int, highlight: Sequence[int]) -> TableStyle:
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
    if rows > 1:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, ZEBRA_FILL]))
        commands.append(("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE))
    commands += [("BACKGROUND", (0, r), (-1, r), UPCOMING_FILL) for r in highlight]
    return TableStyle(commands)


def data_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               ctx: Context, *, highlight: Sequence[int] = ()) -> Table:
    """A table whose header (plain text) repeats on every page; cells are markup.

    ``highlight`` lists 0-based body rows to tint (upcoming hearings).
    """
    head = [Paragraph(esc(h), ctx.styles.cell_head) for h in header]
    body = [[Paragraph(cell, ctx.styles.cell) for cell in row] for row in rows]
    table = Table([head, *body], colWidths=[w * ctx.width for w in widths], repeatRows=1,
                  splitInRow=1, hAlign="LEFT")
    table.setStyle(_table_style(len(body) + 1, [r + 1 for r in highlight]))
    return table


def fact_table(pairs: Sequence[tuple[str, str]], ctx: Context, label_width: float = 0.26) -> Table:
    """Label/value lines ("Date of birth | 3 May 1980"); labels plain, values markup."""
    rows = [[Paragraph(esc(label), ctx.styles.label), Paragraph(value, ctx.styles.body)]
            for label, value in pairs]
    widths = [label_width * ctx.width, (1 - label_width) * ctx.width]
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]))
    return table


def boxed(flowables: list[Flowable] | Flowable, ctx: Context, fill: Color = ZEBRA_FILL,
          bar: Color = ACCENT) -> Table:
    """Content in a tinted box with an accent bar on the left (summaries, notices)."""
    table = Table([[flowables]], colWidths=[ctx.width], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("LINEBEFORE", (0, 0), (0, -1), 2.5, bar),
        ("LEFTPADDING", (0, 0), (-1, -1), 9),
        ("RIGHTPADDING", (0, 0), (-1, -1), 9),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def badge(text: str, ctx: Context, fill: Color) -> Table:
    """A small coloured label with white text (the person's status)."""
    style = ctx.styles.badge
    width = stringWidth(text.upper(), style.fontName, style.fontSize) + 11
    table = Table([[Paragraph(esc(text.upper()), style)]], colWidths=[min(width, ctx.width)],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), fill),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
