# SPDX-License-Identifier: GPL-3.0-or-later
"""Messy spreadsheets read as tables: encodings, delimiters, line ends, title rows, merged
heading cells, empty rows and files that are no spreadsheet at all."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from caseapp.domain.errors import Invalid
from caseapp.domain.table_fields import known_heading_count
from caseapp.importer.table_read import read_table

ROWS = [["ФИО", "Дата рождения", "Пол"], ["Иванов Иван", "12.03.1980", "м"],
        ["Қуанышбаев Ерлан", "1975", "ер"]]


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _csv(rows: list[list[str]], delimiter: str = ",", newline: str = "\n") -> str:
    return newline.join(delimiter.join(row) for row in rows)


def _read(path: Path, **kwargs):
    return read_table(path, heading_score=known_heading_count, **kwargs)


@pytest.mark.parametrize(("encoding", "bom"), [
    ("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
    ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-16-le", b"")])
def test_utf8_and_utf16_with_and_without_bom(tmp_path, encoding, bom):
    path = _write(tmp_path / "list.csv", bom + _csv(ROWS).encode(encoding))
    sheet = _read(path)
    assert sheet.headings == ("ФИО", "Дата рождения", "Пол")
    assert [cells[0] for _line, cells in sheet.rows] == ["Иванов Иван", "Қуанышбаев Ерлан"]


def test_cp1251_with_semicolons_crlf_and_no_final_newline(tmp_path):
    rows = [["Иванов Иван", "12.03.1980", "м"], ["Петрова Анна", "1990", "ж"]]
    data = _csv([ROWS[0], *rows], ";", "\r\n").encode("cp1251")
    sheet = _read(_write(tmp_path / "list.csv", data))
    assert sheet.source.startswith("cp1251, ;")
    assert sheet.rows[-1] == (3, ("Петрова Анна", "1990", "ж"))


def test_tab_delimiter(tmp_path):
    sheet = _read(_write(tmp_path / "list.tsv", _csv(ROWS, "\t").encode()))
    assert len(sheet.headings) == 3


def test_header_below_a_title_and_empty_rows_dropped_with_true_line_numbers(tmp_path):
    text = "Политзаключённые Казахстана, 2024\n\n" + _csv(ROWS[:2]) + "\n,,\n" + _csv(ROWS[2:])
    sheet = _read(_write(tmp_path / "list.csv", text.encode()))
    assert sheet.header_line == 3
    assert [line for line, _cells in sheet.rows] == [4, 6]


def test_quoted_cell_over_two_lines_keeps_the_line_it_starts_on(tmp_path):
    text = 'ФИО,Примечание\n"Иванов Иван","first\nsecond"\nПетров Пётр,x\n'
    sheet = _read(_write(tmp_path / "list.csv", text.encode()))
    assert [line for line, _cells in sheet.rows] == [2, 4]


def test_binary_garbage_named_csv_is_refused(tmp_path):
    garbage = bytes(range(256)) * 40
    with pytest.raises(Invalid, match="not a spreadsheet"):
        _read(_write(tmp_path / "list.csv", garbage))


def test_old_xls_is_refused_with_what_to_do(tmp_path):
    with pytest.raises(Invalid, match=r"\.xlsx or \.csv"):
        _read(_write(tmp_path / "list.csv", b"\xd0\xcf\x11\xe0" + b"\0" * 600))


def test_an_empty_file_is_an_error(tmp_path):
    with pytest.raises(Invalid, match="empty"):
        _read(_write(tmp_path / "list.csv", b"\n,,\n"))


def _workbook(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Список"
    sheet.append(["Список политзаключённых"])
    sheet.merge_cells("A1:D1")
    sheet.append(["ФИО", "Дата", None, "Пол"])
    sheet.merge_cells("B2:C2")
    sheet.append(["Иванов Иван", dt.datetime(1980, 3, 12), 29000, "м"])
    sheet.append([None, None, None, None])
    sheet.append(["Петрова Анна", 1990, None, "ж"])
    other = book.create_sheet("Второй")
    other.append(["Full name"])
    other.append(["Anna Petrova"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    return path


def test_xlsx_title_merged_headings_types_and_sheets(tmp_path):
    sheet = _read(_workbook(tmp_path))
    assert sheet.sheets == ("Список", "Второй")
    assert sheet.header_line == 2
    assert sheet.headings == ("ФИО", "Дата", "Дата (2)", "Пол")
    assert sheet.rows[0] == (3, ("Иванов Иван", dt.datetime(1980, 3, 12), 29000, "м"))
    assert [line for line, _cells in sheet.rows] == [3, 5]


def test_xlsx_other_sheet_and_a_missing_one(tmp_path):
    path = _workbook(tmp_path)
    assert _read(path, sheet="Второй").rows == [(2, ("Anna Petrova",))]
    with pytest.raises(Invalid, match="no sheet"):
        _read(path, sheet="Нет")


def test_a_broken_xlsx_is_an_error_not_a_traceback(tmp_path):
    with pytest.raises(Invalid, match="XLSX"):
        _read(_write(tmp_path / "list.xlsx", b"PK\x03\x04" + b"junk" * 100))
