# SPDX-License-Identifier: GPL-3.0-or-later
"""Purging for good leaves nothing of the purged records in the file, search index included."""

from __future__ import annotations

from caseapp.core import commands
from caseapp.domain import records
from caseapp.store import search


def _indexed(book) -> dict[str, list[int]]:
    with book.bound():
        return {entity: search.indexed_ids(entity) for entity in search.ENTITIES}


def test_purging_a_person_and_their_case_leaves_no_search_entry(book, linked) -> None:
    before = _indexed(book)
    assert before["hearing"] and before["action"] and before["case_file"]
    book.trash.delete(records.Person, linked.person.id)
    book.trash.delete(records.Case, linked.case.id)
    book.trash.delete(records.Action, linked.action.id)
    book.trash.delete(records.Source, linked.source.id)
    book.trash.purge()
    after = _indexed(book)
    assert linked.person.id not in after["person"]
    assert after["case_file"] == [] and after["hearing"] == [] and after["action"] == []
    assert after["source"] == []
    assert book.search("Алмалинский") == [] and book.search("prosecutor") == []
    assert book.sources.citations(target_uid=linked.person.uid) == []


def test_purging_a_case_takes_its_hearings_out_of_the_index(book, linked) -> None:
    hearing_ids = book.hearings.ids(text="Алмалинский")
    assert hearing_ids
    book.trash.delete(records.Case, linked.case.id)
    book.trash.purge()
    assert _indexed(book)["hearing"] == []
    assert book.hearings.ids(text="Алмалинский") == []


def test_a_trashed_tag_is_not_shown_and_tagging_again_restores_it(book, linked) -> None:
    tag = book.tags.list()[0]
    book.trash.delete(records.Tag, tag.id)
    assert book.persons.details(linked.person.id).tags == ()
    assert book.tags.of("person", linked.person.id) == []
    other, _ = book.persons.add(records.Person(display_name="Другой Человек"))
    book.tags.tag("person", other.id, "journalist")
    assert book.tags.of("person", other.id) == ["journalist"]
    assert [t.name for t in book.tags.list()] == ["journalist"]
    assert book.persons.details(linked.person.id).tags == ("journalist",)


def test_untag_takes_one_tag_off_one_record(book, linked) -> None:
    other, _ = book.persons.add(records.Person(display_name="Другой Человек"))
    book.tags.tag("person", other.id, "journalist")
    changes = book.tags.untag("person", other.id, "journalist")
    assert changes.step == "Remove Tag"
    assert book.tags.of("person", other.id) == []
    assert book.tags.of("person", linked.person.id) == ["journalist"]


def test_a_command_that_changes_nothing_adds_no_undo_step(book) -> None:
    person, _ = book.persons.add(records.Person(display_name="Бекзат"))
    book.persons.edit(person.id, display_name="Бекзат")
    assert book.undo.undo_name() == "Add Person"
    commands.run(book, "Nothing", lambda journal: None)
    assert book.undo.undo_name() == "Add Person"


def _bytes_beside(book) -> bytes:
    """Every byte of the database file, its log and its backups, as a thief would read them."""
    folders = {book.path.parent, book.backups.folder()}
    return b"".join(path.read_bytes() for folder in folders for path in folder.rglob("*")
                    if path.is_file())


def test_a_purged_person_leaves_no_bytes_in_the_file_its_log_or_fresh_backups(
        book, tmp_path) -> None:
    from caseapp.reports.samples import silhouette

    picture = tmp_path / "face.png"
    picture.write_bytes(silhouette(33, 47))
    person, _ = book.persons.add(records.Person(
        display_name="Жұмабай Өтегенұлы", notes="Secretnote Qoryqpa"))
    book.persons.set_photo(person.id, picture)
    book.backups.make()
    before = _bytes_beside(book)
    needles = ["Жұмабай".encode(), "жұмабай".encode(), b"zhumabai", b"Secretnote",
               b"qoryqpa", picture.read_bytes()[-40:]]
    assert all(needle in before for needle in needles)
    book.trash.delete(records.Person, person.id)
    book.trash.purge()
    book.backups.replace_with_fresh()
    after = _bytes_beside(book)
    assert [needle for needle in needles if needle in after] == []
