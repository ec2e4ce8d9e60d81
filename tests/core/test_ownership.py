# SPDX-License-Identifier: GPL-3.0-or-later
"""A Casebook owns its database: several open at once never read or write each other's file."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.store.binding import UnboundDatabase
from caseapp.store.models import Person


@pytest.fixture
def two_books(empty_db_template: Path, tmp_path: Path):
    paths = [tmp_path / "a.sqlite", tmp_path / "b.sqlite"]
    for path in paths:
        shutil.copyfile(empty_db_template, path)
    first, second = Casebook(paths[0]), Casebook(paths[1])
    yield first, second
    first.close()
    second.close()


def _names(book: Casebook) -> list[str]:
    return [row.display_name for row in book.persons.rows(book.persons.ids())]


def test_two_casebooks_each_write_their_own_file(two_books) -> None:
    a, b = two_books
    a.persons.add(records.Person(display_name="Only In A"))
    b.persons.add(records.Person(display_name="Only In B"))
    a.persons.add(records.Person(display_name="Second In A"))
    assert _names(a) == ["Only In A", "Second In A"]
    assert _names(b) == ["Only In B"]
    assert [h.label for h in b.search("second")] == []


def test_after_one_closes_the_other_still_reads_its_own(two_books) -> None:
    a, b = two_books
    a.persons.add(records.Person(display_name="Only In A"))
    b.persons.add(records.Person(display_name="Only In B"))
    b.close()
    assert _names(a) == ["Only In A"]
    with Casebook(b.path) as reopened:
        assert _names(reopened) == ["Only In B"]


def test_undo_goes_to_the_book_it_belongs_to(two_books) -> None:
    a, b = two_books
    a.persons.add(records.Person(display_name="Only In A"))
    b.persons.add(records.Person(display_name="Only In B"))
    a.undo_step()
    assert _names(a) == [] and _names(b) == ["Only In B"]


def test_two_books_on_two_threads_at_once(two_books) -> None:
    books = dict(zip("ab", two_books, strict=True))
    errors: list[BaseException] = []

    def fill(label: str) -> None:
        try:
            for index in range(40):
                books[label].persons.add(records.Person(display_name=f"{label} {index:02}"))
                assert all(n.startswith(label) for n in _names(books[label]))
        except BaseException as exc:  # reported below, in the test's own thread
            errors.append(exc)

    threads = [threading.Thread(target=fill, args=(label,)) for label in books]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(_names(books["a"])) == len(_names(books["b"])) == 40


def test_the_store_refuses_to_guess_a_file_outside_a_casebook(two_books) -> None:
    with pytest.raises(UnboundDatabase):
        Person.select().count()
