# SPDX-License-Identifier: GPL-3.0-or-later
"""A list as CSV, XLSX or JSON bytes, safe to open in a spreadsheet.

CSV is UTF-8 with a byte-order mark (without it Excel reads Cyrillic and Kazakh letters
as cp1251 garbage) and CRLF line ends. In CSV and XLSX a text cell that begins with
``= + - @``, a tab or a carriage return is prefixed with an apostrophe, so a name such as
``=HYPERLINK(…)`` taken from an article is shown, never run as a formula (OWASP "CSV
injection"). JSON keeps every value exactly; it is for programs, not spreadsheets.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from caseapp.domain.errors import Invalid
from caseapp.i18n import _

FORMATS = ("csv", "xlsx", "json")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Excel's limit on the characters in one cell; longer text is cut and ends with "…".
XLSX_CELL_LIMIT = 32767
LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class Sheet:
    """A list as a table: ``entity`` names it ("persons"), ``rows`` hold plain values
    (text, int, bool, None, or a list of texts) in ``columns`` order."""

    entity: str
    columns: tuple[str, ...]
    rows: Sequence[Sequence[Any]]


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as it is (never as a formula)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(map(str, value))
    return str(value)


def _spreadsheet_value(value: Any) -> Any:
    """Numbers and booleans stay typed; everything else is neutralised text."""
    if isinstance(value, bool | int | float):
        return value
    return neutralise(_cell_text(value))


def csv_bytes(sheet: Sheet) -> bytes:
    stream = io.StringIO(newline="")
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(sheet.columns)
    for row in sheet.rows:
        writer.writerow([_cell_text(_spreadsheet_value(v)) for v in row])
    return stream.getvalue().encode("utf-8-sig")


def xlsx_bytes(sheet: Sheet) -> bytes:
    from openpyxl import Workbook  # loaded only for an XLSX export (it is slow to import)
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    page = book.create_sheet(sheet.entity[:31] or "list")
    page.append(list(sheet.columns))
    for row in sheet.rows:
        page.append([_xlsx_value(v, ILLEGAL_CHARACTERS_RE) for v in row])
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def _xlsx_value(value: Any, illegal: re.Pattern[str]) -> Any:
    typed = _spreadsheet_value(value)
    if isinstance(typed, str):
        typed = illegal.sub("", typed)  # control characters XML cannot hold
    if isinstance(typed, str) and len(typed) > XLSX_CELL_LIMIT:
        return typed[:XLSX_CELL_LIMIT - 1] + "…"
    return typed


def json_bytes(sheet: Sheet) -> bytes:
    records = [dict(zip(sheet.columns, row, strict=True)) for row in sheet.rows]
    document = {"entity": sheet.entity, "columns": list(sheet.columns), "records": records}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def check_format(fmt: str) -> str:
    if fmt not in FORMATS:
        raise Invalid(_("Unknown format “{format}”: use csv, xlsx or json").format(format=fmt),
                      field="format")
    return fmt


def encode(sheet: Sheet, fmt: str) -> bytes:
    """``sheet`` in ``fmt`` (csv, xlsx or json)."""
    writers = {"csv": csv_bytes, "xlsx": xlsx_bytes, "json": json_bytes}
    return writers[check_format(fmt)](sheet)
