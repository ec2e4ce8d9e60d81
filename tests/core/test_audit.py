# SPDX-License-Identifier: GPL-3.0-or-later
"""The audit log says who changed which record and which fields, never the values."""

from __future__ import annotations

from caseapp.core import commands
from caseapp.core.persons import AliasInput
from caseapp.domain import names, records
from caseapp.domain.partial_date import PartialDate

SECRET_NAME = "Зейнолла Құпиябекұлы"
SECRET_NOTE = "lives at Abay street 17, flat 4"
SECRET_ALIAS = "Zeynolla Kupiyabekuly"


def volunteers_entries(book, limit: int = 100) -> list:
    """The audit log without the entry a new database gets for its code lists
    (store/code_data.py: refresh, operator "caseapp")."""
    return [e for e in book.maintenance.audit_log(limit) if e.operator != "caseapp"]


def audit_dump(book) -> str:
    """Every cell of the audit_log table as one text."""
    rows = book.database.execute_sql("SELECT * FROM audit_log").fetchall()
    assert rows
    return "\n".join(" | ".join(str(cell) for cell in row) for row in rows)


def test_entries_name_operator_command_table_uid_and_fields(book) -> None:
    person, _ = book.persons.add(records.Person(display_name="Ерлан", status="detained"))
    entries = volunteers_entries(book)
    by_table = {entry.table: entry for entry in entries}
    assert set(by_table) == {"person", "person_name"}
    entry = by_table["person"]
    assert entry.operator == "tester" and entry.command == "Add Person"
    assert entry.uid == person.uid
    assert {"display_name", "status", "uid"} <= set(entry.fields)
    assert "updated_at" not in entry.fields

    book.persons.edit(person.id, notes="x", status="released")
    newest = book.maintenance.audit_log(limit=1)[0]
    assert (newest.command, newest.table, newest.uid) == ("Edit Person", "person", person.uid)
    assert set(newest.fields) == {"notes", "status"}

    book.trash.delete(records.Person, person.id)
    newest = book.maintenance.audit_log(limit=1)[0]
    assert (newest.command, newest.fields) == ("Delete Person", ("deleted_at",))


def test_no_personal_value_ever_reaches_the_audit_log(book) -> None:
    person, _ = book.persons.add(
        records.Person(display_name=SECRET_NAME, notes=SECRET_NOTE, contacts="+7 701 555 12 34",
                       birth_date=PartialDate(1977, 3, 9)),
        [AliasInput(SECRET_ALIAS, "transliteration")])
    book.persons.edit(person.id, display_name=SECRET_NAME + " Jr",
                notes=SECRET_NOTE + " (moved)")
    book.undo_step()
    book.redo_step()
    book.persons.add_alias(person.id, AliasInput("Зейнолла-ага", "nickname"))
    case, _ = book.cases.add(records.Case(case_number="SECRET-CASE-4711", notes=SECRET_NOTE))
    book.cases.add_party(case.id, person.id)
    book.trash.delete(records.Person, person.id)
    book.trash.restore(person.uid)

    dump = audit_dump(book)
    for value in (SECRET_NAME, SECRET_NOTE, SECRET_ALIAS, "Зейнолла", "Құпиябекұлы",
                  names.normalize(SECRET_NAME), names.match_key(SECRET_NAME),
                  names.match_key(SECRET_ALIAS), names.romanize(SECRET_NAME), "Abay street",
                  "+7 701 555", "1977-03", "SECRET-CASE", "(moved)"):
        assert value.casefold() not in dump.casefold(), value
    assert person.uid in dump and "display_name" in dump and "tester" in dump


def test_operator_is_recorded_as_given(db_path, tmp_path) -> None:
    from caseapp.core.casebook import Casebook

    with Casebook(db_path, operator="Volunteer A") as book:
        commands.add(book, records.Tag(name="urgent"))
        assert [e.operator for e in volunteers_entries(book)] == ["Volunteer A"]
        assert [e.command for e in book.maintenance.audit_log()][-1] == (
            "Update the shipped code lists")


def test_purge_is_audited_by_uid(book) -> None:
    person, _ = book.persons.add(records.Person(display_name=SECRET_NAME))
    book.trash.delete(records.Person, person.id)
    book.trash.purge([person.uid])
    newest = book.maintenance.audit_log(limit=1)[0]
    assert (newest.operator, newest.command, newest.table, newest.uid) == (
        "tester", "Purge from Trash", "person", person.uid)
    assert SECRET_NAME not in audit_dump(book)
