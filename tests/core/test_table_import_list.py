# SPDX-License-Identifier: GPL-3.0-or-later
"""A published-style list of about a thousand prisoners (tests/data/make_prisoner_list.py):
it imports with a line-numbered report of its bad and duplicate rows, and a second run
creates and changes nothing, with or without the unmapped columns kept in notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.domain.queries import PersonQuery
from caseapp.domain.table_import import ImportOptions

DATA = Path(__file__).parents[1] / "data" / "table_import"


def _import(book, *, keep: bool = False, dry_run: bool = False):
    sheet = book.table_import.read(DATA / "prisoner_list.csv")
    mapping = book.table_import.guess("persons", sheet.headings)
    return book.table_import.run(sheet, ImportOptions("persons", mapping, keep),
                                 dry_run=dry_run)[0]


@pytest.mark.parametrize("keep", [False, True])
def test_list_imports_with_a_line_numbered_report_and_once(book, keep):
    expected = json.loads((DATA / "expected.json").read_text("utf-8"))
    report = _import(book, keep=keep)
    assert report.rows == 1004
    assert report.created == 1004 - len(expected["bad"]) - len(expected["duplicates"])
    bad = [[e.line, e.column] for e in report.errors if "same person" not in e.reason]
    assert bad == expected["bad"]
    duplicates = [[e.line, int(e.reason.split("line ")[1].split(";")[0])]
                  for e in report.errors if "same person" in e.reason]
    assert duplicates == expected["duplicates"]
    assert report.unmapped == ["№", "Статья УК", "Дата задержания", "Место содержания"]
    assert len(book.persons.ids(PersonQuery())) == report.created
    again = _import(book, keep=keep)
    assert (again.created, again.updated, again.unchanged) == (0, 0, report.created)


def test_names_in_every_script_are_found(book):
    _import(book)
    for text in ("阿卜杜拉", "Kuanyshbaev", "Қуанышбаев", "Куанышбаев"):
        assert book.search(text), text
