# SPDX-License-Identifier: GPL-3.0-or-later
"""Exporting lists: what the list shows, every entity, filters, public redaction."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from caseapp.cli.main import main
from caseapp.core.exports import ENTITIES
from caseapp.domain import records
from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.queries import PersonQuery


@pytest.fixture
def filled(book):
    erlan, _ = book.persons.add(records.Person(
        display_name="Ерлан Қуанышбаев", status="detained", birth_date=PartialDate(1984, 4),
        contacts="+7 701 555 00 00", notes="=cmd|' /C calc'!A0"))
    mother, _ = book.persons.add(records.Person(display_name="Гүлнар Қуанышбаева"))
    book.persons.add(records.Person(display_name="Boris Kim", status="released"))
    case, _ = book.cases.add(records.Case(case_number="2024-0117", notes="private"))
    book.cases.add_party(case.id, erlan.id, "defendant")
    book.cases.add_party(case.id, mother.id, "relative")
    book.tags.tag("person", erlan.id, "Жаңаөзен")
    book.hearings.add(records.Hearing(case_id=case.id, court="Алматы соты",
                                      date=date(2025, 1, 2), observers="Volunteer A"))
    book.custody.add_facility(records.Facility(name="СИЗО №1", city="Алматы"))
    book.actions.add(records.Action(title="Letter", responsible="Volunteer B"))
    book.sources.add(records.Source(title="Article", url="https://example.org/a"))
    return book


def _json(book, name: str, tmp_path: Path, **kwargs) -> list[dict]:
    out = tmp_path / f"{name}.json"
    book.exports.write(name, out, "json", **kwargs)
    return json.loads(out.read_text("utf-8"))["records"]


@pytest.mark.parametrize("name", list(ENTITIES))
def test_every_entity_exports_its_list_in_every_format(filled, tmp_path, name):
    listed = _json(filled, name, tmp_path)
    assert listed and all(row["uid"] for row in listed)
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"{name}.{fmt}"
        assert filled.exports.write(name, out, fmt) == len(listed)


def test_person_rows_carry_aliases_tags_and_the_stored_values(filled, tmp_path):
    erlan = next(r for r in _json(filled, "persons", tmp_path)
                 if r["display_name"] == "Ерлан Қуанышбаев")
    assert erlan["birth_date"] == "1984-04"
    assert erlan["tags"] == ["Жаңаөзен"]
    assert erlan["status"] == "detained"


def test_hearings_name_their_case_by_uid_and_number(filled, tmp_path):
    hearing, = _json(filled, "hearings", tmp_path)
    case_uid = filled.get(records.Case, filled.cases.ids()[0]).uid
    assert hearing["case_uid"] == case_uid
    assert hearing["case_number"] == "2024-0117"
    assert hearing["defendants"] == ["Ерлан Қуанышбаев"]


def test_export_follows_the_list_query(filled, tmp_path):
    detained = _json(filled, "persons", tmp_path, query=PersonQuery(status="detained"))
    assert [r["display_name"] for r in detained] == ["Ерлан Қуанышбаев"]
    tagged = _json(filled, "persons", tmp_path,
                   query=filled.exports.query("persons", tag="Жаңаөзен"))
    assert len(tagged) == 1
    searched = _json(filled, "persons", tmp_path,
                     query=filled.exports.query("persons", text="kuanyshbaev"))
    assert len(searched) == 2  # any spelling, as the list searches


def test_public_export_drops_private_columns_and_relatives(filled, tmp_path):
    persons = _json(filled, "persons", tmp_path, public=True)
    assert {r["display_name"] for r in persons} == {"Boris Kim", "Ерлан Қуанышбаев"}
    assert not {"birth_date", "contacts", "notes"} & set(persons[0])
    hearing, = _json(filled, "hearings", tmp_path, public=True)
    assert "observers" not in hearing
    action, = _json(filled, "actions", tmp_path, public=True)
    assert "responsible" not in action
    out = tmp_path / "p.csv"
    filled.exports.write("persons", out, "csv", public=True)
    text = out.read_text("utf-8-sig")
    assert "701 555" not in text and "Гүлнар" not in text and "calc" not in text


def test_a_filter_the_list_lacks_is_refused(book):
    with pytest.raises(Invalid, match="--tag"):
        book.exports.query("hearings", tag="x")
    with pytest.raises(Invalid, match="widgets"):
        book.exports.query("widgets")


def test_cli_exports_csv_that_excel_and_python_read_back(filled, db_path, tmp_path, capsys):
    filled.close()
    out = tmp_path / "persons.csv"
    code = main(["--db", str(db_path), "table", "export", "persons", "--format", "csv",
                 "-o", str(out), "--status", "detained"])
    assert code == 0, capsys.readouterr().err
    assert "Wrote 1 record" in capsys.readouterr().out
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0]["display_name"] == "Ерлан Қуанышбаев"
    assert rows[0]["notes"] == "'=cmd|' /C calc'!A0"  # neutralised, never a formula


def test_cli_xlsx_from_the_extension(filled, db_path, tmp_path):
    filled.close()
    out = tmp_path / "cases.xlsx"
    assert main(["--db", str(db_path), "table", "export", "cases", "-o", str(out)]) == 0
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert row["case_number"] == "2024-0117" and row["defendants"] == "Ерлан Қуанышбаев"


def test_cli_wrong_filter_is_one_line(db_path, capsys):
    assert main(["--db", str(db_path), "table", "export", "sources", "--tag", "x",
                 "-o", "/tmp/never.csv"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
