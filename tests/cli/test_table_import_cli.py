# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp table import`: text and JSON reports, dry run, --map, saved mappings,
--keep-unmapped, a second run that creates nothing, and a garbage file's one-line error."""

from __future__ import annotations

import json
from pathlib import Path

LIST = ("Аты-жөні,Туған күні,Жынысы,Хобби\n"
        "Серікова Әйгерім,1991,әйел,домбыра\n"
        "Иванов Иван,12.03.1980,ер,\n"
        "Иванов Иван,1980,ер,\n"
        "Петров Пётр,сегодня,ер,\n")


def _file(tmp_path: Path, text: str = LIST) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_json_report_dry_run_then_import_then_nothing(run, tmp_path):
    path = str(_file(tmp_path))
    code, out, _err = run("table", "import", path, "--entity", "persons", "--dry-run",
                          "--format", "json")
    report = json.loads(out)
    assert code == 0
    assert set(report) == {"entity", "rows", "created", "updated", "unchanged", "skipped",
                           "errors", "mapping", "unmapped"}
    assert (report["rows"], report["created"], report["skipped"]) == (4, 2, 2)
    assert [(e["line"], e["column"]) for e in report["errors"]] == [(4, "Аты-жөні"),
                                                                   (5, "Туған күні")]
    assert report["unmapped"] == ["Хобби"]
    assert json.loads(run("table", "import", path, "--entity", "persons", "--format",
                          "json")[1])["created"] == 2
    again = json.loads(run("table", "import", path, "--entity", "persons", "--format",
                           "json")[1])
    assert (again["created"], again["unchanged"]) == (0, 2)


def test_text_report_map_keep_unmapped_and_saved_mapping(run, tmp_path):
    path = str(_file(tmp_path))
    code, out, _err = run("table", "import", path, "--entity", "persons", "--dry-run",
                          "--map", "Хобби=notes", "--save-mapping", "ours")
    assert code == 0 and "Хобби → notes" in out and "line 5 [Туған күні]" in out
    code, out, _err = run("table", "import", path, "--entity", "persons", "--mapping", "ours",
                          "--dry-run")
    assert "Хобби → notes" in out
    code, out, _err = run("table", "import", path, "--entity", "persons", "--keep-unmapped",
                          "--map", "Жынысы=")
    assert "Created 2" in out
    code, out, _err = run("person", "show", "Серікова Әйгерім")
    assert "Жынысы: әйел" in out and "Хобби: домбыра" in out


def test_garbage_and_wrong_options_are_one_line_errors(run, tmp_path):
    garbage = tmp_path / "list.csv"
    garbage.write_bytes(bytes(range(256)) * 10)
    code, _out, err = run("table", "import", str(garbage), "--entity", "persons")
    assert code == 1 and err.count("\n") == 1 and "not a spreadsheet" in err
    code, _out, err = run("table", "import", str(_file(tmp_path)), "--entity", "persons",
                          "--map", "Хобби=court")
    assert code == 1 and "not a field" in err
    code, _out, err = run("table", "import", str(_file(tmp_path)), "--entity", "persons",
                          "--map", "Нет такого=notes")
    assert code == 1 and "no column “Нет такого”" in err
    code, _out, err = run("table", "import", str(_file(tmp_path)), "--entity", "persons",
                          "--mapping", "nothing")
    assert code == 1 and "No column mapping" in err
