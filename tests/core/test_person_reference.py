# SPDX-License-Identifier: GPL-3.0-or-later
"""How commands find the person a volunteer names: a whole uid, the start of one as the
lists show it, or a name that matches one person."""

from __future__ import annotations

import pytest

from caseapp.domain import records
from caseapp.domain.errors import NotFound


def _add(book, name: str) -> records.Person:
    person, _changes = book.persons.add(records.Person(display_name=name))
    return person


def test_the_uid_start_a_list_shows_finds_the_person(book):
    person = _add(book, "Айгерім Әбдіхалықова")
    assert book.persons.resolve(person.uid[:8]) == person.id
    assert book.persons.resolve(person.uid[:8].upper()) == person.id
    assert book.persons.resolve(person.uid) == person.id


def test_a_short_or_non_hex_start_is_read_as_a_name(book):
    person = _add(book, "Айгерім Әбдіхалықова")
    with pytest.raises(NotFound):
        book.persons.resolve(person.uid[:4])
    assert book.persons.resolve("Әбдіхалықова") == person.id


def test_a_trashed_person_is_not_found_by_the_start_of_its_uid(book):
    person = _add(book, "Айгерім Әбдіхалықова")
    book.trash.delete(records.Person, person.id)
    with pytest.raises(NotFound):
        book.persons.resolve(person.uid[:8])
