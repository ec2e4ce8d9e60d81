# SPDX-License-Identifier: GPL-3.0-or-later
"""A script reviews an article draft like a volunteer (`--write-draft`, edit, `--draft`),
and merges two persons (`caseapp person merge`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook

ARTICLE = ("Белсенді Ерлан Тілеуов Қостанайда ұсталды\n"
           "Полиция 12.03.2024 күні белсенді Ерлан Тілеуовты ұстады. Келесі күні Қостанай "
           "қалалық соты оны екі айға тергеу изоляторына қамауға алды. Бұл туралы оның "
           "адвокаты Әлия Тұрсынқызы айтты.")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def _write_draft(run, article: Path, tmp_path: Path) -> tuple[Path, dict]:
    draft_file = tmp_path / "draft.json"
    code, out, _err = run("import-article", str(article), "--published", "2024-03-14",
                          "--write-draft", str(draft_file))
    assert code == 0 and "--draft" in out
    return draft_file, json.loads(draft_file.read_text("utf-8"))


def test_the_import_follows_an_edited_draft(run, article, tmp_path, db_path):
    draft_file, data = _write_draft(run, article, tmp_path)
    lawyer = next(p for p in data["persons"] if p["role"] == "lawyer")
    activist = next(p for p in data["persons"] if p["target"])
    remand = next(e for e in data["events"] if e["detention_kind"] == "pretrial")
    remand["date"], remand["place"] = "2024-03-14", "Қостанай қаласы"
    data["events"] = [remand, {"kind": "charge", "date": "2024-03-14", "persons": [lawyer["key"]],
                               "article": "274", "quote": remand["quote"]}]
    lawyer["role"], lawyer["target"] = "detainee", True      # the volunteer knows better
    activist["name"] = "Ерлан Тілеуов (Қостанай)"
    draft_file.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    code, out, err = run("import-article", str(article), "--draft", str(draft_file), "--apply")
    assert code == 0, err
    with Casebook(db_path) as book:
        held = book.persons.details(book.persons.resolve("Ерлан Тілеуов (Қостанай)"))
        charged = book.persons.details(book.persons.resolve(lawyer["name"]))
    assert [(d.start, d.end) for d in held.detentions] == [("2024-03-14", "2024-05-13")]
    assert held.events == ()          # the dropped police detention is not stored at all
    assert [c.charges[0].article for c in charged.cases] == ["274"]


def test_a_wrong_draft_is_refused_with_where_it_is_wrong(run, article, tmp_path, db_path):
    draft_file, data = _write_draft(run, article, tmp_path)
    data["events"][0]["date"] = "2024-13-40"
    draft_file.write_text(json.dumps(data), "utf-8")
    code, _out, err = run("import-article", str(article), "--draft", str(draft_file), "--apply")
    assert code == 1 and "events[0].date" in err and "Traceback" not in err
    draft_file.write_text("{not json", "utf-8")
    code, _out, err = run("import-article", str(article), "--draft", str(draft_file))
    assert code == 1 and "not JSON" in err
    with Casebook(db_path) as book:
        assert book.sources.ids() == []


def test_a_draft_of_another_text_is_refused(run, article, tmp_path):
    draft_file, _data = _write_draft(run, article, tmp_path)
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE + " Тағы бір сөйлем.", "utf-8")
    code, _out, err = run("import-article", str(other), "--draft", str(draft_file), "--apply")
    assert code == 1 and "another text" in err


def _two_spellings(run) -> tuple[str, str]:
    """The same man entered twice (Latin, then Kazakh); the uids, since a name search
    finds both."""
    latin = run("person", "add", "Yerlan Kuanyshbayev", "--status", "detained")[1]
    kazakh = run("person", "add", "Ерлан Қуанышбаев", "--birth", "04.1984", "--notes", "blogger",
                 "--status", "sentenced")[1]
    return tuple(out.strip().rsplit("(", 1)[1].rstrip(")") for out in (latin, kazakh))


def test_person_merge_takes_the_chosen_fields(run, db_path):
    keep, other = _two_spellings(run)
    code, out, _err = run("person", "merge", keep, other, "--dry-run")
    assert code == 0 and "status: detained | sentenced  → keep" in out
    code, out, _err = run("person", "merge", keep, other,
                          "--take", "display_name=other", "--take", "status=other")
    assert code == 0 and "is in the trash" in out
    with Casebook(db_path) as book:
        [person_id] = book.persons.ids()
        shown = book.persons.details(person_id)
    assert (shown.person.display_name, shown.person.status, shown.person.notes) == (
        "Ерлан Қуанышбаев", "sentenced", "blogger")
    assert {a.text for a in shown.aliases} == {"Yerlan Kuanyshbayev", "Ерлан Қуанышбаев"}


def test_person_merge_refuses_a_wrong_take(run, db_path):
    keep, other = _two_spellings(run)
    code, _out, err = run("person", "merge", keep, other, "--take", "status=both")
    assert code == 1 and "status" in err
    code, _out, err = run("person", "merge", keep, other, "--take", "status")
    assert code == 1 and "FIELD=other" in err
    with Casebook(db_path) as book:
        assert len(book.persons.ids()) == 2


def test_adding_a_name_that_is_already_here_notes_the_other_person(run) -> None:
    code, _out, err = run("person", "add", "Yerlan Kuanyshbayev")
    assert code == 0 and err == ""
    code, _out, err = run("person", "add", "Ерлан Қуанышбаев")
    assert code == 0 and err.startswith("note: Yerlan Kuanyshbayev (") and "person merge" in err
