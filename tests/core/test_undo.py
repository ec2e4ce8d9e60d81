# SPDX-License-Identifier: GPL-3.0-or-later
"""Undo and redo of every command kind, including delete with all its links."""

from __future__ import annotations

import pytest

from caseapp.core import commands
from caseapp.core.persons import AliasInput
from caseapp.core.undo import UNDO_LIMIT
from caseapp.domain import records
from caseapp.domain.errors import Invalid, NotFound

from .conftest import TODAY


def names_of(book) -> list[str]:
    return [row.display_name for row in book.persons.rows(book.persons.ids())]


def test_undo_and_redo_add(book) -> None:
    facility, changes = book.custody.add_facility(records.Facility(name="ИК-161/3"))
    assert changes.step == "Add Facility" and changes.touches("facility")
    assert book.undo.undo_name() == "Add Facility"

    undone = book.undo_step()
    assert undone.step == "Add Facility" and undone.touches("facility")
    with pytest.raises(NotFound):
        book.get(records.Facility, facility.id)
    assert book.undo.redo_name() == "Add Facility"

    book.redo_step()
    again = book.get(records.Facility, facility.id)
    assert again.uid == facility.uid and again.name == "ИК-161/3"


def test_undo_and_redo_update(book) -> None:
    person, _ = book.persons.add(records.Person(display_name="Бекзат", status="at_large"))
    before = book.get(records.Person, person.id)
    _person, changes = book.persons.edit(person.id, status="detained", notes="arrested")
    assert changes.step == "Edit Person" and changes.touches("person")

    book.undo_step()
    assert book.get(records.Person, person.id) == before  # updated_at included
    book.redo_step()
    after = book.get(records.Person, person.id)
    assert (after.status, after.notes) == ("detained", "arrested")
    assert after.updated_at > before.updated_at


def test_update_without_a_change_adds_no_step(book) -> None:
    person, _ = book.persons.add(records.Person(display_name="Бекзат", status="at_large"))
    book.persons.edit(person.id, status="at_large")
    assert book.undo.undo_name() == "Add Person" and len(book.undo) == 1


def test_undo_and_redo_delete(book) -> None:
    person, _ = book.persons.add(records.Person(display_name="Бекзат"))
    assert book.trash.delete(records.Person, person.id).step == "Delete Person"
    assert book.get(records.Person, person.id).deleted_at is not None
    assert names_of(book) == []
    book.undo_step()
    assert book.get(records.Person, person.id).deleted_at is None
    assert names_of(book) == ["Бекзат"]
    book.redo_step()
    assert names_of(book) == []


def test_undo_and_redo_restore(book) -> None:
    person, _ = book.persons.add(records.Person(display_name="Бекзат"))
    book.trash.delete(records.Person, person.id)
    changes = book.trash.restore(person.uid)
    assert changes.step == "Restore from Trash"
    assert names_of(book) == ["Бекзат"]
    book.undo_step()
    assert names_of(book) == [] and [r.uid for r in book.trash.list()] == [person.uid]
    book.redo_step()
    assert names_of(book) == ["Бекзат"] and book.trash.list() == []


def test_undo_and_redo_add_person_with_aliases(book) -> None:
    person, changes = book.persons.add(records.Person(display_name="Ерлан Қуанышбаев"),
                                       [AliasInput("Yerlan Kuanyshbayev", "transliteration"),
                                        AliasInput("Ерлан Куанышбаев", "transliteration")])
    alias_uids = [uid for table, uid in changes.created if table == "person_name"]
    assert len(alias_uids) == 3  # the display name is an official alias too
    assert changes.touches("person", "person_name")

    book.undo_step()
    assert book.persons.ids() == []
    assert book.search("kuanyshbayev") == []
    with pytest.raises(NotFound):
        book.persons.details(person.id)

    book.redo_step()
    details = book.persons.details(person.id)
    assert sorted(a.uid for a in details.aliases) == sorted(alias_uids)
    assert {a.text for a in details.aliases} == {
        "Ерлан Қуанышбаев", "Yerlan Kuanyshbayev", "Ерлан Куанышбаев"}
    assert [h.label for h in book.search("Yerlan")] == ["Ерлан Қуанышбаев"]


def test_undo_and_redo_add_action_with_links(book, linked) -> None:
    other, _ = book.persons.add(records.Person(display_name="Бекзат"))
    action, changes = book.actions.add(records.Action(kind="petition", title="Petition"),
                                       person_ids=[linked.person.id, other.id],
                                       case_ids=[linked.case.id])
    assert changes.step == "Add Action"
    assert changes.touches("action", "action_person", "action_case")
    def titles(pid: int) -> list[str]:
        return [a.title for a in book.persons.details(pid).actions]

    assert "Petition" in titles(linked.person.id) and titles(other.id) == ["Petition"]

    book.undo_step()
    assert "Petition" not in titles(linked.person.id) and titles(other.id) == []
    with pytest.raises(NotFound):
        book.get(records.Action, action.id)

    book.redo_step()
    assert "Petition" in titles(linked.person.id) and titles(other.id) == ["Petition"]


def test_undo_of_delete_brings_the_person_back_with_all_links(book, linked) -> None:
    pid = linked.person.id
    before = book.persons.details(pid, today=TODAY)
    assert [c.case_number for c in before.cases] == ["2019-07510-001"]
    assert {ch.article for ch in before.cases[0].charges} == {"274", "400"}
    assert before.detentions[0].facility == "СИЗО ЛА-155/18"
    assert before.hearings and before.sentences and before.actions
    assert before.tags == ("journalist",) and len(before.aliases) == 2
    schedule_before = book.hearings.upcoming(30, today=TODAY)
    assert schedule_before[0].defendants == ("Ерлан Қуанышбаев",)

    book.trash.delete(records.Person, pid)
    assert pid not in book.persons.ids()
    assert book.hearings.upcoming(30, today=TODAY)[0].defendants == ()

    book.undo_step()
    assert book.persons.details(pid, today=TODAY) == before
    assert book.hearings.upcoming(30, today=TODAY) == schedule_before
    assert [s.target_uid for s in book.sources.citations(target_uid=linked.person.uid)] == [
        linked.person.uid]
    assert book.maintenance.check() == []


def test_at_least_thirty_steps_can_be_undone_and_redone(book) -> None:
    assert UNDO_LIMIT >= 30
    for index in range(30):
        book.persons.add(records.Person(display_name=f"Person {index:02d}"))
    for index in reversed(range(30)):
        assert book.undo.undo_name() == "Add Person"
        assert book.undo_step().step == "Add Person"
        assert len(book.persons.ids()) == index
    assert book.undo_step().step == ""  # nothing left: an empty Changes
    for _ in range(30):
        book.redo_step()
    assert names_of(book) == [f"Person {index:02d}" for index in range(30)]


def test_history_keeps_the_newest_steps_beyond_the_limit(book) -> None:
    for index in range(UNDO_LIMIT + 3):
        commands.add(book, records.Tag(name=f"tag {index}"))
    undone = 0
    while book.undo_step().step:
        undone += 1
    assert undone == UNDO_LIMIT
    assert [t.name for t in book.tags.list()] == ["tag 0", "tag 1", "tag 2"]


def test_a_new_command_clears_redo(book) -> None:
    book.persons.add(records.Person(display_name="First"))
    book.undo_step()
    assert book.undo.redo_name() == "Add Person"
    book.persons.add(records.Person(display_name="Second"))
    assert book.undo.redo_name() is None
    assert book.redo_step().step == ""
    assert names_of(book) == ["Second"]


def test_a_failed_command_leaves_nothing_and_no_step(book) -> None:
    book.persons.add(records.Person(display_name="Kept"))

    def work(journal) -> None:
        journal.insert(records.Person(display_name="Half written"))
        journal.insert(records.Person(display_name=""))  # Invalid

    with pytest.raises(Invalid):
        commands.run(book, "Broken Command", work)
    assert names_of(book) == ["Kept"]
    assert book.undo.undo_name() == "Add Person"
    assert book.search("Half") == []


def test_undo_and_redo_are_audited(book) -> None:
    book.persons.add(records.Person(display_name="Бекзат"))
    book.undo_step()
    book.redo_step()
    commands = [entry.command for entry in book.maintenance.audit_log()
                if entry.operator != "caseapp"]  # the code lists' entry (store/code_data.py)
    assert commands == ["Redo Add Person"] * 2 + ["Undo Add Person"] * 2 + ["Add Person"] * 2
