# SPDX-License-Identifier: GPL-3.0-or-later
"""The Casebook facade: reads work inside commands and keep the connection open."""

from __future__ import annotations

from caseapp.core import commands
from caseapp.domain import records


def test_get_inside_a_command(book) -> None:
    person, _ = book.persons.add(records.Person(display_name="Бекзат"))

    def work(journal) -> None:
        current = book.get(records.Person, person.id)
        journal.update(records.Person, person.id, notes=f"{current.display_name} was here")

    _result, changes = commands.run(book, "Edit Person", work)
    assert changes.touches("person")
    assert book.get(records.Person, person.id).notes == "Бекзат was here"


def test_reads_keep_the_connection_open(book) -> None:
    person, _ = book.persons.add(records.Person(display_name="Бекзат"))
    book.get(records.Person, person.id)
    assert not book.database.is_closed()


def test_changes_name_what_was_created(book) -> None:
    person, changes = book.persons.add(records.Person(display_name="Бекзат"))
    assert changes.uid_of("person") == person.uid
    assert changes.step == "Add Person"
    assert changes.tables == frozenset({"person", "person_name"})
