# SPDX-License-Identifier: GPL-3.0-or-later
"""Every entity can be scripted from the command line, each write a core command."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.domain import records


def test_a_case_is_scripted_from_start_to_verdict(run, db_path: Path) -> None:
    assert run("person", "add", "Ерлан Қуанышбаев", "--status", "detained")[0] == 0
    assert run("person", "edit", "kuanyshbaev", "--add-alias", "Yerlan Kuanyshbayev",
               "--tag", "journalists", "--notes", "blogger", "--birth", "04.1984")[0] == 0
    assert run("case", "add", "2024-0117", "--title", "Protest", "--defendant",
               "Yerlan")[0] == 0
    assert run("case", "charge", "2024-0117", "Ерлан", "274", "--part", "2")[0] == 0
    assert run("facility", "add", "СИЗО ЛА-155/18", "--kind", "pretrial")[0] == 0
    assert run("detention", "add", "Ерлан", "--facility", "сизо ла-155/18", "--start",
               "14.03.2024", "--case", "2024-0117")[0] == 0
    assert run("hearing", "add", "2024-0117", "--date", "20.12.2030", "--time", "10.30",
               "--court", "Алмалинский суд")[0] == 0
    assert run("sentence", "add", "Ерлан", "--date", "01.10.2024", "--years", "5")[0] == 0
    assert run("action", "add", "Letter to the prosecutor", "--person", "Ерлан", "--case",
               "2024-0117", "--due", "10.12.2030")[0] == 0
    with Casebook(db_path) as book:
        person_id = book.persons.resolve("kuanyshbaev")
        shown = book.persons.details(person_id)
        hearing_uid = book.hearings.rows(book.hearings.ids())[0].uid
        action_uid = book.actions.rows(book.actions.ids())[0].uid
    assert shown.person.notes == "blogger" and shown.person.birth_date.iso() == "1984-04"
    assert {a.text for a in shown.aliases} == {"Ерлан Қуанышбаев", "Yerlan Kuanyshbayev"}
    assert shown.tags == ("journalists",)
    assert [c.charges[0].article for c in shown.cases] == ["274"]
    assert shown.detentions[0].facility == "СИЗО ЛА-155/18"
    assert shown.hearings[0].time.strftime("%H:%M") == "10:30"
    assert shown.sentences[0].expected_release is not None
    assert run("hearing", "outcome", hearing_uid[:8], "adjourned to 3 May")[0] == 0
    assert run("action", "done", action_uid[:6])[0] == 0
    assert run("person", "edit", "Ерлан", "--untag", "journalists")[0] == 0
    with Casebook(db_path) as book:
        shown = book.persons.details(book.persons.resolve("kuanyshbaev"))
        assert shown.hearings[0].outcome == "adjourned to 3 May"
        assert shown.actions[0].status == "done" and shown.tags == ()
        assert len(book.maintenance.audit_log()) >= 12


def test_a_photo_is_stored_by_content_and_removed(run, db_path: Path, tmp_path: Path) -> None:
    picture = tmp_path / "face.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"pixels" * 10)
    run("person", "add", "Ерлан Қуанышбаев")
    assert run("person", "edit", "Ерлан", "--photo", str(picture))[0] == 0
    with Casebook(db_path) as book:
        person = book.persons.details(book.persons.resolve("Ерлан")).person
        assert book.persons.photo(person) == picture.read_bytes()
    assert sorted(p.name for p in db_path.parent.iterdir() if "photo" in p.name.lower()) == []
    (tmp_path / "notes.txt").write_text("not a picture")
    code, _out, err = run("person", "edit", "Ерлан", "--photo", str(tmp_path / "notes.txt"))
    assert code == 1 and "not a picture" in err
    code, _out, err = run("person", "edit", "Ерлан", "--photo", str(tmp_path / "absent.png"))
    assert code == 1 and "absent.png does not exist" in err
    assert run("person", "edit", "Ерлан", "--no-photo")[0] == 0
    with Casebook(db_path) as book:
        assert book.persons.details(book.persons.resolve("Ерлан")).person.photo == ""


def test_lists_print_what_was_added(run) -> None:
    run("person", "add", "Ерлан Қуанышбаев")
    run("case", "add", "2024-0117", "--status", "trial", "--defendant", "Ерлан")
    run("action", "add", "Picket at the court", "--kind", "picket", "--status", "done")
    code, out, _err = run("case", "list", "--status", "trial")
    assert code == 0 and "2024-0117" in out and "Ерлан Қуанышбаев" in out
    code, out, _err = run("action", "list", "--kind", "picket")
    assert code == 0 and "Picket at the court" in out and "1 actions" in out
    code, out, _err = run("facility", "list")
    assert code == 0


@pytest.mark.parametrize("args, message", [
    (("hearing", "outcome", "zzzz", "x"), "No record in Hearings has the uid"),
    (("person", "edit", "nobody", "--notes", "x"), "No person matches"),
    (("case", "charge", "NO-SUCH", "x", "274"), "No record in Cases"),
    (("action", "add", "Letter", "--kind", "telegram"), "is not one of"),
    (("action", "list", "--due-within", "-3"), "--due-within"),
])
def test_bad_references_give_one_line(run, args, message) -> None:
    run("person", "add", "Ерлан Қуанышбаев")
    run("case", "add", "2024-0117", "--defendant", "Ерлан")
    code, out, err = run(*args)
    assert code == 1 and message in err and len(err.splitlines()) == 1


def test_a_hearing_needs_the_full_date(run, db_path: Path) -> None:
    run("person", "add", "Ерлан Қуанышбаев")
    run("case", "add", "2024-0117")
    code, _out, err = run("hearing", "add", "2024-0117", "--date", "2024")
    assert code == 1 and "full date" in err
    with Casebook(db_path) as book:
        assert book.hearings.ids() == []
        assert book.get(records.Case, book.cases.resolve("2024-0117")).case_number == "2024-0117"
