# SPDX-License-Identifier: GPL-3.0-or-later
"""A list exported with `caseapp table export` and imported again with `caseapp table
import` is the same list: nothing changes in the database it came from, and a new
database gets the same persons with the same names."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.domain.table_import import ImportOptions

ENTITIES = ("persons", "cases", "facilities", "hearings")


def _import(book: Casebook, path: Path, entity: str, *, dry_run: bool):
    importer = book.table_import
    sheet = importer.read(path)
    mapping = importer.guess(entity, sheet.headings)
    return importer.run(sheet, ImportOptions(entity, mapping), dry_run=dry_run)[0]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("entity", ENTITIES)
def test_a_list_imported_where_it_came_from_changes_nothing(demo_book, tmp_path, entity, fmt):
    out = tmp_path / f"{entity}.{fmt}"
    count = demo_book.exports.write(entity, out, fmt)
    report = _import(demo_book, out, entity, dry_run=True)
    assert (report.unchanged, report.created, report.updated, report.errors) == (
        count, 0, 0, [])
    assert "display_name" not in report.unmapped


def test_persons_exported_arrive_in_a_new_database_with_their_names(demo_book, book,
                                                                     tmp_path):
    out = tmp_path / "persons.csv"
    demo_book.exports.write("persons", out, "csv")
    report = _import(book, out, "persons", dry_run=False)
    assert report.created == demo_book.persons.page(demo_book.persons.QUERY(), 0, 1).total
    assert _names(book) == _names(demo_book)
    assert _import(book, out, "persons", dry_run=True).unchanged == report.created


def _names(book: Casebook) -> dict[str, str]:
    ids = book.persons.ids()
    return {row.uid: row.display_name for row in book.persons.rows(ids)}
