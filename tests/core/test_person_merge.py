# SPDX-License-Identifier: GPL-3.0-or-later
"""Merging two persons: every linked row moves to the kept one, conflicts are chosen, Undo
restores both as they were."""

from __future__ import annotations

import pytest

from caseapp.domain import records
from caseapp.domain.errors import Invalid, NotFound
from caseapp.domain.partial_date import PartialDate
from tests.core.conftest import TODAY


@pytest.fixture
def duplicate(book, linked):
    """The same man entered again in Latin script, with a tag of his own and the shared one."""
    keep, _ = book.persons.add(records.Person(
        display_name="Yerlan Kuanyshbayev", status="sentenced", birth_date=PartialDate(1984),
        notes="Entered from an English report", contacts="+7 701 000 00 00"))
    book.tags.tag("person", keep.id, "journalist")
    book.tags.tag("person", keep.id, "Atyrau")
    return keep, linked


def _everything(book, person_id: int):
    details = book.persons.details(person_id, today=TODAY)
    return (details.person, sorted(a.text for a in details.aliases),
            [(c.case_number, c.role, c.charges) for c in details.cases], details.detentions,
            details.sentences, details.actions, sorted(details.tags), details.events,
            sorted(c.quote for c in book.sources.citations(target_uid=details.person.uid)))


def test_merge_moves_every_linked_row_to_the_kept_person(book, duplicate):
    keep, linked = duplicate
    other = linked.person
    before = _everything(book, other.id)
    kept, changes = book.persons.merge(keep.id, other.id)
    details = book.persons.details(keep.id, today=TODAY)
    assert [(c.case_number, c.role) for c in details.cases] == [("2019-07510-001", "defendant")]
    assert [c.article for c in details.cases[0].charges] == ["274", "400"]
    assert details.detentions == before[3] and details.sentences == before[4]
    assert [a.title for a in details.actions] == ["Letter to the prosecutor"]
    assert sorted(details.tags) == ["Atyrau", "journalist"]
    assert {a.text for a in details.aliases} == {"Yerlan Kuanyshbayev", "Ерлан Қуанышбаев"}
    assert [c.quote for c in book.sources.citations(target_uid=kept.uid)] == ["was detained"]
    assert book.sources.citations(target_uid=other.uid) == []
    assert other.id not in book.persons.ids()
    assert [row.label for row in book.trash.list()] == ["Ерлан Қуанышбаев"]
    assert changes.step == "Merge Persons"


def test_merge_finds_the_person_by_every_spelling_afterwards(book, duplicate):
    keep, linked = duplicate
    book.persons.merge(keep.id, linked.person.id)
    assert book.persons.resolve("Ерлан Қуанышбаев") == keep.id
    assert book.persons.ids(text="Қуанышбаев") == [keep.id]


def test_conflicting_fields_are_listed_and_chosen(book, duplicate):
    keep, linked = duplicate
    preview = book.persons.merge_preview(keep.id, linked.person.id)
    conflicts = {f.name: (f.keep, f.other) for f in preview.conflicts}
    assert conflicts == {"display_name": ("Yerlan Kuanyshbayev", "Ерлан Қуанышбаев"),
                         "birth_date": ("1984", "1984-04"), "status": ("sentenced", "detained"),
                         "notes": ("Entered from an English report", "Journalist")}
    assert preview.moves["person_name"] == 2 and preview.moves["citation"] == 1
    kept, _ = book.persons.merge(keep.id, linked.person.id, {
        "display_name": "other", "birth_date": "other", "notes": "both"})
    assert kept.display_name == "Ерлан Қуанышбаев"
    assert kept.birth_date == PartialDate(1984, 4)
    assert kept.status == "sentenced"
    assert kept.notes == "Entered from an English report\n\nJournalist"
    assert kept.contacts == "+7 701 000 00 00"


def test_a_field_only_the_other_fills_is_taken(book, linked):
    keep, _ = book.persons.add(records.Person(display_name="Yerlan Kuanyshbayev"))
    kept, _ = book.persons.merge(keep.id, linked.person.id)
    assert (kept.birth_date, kept.status, kept.notes) == (PartialDate(1984, 4), "detained",
                                                          "Journalist")


def test_undo_restores_both_persons_as_they_were(book, duplicate):
    keep, linked = duplicate
    before = (_everything(book, keep.id), _everything(book, linked.person.id))
    book.persons.merge(keep.id, linked.person.id, {"display_name": "other", "notes": "both"})
    assert book.undo.undo_name() == "Merge Persons"
    book.undo_step()
    assert (_everything(book, keep.id), _everything(book, linked.person.id)) == before
    assert book.trash.list() == []
    book.redo_step()
    assert linked.person.id not in book.persons.ids()


def test_reported_events_move_and_a_shared_one_is_kept_once(book, linked):
    keep, _ = book.persons.add(records.Person(display_name="Yerlan Kuanyshbayev"))
    event, _ = book.sources.add_reported_event(records.ReportedEvent(
        source_id=linked.source.id, kind="protest", title="Protest", date=PartialDate(2019, 8)),
        [keep.id, linked.person.id])
    book.persons.merge(keep.id, linked.person.id)
    assert [e.id for e in book.persons.details(keep.id).events] == [event.id]


@pytest.mark.parametrize("choices, field", [({"uid": "other"}, "uid"),
                                            ({"status": "both"}, "status"),
                                            ({"notes": "mine"}, "notes")])
def test_wrong_choices_are_refused_naming_the_field(book, duplicate, choices, field):
    keep, linked = duplicate
    with pytest.raises(Invalid) as error:
        book.persons.merge(keep.id, linked.person.id, choices)
    assert error.value.field == field
    assert book.trash.list() == []


def test_a_person_is_not_merged_with_themselves_or_a_trashed_one(book, duplicate):
    keep, linked = duplicate
    with pytest.raises(Invalid):
        book.persons.merge(keep.id, keep.id)
    book.trash.delete(records.Person, linked.person.id)
    with pytest.raises(NotFound):
        book.persons.merge(keep.id, linked.person.id)


def test_a_merge_is_preceded_by_a_backup_but_a_run_of_merges_by_one(book) -> None:
    ids = [book.persons.add(records.Person(display_name=f"Дубль Бір {n}"))[0].id
           for n in range(3)]
    book.persons.merge(ids[0], ids[1])
    assert book.backups.count() == 1
    held = book.backups.list()[0]
    assert held.persons == 3, "the copy was made before the merge"
    book.persons.merge(ids[0], ids[2])
    assert book.backups.count() == 2, "the first merge wrote, so the second gets its own copy"
    book.backups.safeguard()
    assert book.backups.count() == 3, "the second merge wrote since"
    book.backups.safeguard()
    assert book.backups.count() == 3, "nothing written since the last copy: no new one"
