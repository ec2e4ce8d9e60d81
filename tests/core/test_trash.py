# SPDX-License-Identifier: GPL-3.0-or-later
"""The trash: list, restore and purge; purging is for good and clears undo."""

from __future__ import annotations

import pytest

from caseapp.core import commands
from caseapp.domain import records
from caseapp.domain.errors import Ambiguous, NotFound

from .conftest import TODAY


def test_deleted_records_are_listed_newest_first(book, linked) -> None:
    book.trash.delete(records.Facility, linked.facility.id)
    book.trash.delete(records.Person, linked.person.id)
    rows = book.trash.list()
    assert [(r.table, r.label, r.uid) for r in rows] == [
        ("person", "Ерлан Қуанышбаев", linked.person.uid),
        ("facility", "СИЗО ЛА-155/18", linked.facility.uid)]
    assert rows[0].deleted_at >= rows[1].deleted_at


def test_restore_by_uid_prefix(book, linked) -> None:
    book.trash.delete(records.Person, linked.person.id)
    changes = book.trash.restore(linked.person.uid[:8])
    assert changes.touches("person")
    assert book.trash.list() == []
    assert linked.person.id in book.persons.ids(text="kuanyshbaev")


def test_unknown_or_empty_uid_is_refused(book, linked) -> None:
    book.trash.delete(records.Person, linked.person.id)
    with pytest.raises(NotFound, match="Nothing in the trash"):
        book.trash.restore("ffffffff")
    with pytest.raises(NotFound):
        book.trash.find(linked.case.uid)  # exists, but is not in the trash
    with pytest.raises(NotFound):
        book.trash.restore("")
    with pytest.raises(NotFound):
        book.trash.find("   ")
    assert len(book.trash.list()) == 1


def test_a_prefix_matching_several_records_is_ambiguous(book) -> None:
    prefix = "abcd0000-0000-4000-8000-"
    first, _ = commands.add(book, records.Tag(name="one", uid=prefix + "000000000001"))
    second, _ = commands.add(book, records.Tag(name="two", uid=prefix + "000000000002"))
    book.trash.delete(records.Tag, first.id)
    book.trash.delete(records.Tag, second.id)
    with pytest.raises(Ambiguous):
        book.trash.purge(["abcd"])
    assert len(book.trash.list()) == 2
    assert book.trash.find(second.uid).label == "two"  # a full uid is always exact


def test_purge_one_removes_it_for_good_and_clears_undo(book, linked) -> None:
    pid, uid = linked.person.id, linked.person.uid
    book.trash.delete(records.Facility, linked.facility.id)
    book.trash.delete(records.Person, pid)
    assert book.trash.purge([uid])[0] == 1
    assert [r.table for r in book.trash.list()] == ["facility"]
    with pytest.raises(NotFound):
        book.get(records.Person, pid)
    assert len(book.undo) == 0 and book.undo_step().step == ""
    # the links went with the person; the case and the source stay
    details = book.cases.details(linked.case.id)
    assert [p.name for p in details.parties] == ["Әлия Әбдіқадырова"]
    assert details.charges == ()
    assert book.sources.citations(target_uid=uid) == []
    assert book.get(records.Source, linked.source.id).title == "Activist detained"
    assert book.search("kuanyshbaev") and all(h.entity != "person"
                                               for h in book.search("kuanyshbaev"))
    assert book.maintenance.check() == []


def test_purged_persons_tags_do_not_pass_to_the_next_person(book, linked) -> None:
    last, _ = book.persons.add(records.Person(display_name="Tagged Last"))
    book.tags.tag("person", last.id, "released early")
    book.trash.delete(records.Person, last.id)
    book.trash.purge([last.uid])
    assert book.tags.of("person", last.id) == []
    newcomer, _ = book.persons.add(records.Person(display_name="Newcomer"))
    assert newcomer.id == last.id  # SQLite hands out the purged id again
    assert book.persons.details(newcomer.id, today=TODAY).tags == ()
    assert book.persons.ids(tag="released early") == []


def test_purge_all(book, linked) -> None:
    book.trash.delete(records.Person, linked.person.id)
    book.trash.delete(records.Case, linked.case.id)
    book.trash.delete(records.Action, linked.action.id)
    assert book.trash.purge()[0] == 3
    assert book.trash.list() == []
    assert [r.display_name for r in book.persons.rows(book.persons.ids())] == [
        "Әлия Әбдіқадырова"]
    assert book.hearings.upcoming(30, today=TODAY) == []
    assert book.maintenance.check() == []
    assert len(book.undo) == 0


def test_purge_of_an_empty_trash_does_nothing(book, linked) -> None:
    steps = len(book.undo)
    assert book.trash.purge()[0] == 0
    assert book.persons.ids() != []
    assert steps > 0
