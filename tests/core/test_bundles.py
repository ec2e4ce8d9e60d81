# SPDX-License-Identifier: GPL-3.0-or-later
"""Exchange bundles between volunteers: merge scenarios, tombstones, undo, scope, sealing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.errors import PassphraseNeeded, WrongPassphrase


class Desk:
    """One volunteer's database, opened; ``bundle()`` exports everything to a new file."""

    def __init__(self, path: Path, folder: Path) -> None:
        self.book = Casebook(path, operator=path.stem)
        self.folder = folder
        self.sent = 0

    def bundle(self, **scope) -> Path:
        self.sent += 1
        out = self.folder / f"{self.book.path.stem}-{self.sent}.caseapp"
        self.book.bundles.export(out, **scope)
        return out

    def take(self, bundle: Path):
        return self.book.bundles.import_bundle(bundle)[0]

    def person(self, uid: str) -> records.Person:
        pk = self.book.persons.resolve(uid)
        return self.book.get(records.Person, pk)


def _seed(path: Path) -> str:
    with Casebook(path) as book:
        person, _ = book.persons.add(records.Person(display_name="Ерлан Қуанышбаев",
                                                    status="detained", notes="first"))
        case, _ = book.cases.add(records.Case(case_number="2024-0117"))
        book.cases.add_party(case.id, person.id, "defendant")
        return person.uid


@pytest.fixture
def desks(db_path: Path, tmp_path: Path) -> Iterator[tuple[Desk, Desk, Desk, str]]:
    """Three copies of one database (A, B, C) and the uid of the person in it."""
    uid = _seed(db_path)
    paths = []
    for name in ("a", "b", "c"):
        target = tmp_path / name / f"{name}.sqlite"
        target.parent.mkdir()
        shutil.copyfile(db_path, target)
        paths.append(target)
    opened = [Desk(p, tmp_path) for p in paths]
    yield opened[0], opened[1], opened[2], uid
    for desk in opened:
        desk.book.close()


def _edit(desk: Desk, uid: str, **values) -> None:
    desk.book.persons.edit(desk.book.persons.resolve(uid), **values)


def test_edits_of_different_fields_on_two_copies_converge(desks):
    a, b, _c, uid = desks
    _edit(a, uid, notes="from A")
    _edit(b, uid, citizenship="KG")
    report = b.take(a.bundle())
    assert report.conflicts == [] and sum(report.updated.values()) == 1
    a.take(b.bundle())
    for desk in (a, b):
        assert (desk.person(uid).notes, desk.person(uid).citizenship) == ("from A", "KG")


def test_importing_the_same_bundle_twice_changes_nothing(desks):
    a, b, _c, uid = desks
    a.book.persons.add(records.Person(display_name="Новый Человек"))
    _edit(a, uid, notes="from A")
    bundle = a.bundle()
    first = b.take(bundle)
    assert sum(first.created.values()) >= 2 and sum(first.updated.values()) == 1
    assert b.book.persons.ids(text="novyi chelovek")  # the new person is searchable
    steps = len(b.book.undo)
    report, changes = b.book.bundles.import_bundle(bundle)
    assert sum(report.created.values()) == sum(report.updated.values()) == 0
    assert not changes.tables and len(b.book.undo) == steps


def test_the_same_field_changed_on_both_sides_is_a_conflict_kept_for_the_volunteer(desks):
    a, b, _c, uid = desks
    _edit(a, uid, notes="A says")
    _edit(b, uid, notes="B says")
    report = b.take(a.bundle())
    assert report.conflicts == [("person", uid, "notes")]
    assert b.person(uid).notes == "B says"  # nothing silently dropped: both are kept
    conflict, = b.book.bundles.conflicts()
    assert (conflict.mine, conflict.theirs, conflict.field) == ("B says", "A says", "notes")
    b.take(a.bundle())  # again: still one conflict, not two
    assert len(b.book.bundles.conflicts()) == 1
    b.book.bundles.resolve(uid[:8], "notes", "theirs")
    assert b.person(uid).notes == "A says" and b.book.bundles.conflicts() == []
    back = a.take(b.bundle())
    assert back.conflicts == [] and a.person(uid).notes == "A says"


def test_keeping_mine_travels_back_and_wins(desks):
    a, b, _c, uid = desks
    _edit(a, uid, notes="A says")
    _edit(b, uid, notes="B says")
    b.take(a.bundle())
    b.book.bundles.resolve(uid, "notes", "mine")
    assert a.take(b.bundle()).conflicts == []
    assert a.person(uid).notes == "B says"


def test_a_deletion_travels_as_a_tombstone(desks):
    a, b, _c, uid = desks
    a.book.trash.delete(records.Person, a.book.persons.resolve(uid))
    report = b.take(a.bundle())
    assert sum(report.deleted.values()) >= 1
    pk = b.book.persons.ids(text="Қуанышбаев")
    assert pk == []
    assert [row.uid for row in b.book.trash.list()] == [uid]


def test_delete_on_one_side_and_edit_on_the_other_is_a_conflict_on_both(desks):
    a, b, _c, uid = desks
    a.book.trash.delete(records.Person, a.book.persons.resolve(uid))
    _edit(b, uid, notes="B still works on this person")
    assert ("person", uid, "deleted_at") in b.take(a.bundle()).conflicts
    assert b.book.persons.ids(text="Қуанышбаев")  # still live on B until decided
    assert ("person", uid, "deleted_at") in a.take(b.bundle()).conflicts
    trashed = a.book.get(records.Person, a.book.trash.list()[0].id)
    assert trashed.notes == "B still works on this person"  # the edit reached A


def test_a_chain_of_exchanges_converges(desks):
    a, b, c, uid = desks
    _edit(a, uid, notes="A")
    b.take(a.bundle())
    _edit(b, uid, citizenship="KZ")
    c.take(b.bundle())
    _edit(c, uid, status="released")
    report = a.take(c.bundle())
    assert report.conflicts == []
    b.take(a.bundle())
    c.take(a.bundle())
    seen = {(d.person(uid).notes, d.person(uid).citizenship, d.person(uid).status)
            for d in (a, b, c)}
    assert seen == {("A", "KZ", "released")}
    assert [sum(d.take(a.bundle()).updated.values()) for d in (b, c)] == [0, 0]


def test_import_is_one_undo_step(desks):
    a, b, _c, uid = desks
    new, _ = a.book.persons.add(records.Person(display_name="Айгүл Сейітова"))
    _edit(a, uid, notes="from A")
    _report, changes = b.book.bundles.import_bundle(a.bundle())
    assert changes.step == "Import Bundle"
    b.book.undo_step()
    assert b.person(uid).notes == "first"
    assert b.book.persons.ids(text="Айгүл") == []
    assert sum(b.take(a.bundle()).created.values()) >= 1  # the state was undone too


def test_dry_run_reports_and_writes_nothing(desks):
    a, b, _c, uid = desks
    _edit(a, uid, notes="from A")
    report, changes = b.book.bundles.import_bundle(a.bundle(), dry_run=True)
    assert sum(report.updated.values()) == 1 and not changes.tables
    assert b.person(uid).notes == "first"


def test_a_record_purged_here_does_not_come_back(desks):
    a, b, _c, uid = desks
    b.take(a.bundle())  # B now has an agreed state for every record
    b.book.trash.delete(records.Person, b.book.persons.resolve(uid))
    b.book.trash.purge([uid])
    report = b.take(a.bundle())
    assert any(s[1] == uid for s in report.skipped)


def test_a_person_scope_carries_their_case_and_no_one_else(desks):
    a, b, _c, uid = desks
    other, _ = a.book.persons.add(records.Person(display_name="Борис Ким"))
    out = a.bundle(person_ids=(a.book.persons.resolve(uid),))
    bundle = b.book.bundles.read(out)
    persons = {r.uid for r in bundle.records if r.table == "person"}
    assert persons == {uid} and other.uid not in persons
    assert {r.table for r in bundle.records} >= {"case_file", "case_party", "person_name"}


def test_an_encrypted_database_writes_sealed_bundles(desks, tmp_path):
    a, b, _c, uid = desks
    a.book.security.encrypt("correct horse battery")
    with pytest.raises(PassphraseNeeded):
        a.book.bundles.export(tmp_path / "x.caseapp")
    out = tmp_path / "sealed.caseapp"
    summary = a.book.bundles.export(out, passphrase="bundle pass 1")
    assert summary.sealed and not out.read_bytes().startswith(b"PK")
    assert b"\xd0\x95\xd1\x80" not in out.read_bytes()  # "Ер" of the name is not readable
    with pytest.raises(PassphraseNeeded):
        b.book.bundles.import_bundle(out)
    with pytest.raises(WrongPassphrase):
        b.book.bundles.import_bundle(out, passphrase="wrong one!")
    report, _ = b.book.bundles.import_bundle(out, passphrase="bundle pass 1")
    assert report.skipped == []


def test_a_hostile_bundle_is_refused_before_anything_is_written(desks, tmp_path):
    from caseapp.domain.errors import BadBundle

    _a, b, _c, _uid = desks
    bad = tmp_path / "bad.caseapp"
    bad.write_bytes(b"PK\x03\x04 and then nothing a zip needs")
    writes = b.book.writes
    with pytest.raises(BadBundle):
        b.book.bundles.import_bundle(bad)
    assert b.book.writes == writes and len(b.book.undo) == 0


def test_cli_exchange_round_trip_with_json_report(desks, tmp_path, capsys, monkeypatch):
    import json

    from caseapp.cli.main import main

    a, b, _c, uid = desks
    monkeypatch.setenv("CASEAPP_LANG", "en")
    _edit(a, uid, notes="A says")
    _edit(b, uid, notes="B says")
    a_path, b_path = str(a.book.path), str(b.book.path)
    a.book.close()
    b.book.close()
    out = tmp_path / "cli.caseapp"
    assert main(["--db", a_path, "bundle", "export", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["--db", b_path, "bundle", "import", str(out), "--dry-run",
                 "--format", "json"]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert dry["dry_run"] and dry["conflicts"] == [
        {"table": "person", "uid": uid, "field": "notes"}]
    assert main(["--db", b_path, "bundle", "import", str(out)]) == 0
    assert "changed on both sides" in capsys.readouterr().out
    assert main(["--db", b_path, "bundle", "conflicts"]) == 0
    listed = capsys.readouterr().out
    assert "A says" in listed and "B says" in listed
    assert main(["--db", b_path, "bundle", "resolve", uid[:8], "notes", "--take", "theirs"]) == 0
    assert main(["--db", b_path, "bundle", "conflicts"]) == 0
    assert "No conflicts" in capsys.readouterr().out
    bad = tmp_path / "bad.caseapp"
    bad.write_text("not a bundle")
    assert main(["--db", b_path, "bundle", "import", str(bad)]) == 1
    assert capsys.readouterr().err.count("\n") == 1


def test_since_carries_what_changed_and_what_it_links_to(desks):
    from datetime import date, timedelta

    a, b, _c, uid = desks
    case_id = a.book.cases.ids()[0]
    a.book.hearings.add(records.Hearing(case_id=case_id, court="Суд №2", date=date.today()))
    tomorrow = a.bundle(since=date.today() + timedelta(days=1))
    assert b.book.bundles.read(tomorrow).records == ()
    today = b.book.bundles.read(a.bundle(since=date.today()))
    tables = {r.table for r in today.records}
    assert "hearing" in tables and "case_file" in tables  # the case it links to comes along
    assert sum(b.take(a.bundle(since=date.today())).created.values()) >= 1


def test_a_purge_leaves_no_value_in_the_exchange_tables(desks):
    a, b, _c, uid = desks
    _edit(a, uid, notes="Secretnote from A")
    _edit(b, uid, notes="Secretnote from B")
    b.take(a.bundle())  # a state and a conflict now hold both notes
    b.book.trash.delete(records.Person, b.book.persons.resolve(uid))
    b.book.trash.purge([uid])
    b.book.close()
    import sqlite3

    connection = sqlite3.connect(b.book.path)
    kept = connection.execute("SELECT snapshot || history FROM exchange_state").fetchall()
    conflicts = connection.execute("SELECT count(*) FROM exchange_conflict").fetchone()[0]
    connection.close()
    assert not any("Secretnote" in text for (text,) in kept) and conflicts == 0
