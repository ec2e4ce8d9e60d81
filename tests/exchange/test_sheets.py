# SPDX-License-Identifier: GPL-3.0-or-later
"""CSV, XLSX and JSON of a list: read back intact, formulas never run, Kazakh letters kept."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from caseapp.domain.errors import Invalid
from caseapp.exchange import sheets

KAZAKH = "Әлия Ғалымқызы Қайыржанова ңөұүһі ӘҒҚҢӨҰҮҺІ"


def _sheet(*rows: list) -> sheets.Sheet:
    return sheets.Sheet("persons", ("uid", "display_name", "years", "tags"), rows)


def _csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def _as_xml_reads(text: str) -> str | None:
    """What an XML reader gives back: line ends as LF, control characters gone
    (xlsx_bytes drops them), an empty cell as None."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", text) or None


def _xlsx_rows(data: bytes) -> list[list]:
    sheet = load_workbook(io.BytesIO(data)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("text", ["=1+1", "+7 701 000", "-2", "@SUM(A1)", "\tx", "\rx",
                                  "=HYPERLINK(\"http://x\",\"y\")"])
def test_formula_starts_are_neutralised_in_csv_and_xlsx(text):
    row = ["u1", text, 3, []]
    assert _csv_rows(sheets.csv_bytes(_sheet(row)))[1][1] == "'" + text
    cell = _xlsx_rows(sheets.xlsx_bytes(_sheet(row)))[1][1]
    assert cell == _as_xml_reads("'" + text)
    assert json.loads(sheets.json_bytes(_sheet(row)))["records"][0]["display_name"] == text


def test_cyrillic_and_kazakh_letters_survive_csv_and_xlsx():
    row = ["u1", KAZAKH, 1984, ["тег", "белгі"]]
    assert _csv_rows(sheets.csv_bytes(_sheet(row)))[1] == ["u1", KAZAKH, "1984", "тег; белгі"]
    assert _xlsx_rows(sheets.xlsx_bytes(_sheet(row)))[1] == ["u1", KAZAKH, 1984, "тег; белгі"]


def test_csv_has_crlf_rows_and_quotes_separators():
    data = sheets.csv_bytes(_sheet(["u1", 'a, "b"\nc', None, []]))
    assert data.count(b"\r\n") >= 2
    assert _csv_rows(data)[1] == ["u1", 'a, "b"\nc', "", ""]


def test_xlsx_drops_control_characters_and_cuts_over_long_cells():
    long_text = "ә" * (sheets.XLSX_CELL_LIMIT + 10)
    rows = _xlsx_rows(sheets.xlsx_bytes(_sheet(["u\x00\x07", long_text, None, []])))
    assert rows[1][0] == "u"
    assert len(rows[1][1]) == sheets.XLSX_CELL_LIMIT and rows[1][1].endswith("…")


def test_unknown_format_is_refused_by_name():
    with pytest.raises(Invalid, match="ods"):
        sheets.encode(_sheet(), "ods")


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(TEXT, TEXT), max_size=5))
def test_csv_json_and_xlsx_give_back_what_was_written(pairs):
    rows = [[uid, name, 1, []] for uid, name in pairs]  # strings as typed, numbers typed
    sheet = _sheet(*rows)
    expected = [[sheets.neutralise(u), sheets.neutralise(n), "1", ""] for u, n in pairs]
    assert _csv_rows(sheets.csv_bytes(sheet))[1:] == expected
    back = json.loads(sheets.json_bytes(sheet))["records"]
    assert [(r["uid"], r["display_name"]) for r in back] == list(pairs)
    xlsx = _xlsx_rows(sheets.xlsx_bytes(sheet))[1:]
    assert [r[:2] for r in xlsx] == [[_as_xml_reads(u), _as_xml_reads(n)]
                                     for u, n, _y, _t in expected]
