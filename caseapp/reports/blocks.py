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
from reportlab.platypus import Flowable, Table, TableStyle

from caseapp.reports.boxes import Box, Padding
from caseapp.reports.data import ReportOptions
from caseapp.reports.grid import Grid, GridLook, Row
from caseapp.reports.labels import Labels
from caseapp.reports.markup import esc
from caseapp.reports.styles import (
    ACCENT,
    HEAD_FILL,
    RULE,
    SANS,
    UPCOMING_FILL,
    ZEBRA_FILL,
    Styles,
)
from caseapp.reports.textblock import TextBlock, text_block

#: Room a heading keeps below itself on its page: three lines of text or table rows.
KEEP_BELOW = 36.0
#: Left and right padding of a table cell, in points.
_CELL_PADDING = 4.0
#: The most of a table's width one column may claim for its widest word.
MAX_COLUMN_SHARE = 0.4


@dataclass(frozen=True)
class Context:
    """What a section builder needs: words, styles, options and where it sits.

    ``key`` prefixes bookmark keys (unique per person in a brief); ``level`` is the
    outline level of section headings and ``section_style`` their paragraph style;
    ``section_bookmarks`` False leaves section headings out of the PDF outline.
    """

    labels: Labels
    styles: Styles
    options: ReportOptions
    width: float
    key: str = "s"
    level: int = 0
    section_style: str = "h1"
    section_bookmarks: bool = True

    @property
    def today(self) -> date:
        return self.options.generated_on


def heading(title: str, ctx: Context, name: str, *, style: str | None = None,
            level: int | None = None) -> Flowable:
    """A heading showing ``title`` (plain text) with a bookmark ``ctx.key``-``name``: the
    page template turns a flowable's ``outline_entry`` into a PDF bookmark."""
    chosen = getattr(ctx.styles, style or ctx.section_style)
    block = text_block(esc(title), chosen)
    if level is not None or ctx.section_bookmarks:
        block.outline_entry = (  # type: ignore[attr-defined]
            title.replace("\u00a0", " "), f"{ctx.key}-{name}",
            ctx.level if level is None else level)
    return kept_with_next(block)


def kept_with_next(block: Flowable, room: float = KEEP_BELOW) -> Flowable:
    """``block`` moved to the next page unless ``room`` points are left below it."""
    if isinstance(block, TextBlock):
        block.keep_below, block.keepWithNext = room, 0
    return block


def para(markup: str, style: ParagraphStyle, bullet: str = "") -> Flowable:
    return text_block(markup, style, bullet)


#: How every data table looks (reports/grid.py).
TABLE_LOOK = GridLook(padding=Padding(2.5, _CELL_PADDING, 3.5, _CELL_PADDING),
                      head_fill=HEAD_FILL, head_rule=ACCENT, row_rule=RULE)


def data_table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
               ctx: Context, *, highlight: Sequence[int] = ()) -> Grid:
    """A table whose header (plain text) repeats on every page; cells are markup.

    ``highlight`` lists 0-based body rows to tint (upcoming hearings); the others are
    striped.
    """
    head = [text_block(esc(h), ctx.styles.cell_head) for h in header]
    body = [[text_block(cell, ctx.styles.cell) for cell in row] for row in rows]
    needs = [max(cell.minWidth() for cell in column) + 2 * _CELL_PADDING
             for column in zip(head, *body, strict=True)]
    fills = [UPCOMING_FILL if number in highlight else ZEBRA_FILL if number % 2 else None
             for number in range(len(body))]
    body_rows = [Row(tuple(cells), fill) for cells, fill in zip(body, fills, strict=True)]
    return Grid(Row(tuple(head)), body_rows,
                fit_columns([w * ctx.width for w in widths], needs), TABLE_LOOK)


def fit_columns(widths: Sequence[float], needs: Sequence[float]) -> list[float]:
    """``widths`` changed so that each column is as wide as it ``needs`` (its widest word:
    a date or a case number must not break inside), the room taken from columns that have
    some to spare; the total stays. A need above ``MAX_COLUMN_SHARE`` of it is not met."""
    total = sum(widths)
    needs = [min(need, MAX_COLUMN_SHARE * total) for need in needs]
    short = sum(max(need - width, 0.0) for width, need in zip(widths, needs, strict=True))
    spare = [max(width - need, 0.0) for width, need in zip(widths, needs, strict=True)]
    if short <= 0 or sum(spare) <= 0:
        return list(widths)
    moved = min(short, sum(spare))
    return [width + (need - width) * moved / short if need > width
            else width - extra * moved / sum(spare)
            for width, need, extra in zip(widths, needs, spare, strict=True)]


def fact_table(pairs: Sequence[tuple[str, str]], ctx: Context, label_width: float = 0.26) -> Table:
    """Label/value lines ("Date of birth | 3 May 1980"); labels plain, values markup."""
    rows = [[text_block(esc(label), ctx.styles.label), text_block(value, ctx.styles.body)]
            for label, value in pairs]
    widths = [label_width * ctx.width, (1 - label_width) * ctx.width]
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), SANS),  # reportlab's cell default names Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]))
    return table


def boxed(flowable: Flowable, ctx: Context, fill: Color = ZEBRA_FILL,
          bar: Color = ACCENT) -> Flowable:
    """Content in a tinted box with an accent bar on the left (summaries, notices)."""
    return Box(flowable, fill=fill, bar=bar, padding=Padding(6, 9, 4, 9))


def badge(text: str, ctx: Context, fill: Color) -> Flowable:
    """A small coloured label with white text (the person's status)."""
    style = ctx.styles.badge
    width = stringWidth(text.upper(), style.fontName, style.fontSize) + 11
    return Box(text_block(esc(text.upper()), style), fill=fill, bar=None,
               padding=Padding(1.5, 5, 3, 5), width=min(width, ctx.width))
