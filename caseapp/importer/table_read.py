# SPDX-License-Identifier: GPL-3.0-or-later
"""Spreadsheet files as rows of cells: CSV in any of the encodings and delimiters groups use,
and XLSX (openpyxl), with the header row found even below a title.

Pure: a path in, a Sheet out; nothing is matched or written here. Cells of a CSV are
text; cells of an XLSX keep their type (numbers, dates), so a date cell stays a date.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from caseapp.domain.errors import Invalid
from caseapp.i18n import _

Cell = Any  # str | int | float | bool | datetime.date | datetime.datetime | datetime.time | None
#: Rows looked at to find the header row and the delimiter.
HEAD_ROWS = 30
DELIMITERS = (",", ";", "\t")
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0"


@dataclass(frozen=True)
class Sheet:
    """The rows of one table: ``headings`` and each row below them as (line, cells).

    ``line`` is the 1-based line of a CSV file (where the row starts) or the row number
    of a worksheet; ``source`` says how the file was read ("UTF-8, ;" or "XLSX: Sheet1");
    ``sheets`` names every worksheet of a workbook.
    """

    headings: tuple[str, ...]
    rows: list[tuple[int, tuple[Cell, ...]]]
    header_line: int
    source: str
    sheets: tuple[str, ...] = ()


def read_table(path: Path, *, sheet: str | None = None,
               heading_score: Callable[[Iterable[str]], int] = lambda _cells: 0) -> Sheet:
    """The table in ``path`` (CSV or XLSX, told by content, not by name).

    ``heading_score`` counts the cells of a row that read as known headings; the row
    scoring best among the first rows is the header row.
    """
    data = Path(path).read_bytes()
    if data.startswith(_ZIP):
        return _read_xlsx(path, data, sheet, heading_score)
    if data.startswith(_OLE):
        raise Invalid(_("{file} is an old Excel (.xls) file; save it as .xlsx or .csv first")
                      .format(file=path.name))
    text, encoding = decode(data, path.name)
    return _read_csv(text, encoding, heading_score)


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in: UTF-8 (with or without BOM),
    UTF-16 (with BOM, or without one when every other byte is zero) or cp1251."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _decoded(data, encoding, name), encoding.upper().replace("-SIG", "")
    for high_bytes, encoding in ((data[1::2], "utf-16-le"), (data[0::2], "utf-16-be")):
        if _looks_utf16(high_bytes):
            return _decoded(data, encoding, name), "UTF-16"
    try:
        return _checked(data.decode("utf-8"), name), "UTF-8"
    except UnicodeDecodeError:
        return _decoded(data, "cp1251", name), "cp1251"


def _looks_utf16(high_bytes: bytes) -> bool:
    """Most high bytes of Latin or Cyrillic text in UTF-16 are 0x00 or 0x04."""
    sample = high_bytes[:32768]
    return len(sample) > 1 and (sample.count(0) + sample.count(4)) * 10 > len(sample) * 6


def _decoded(data: bytes, encoding: str, name: str) -> str:
    try:
        return _checked(data.decode(encoding), name)
    except UnicodeDecodeError:
        raise _not_a_table(name) from None


def _checked(text: str, name: str) -> str:
    """Refuse text with control characters other than tab and line ends: binary data."""
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\t\r\n")
    if "\x00" in sample or controls > len(sample) // 200:
        raise _not_a_table(name)
    return text


def _not_a_table(name: str) -> Invalid:
    return Invalid(_("{file} is not a spreadsheet: it is neither CSV text (UTF-8, UTF-16 or "
                     "cp1251) nor an XLSX workbook").format(file=name))


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most rows of one width."""
    head = "\n".join(text.splitlines()[:HEAD_ROWS])

    def score(delimiter: str) -> tuple[int, int]:
        widths = Counter(len(row) for row in csv.reader(io.StringIO(head), delimiter=delimiter)
                         if len(row) > 1)
        width, count = widths.most_common(1)[0] if widths else (1, 0)
        return count, width

    return max(DELIMITERS, key=score)


def _read_csv(text: str, encoding: str, heading_score: Callable[[Iterable[str]], int]) -> Sheet:
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbered: list[tuple[int, tuple[Cell, ...]]] = []
    start = 1
    try:
        for cells in reader:
            numbered.append((start, tuple(cells)))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise Invalid(_("Line {line} of the file cannot be read: {problem}").format(
            line=start, problem=exc)) from None
    shown = {",": ",", ";": ";", "\t": _("tab")}[delimiter]
    return _with_header(numbered, f"{encoding}, {shown}", heading_score)


def _read_xlsx(path: Path, data: bytes, sheet: str | None,
               heading_score: Callable[[Iterable[str]], int]) -> Sheet:
    from openpyxl import load_workbook  # only when a workbook is read: heavy to import

    try:
        book = load_workbook(io.BytesIO(data), data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a bad zip
        raise Invalid(_("{file} is not an XLSX workbook that can be read ({kind})").format(
            file=path.name, kind=type(exc).__name__)) from None
    names = tuple(book.sheetnames)
    if sheet is not None and sheet not in names:
        raise Invalid(_("{file} has no sheet “{sheet}”; it has: {names}").format(
            file=path.name, sheet=sheet, names=", ".join(names)), field="sheet")
    worksheet = book[sheet] if sheet is not None else book.worksheets[0]
    _spread_merged_cells(worksheet)
    numbered = [(number, tuple(cell.value for cell in row))
                for number, row in enumerate(worksheet.iter_rows(), start=1)]
    sheet_rows = _with_header(numbered, f"XLSX: {worksheet.title}", heading_score)
    return Sheet(sheet_rows.headings, sheet_rows.rows, sheet_rows.header_line,
                 sheet_rows.source, names)


def _spread_merged_cells(worksheet: Any) -> None:
    """Give every cell of a merged range the value of its top-left cell, so a heading
    merged over two columns or two rows names each of them."""
    for merged in list(worksheet.merged_cells.ranges):
        value = worksheet.cell(merged.min_row, merged.min_col).value
        worksheet.unmerge_cells(str(merged))
        for row in worksheet.iter_rows(min_row=merged.min_row, max_row=merged.max_row,
                                       min_col=merged.min_col, max_col=merged.max_col):
            for cell in row:
                cell.value = value


def _with_header(numbered: list[tuple[int, tuple[Cell, ...]]], source: str,
                 heading_score: Callable[[Iterable[str]], int]) -> Sheet:
    """Split off the header row (best heading score, else the first full-width row) and
    drop empty rows below it."""
    filled = [(line, cells) for line, cells in numbered if any(_text(c) for c in cells)]
    if not filled:
        raise Invalid(_("The table is empty"))
    index = _header_index(filled[:HEAD_ROWS], heading_score)
    line, header_cells = filled[index]
    texts = [_text(c) for c in header_cells]
    while texts and not texts[-1]:
        texts.pop()
    headings = _unique(texts)
    width = len(headings)
    body = [(n, tuple(cells[:width]) + (None,) * (width - len(cells)))
            for n, cells in filled[index + 1:]]
    return Sheet(tuple(headings), body, line, source)


def _header_index(head: list[tuple[int, tuple[Cell, ...]]],
                  heading_score: Callable[[Iterable[str]], int]) -> int:
    texts = [[_text(c) for c in cells] for _line, cells in head]
    scores = [heading_score(t) for t in texts]
    if max(scores) > 0:
        return scores.index(max(scores))
    widest = max(sum(1 for t in row if t) for row in texts)
    return next(i for i, row in enumerate(texts) if sum(1 for t in row if t) * 2 >= widest)


def _unique(headings: list[str]) -> list[str]:
    """Empty headings become "Column 3"; a repeated heading gets " (2)", " (3)"."""
    seen: Counter[str] = Counter()
    out = []
    for number, heading in enumerate(headings, start=1):
        name = heading or _("Column {number}").format(number=number)
        seen[name] += 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def _text(cell: Cell) -> str:
    return "" if cell is None else " ".join(str(cell).split())
