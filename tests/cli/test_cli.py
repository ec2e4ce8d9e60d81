# SPDX-License-Identifier: GPL-3.0-or-later
"""The `caseapp` command, run as a volunteer runs it: a subprocess with its own data folder.

Every run is checked for a traceback; errors must be one line on stderr with exit 1,
usage errors exit 2.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

DB_NAME = "caseapp.sqlite"


@dataclass
class Run:
    code: int
    out: str
    err: str


def caseapp(home: Path, *args: str, cwd: Path | None = None) -> Run:
    """Run caseapp with CASEAPP_HOME=home from an empty folder beside it (or ``cwd``)."""
    env = {**os.environ, "CASEAPP_HOME": str(home), "CASEAPP_OPERATOR": "cli-test",
           "CASEAPP_LANG": "en", "PYTHONIOENCODING": "utf-8"}
    env.pop("CASEAPP_DEBUG", None)
    workdir = cwd or home.parent / "cwd"
    workdir.mkdir(exist_ok=True)
    done = subprocess.run([sys.executable, "-m", "caseapp.cli.main", *args], cwd=workdir,
                          env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
                          check=False)
    assert "Traceback" not in done.stderr, done.stderr
    assert "Traceback" not in done.stdout
    return Run(done.returncode, done.stdout, done.stderr)


def assert_error(run: Run, *fragments: str, status: int = 1) -> str:
    """Exit 1 (2 for a problem with the database file), nothing on stdout, exactly one line
    on stderr naming the reason."""
    assert run.code == status, run
    assert run.out == ""
    lines = run.err.splitlines()
    assert len(lines) == 1, run.err
    assert lines[0].startswith("caseapp: error: ")
    for fragment in fragments:
        assert fragment in lines[0]
    return lines[0]


def assert_usage_error(run: Run) -> None:
    assert run.code == 2, run
    assert "usage: caseapp" in run.err
    assert run.out == ""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty data folder (CASEAPP_HOME) for one test."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run]:
    """`caseapp demo` in a fresh data folder, once per module: the folder and the run."""
    folder = tmp_path_factory.mktemp("cli-demo") / "home"
    folder.mkdir()
    return folder, caseapp(folder, "demo")


@pytest.fixture(scope="module")
def demo_home_template(demo_run: tuple[Path, Run]) -> Path:
    folder, run = demo_run
    assert run.code == 0, run
    return folder


@pytest.fixture
def demo_home(demo_home_template: Path, tmp_path: Path) -> Path:
    """A data folder holding a demo database made by `caseapp demo` (copied per test)."""
    folder = tmp_path / "demo-home"
    shutil.copytree(demo_home_template, folder)
    return folder


def person_uid(db: Path, name: str, *, delete: bool = False) -> str:
    """Find (and optionally trash) a person through the core, as another front end would."""
    from caseapp.core.casebook import Casebook
    from caseapp.domain import records

    with Casebook(db) as book:
        pid = book.persons.resolve(name)
        uid = book.get(records.Person, pid).uid
        if delete:
            book.trash.delete(records.Person, pid)
    return uid


class TestInit:
    def test_init_creates_the_database_in_the_data_folder(self, home: Path) -> None:
        run = caseapp(home, "init")
        assert run.code == 0 and run.err == ""
        assert run.out.strip() == f"Created {home / DB_NAME}"
        assert (home / DB_NAME).exists()
        assert list((home.parent / "cwd").iterdir()) == []  # nothing beside the caller

    def test_init_refuses_an_existing_database(self, home: Path) -> None:
        caseapp(home, "init")
        before = digest(home / DB_NAME)
        assert_error(caseapp(home, "init"), "already exists", str(home / DB_NAME))
        assert digest(home / DB_NAME) == before

    @pytest.mark.parametrize("where", ["top", "sub"])
    def test_db_option_in_either_place(self, home: Path, tmp_path: Path, where: str) -> None:
        target = tmp_path / "elsewhere" / "cases.sqlite"
        args = ["--db", str(target), "init"] if where == "top" else ["init", "--db", str(target)]
        assert caseapp(home, *args).code == 0
        assert target.exists() and not (home / DB_NAME).exists()
        assert "0 persons" in caseapp(home, "person", "list", "--db", str(target)).out
        listing = caseapp(home, "--db", str(target), "person", "list")
        assert listing.code == 0 and "0 persons" in listing.out

    def test_version(self, home: Path) -> None:
        run = caseapp(home, "--version")
        assert run.code == 0 and re.fullmatch(r"caseapp \d+\.\d+\.\d+\n", run.out)


class TestDemoAndSearch:
    def test_demo_reports_its_size(self, demo_run: tuple[Path, Run]) -> None:
        home, run = demo_run
        assert run.code == 0 and run.err == ""
        match = re.fullmatch(r"Created demo database (.+) with (\d+) persons\n", run.out)
        assert match and Path(match.group(1)) == home / DB_NAME and int(match.group(2)) >= 60

    def test_demo_refuses_to_overwrite_without_force(self, demo_home: Path) -> None:
        assert_error(caseapp(demo_home, "demo"), "already exists", "--force")
        assert_error(caseapp(demo_home, "demo", "--force"), "your database", "holds records")
        other = demo_home / "other-demo.sqlite"
        assert caseapp(demo_home, "--db", str(other), "demo").code == 0
        replaced = caseapp(demo_home, "--db", str(other), "demo", "--force")
        assert replaced.code == 0 and "Backed up the old file" in replaced.out

    @pytest.mark.parametrize("query", [["kuanyshbaev"], ["KUANYSHBAYEV"], ["Қуанышбаев"],
                                       ["Куанышбаев"], ["Ерлан", "Куаныш"]])
    def test_search_prints_erlan(self, demo_home: Path, query: list[str]) -> None:
        run = caseapp(demo_home, "search", *query)
        assert run.code == 0 and run.err == ""
        assert "Ерлан Қуанышбаев" in run.out
        assert re.search(r"^[0-9a-f]{8}\s+person\s+Ерлан Қуанышбаев$", run.out, re.MULTILINE)

    def test_search_without_hits_says_so(self, demo_home: Path) -> None:
        run = caseapp(demo_home, "search", "Zzyzxqwv")
        assert run.code == 0 and run.out.strip() == "Nothing matches “Zzyzxqwv”"

    def test_search_with_fts_syntax_is_harmless(self, demo_home: Path) -> None:
        run = caseapp(demo_home, "search", 'AND OR "* NEAR( -:^')
        assert run.code == 0 and run.err == ""


class TestPersons:
    def test_add_list_show(self, home: Path) -> None:
        caseapp(home, "init")
        added = caseapp(home, "person", "add", "Зарина Әбдіқадырова", "--alias",
                        "Zarina Abdikadyrova", "--alias", "Зарина Абдикадырова",
                        "--status", "detained", "--birth", "04.1990", "--notes", "Blogger")
        assert added.code == 0 and added.err == ""
        uid = re.fullmatch(r"Added Зарина Әбдіқадырова \(([0-9a-f-]{36})\)\n", added.out).group(1)

        listing = caseapp(home, "person", "list")
        assert re.search(rf"^{uid[:8]}\s+Зарина Әбдіқадырова\s+detained", listing.out, re.MULTILINE)
        assert listing.out.splitlines()[-1] == "1 persons"
        assert "0 persons" in caseapp(home, "person", "list", "--status", "released").out
        assert "1 persons" in caseapp(home, "person", "list", "--status", "Detained").out

        for reference in ("abdikadyrova", "Zarina Abdikadyrova", uid):
            shown = caseapp(home, "person", "show", reference)
            assert shown.code == 0, reference
            lines = shown.out.splitlines()
            assert lines[:4] == ["Зарина Әбдіқадырова", f"uid: {uid}", "status: detained",
                                 "born: 04.1990"]
            assert "  Zarina Abdikadyrova  (transliteration, en)" in lines
            assert "  Зарина Абдикадырова  (transliteration, ru)" in lines
            assert lines[-2:] == ["Notes:", "  Blogger"]

    def test_show_a_demo_person_with_links(self, demo_home: Path) -> None:
        run = caseapp(demo_home, "person", "show", "Ерлан Қуанышбаев")
        assert run.code == 0
        for section in ("Names:", "Cases:", "Detentions:", "Hearings:", "Actions:"):
            assert section in run.out
        assert "Yerlan Kuanyshbaev" in run.out and "art. " in run.out

    def test_list_by_tag(self, demo_home: Path) -> None:
        run = caseapp(demo_home, "person", "list", "--tag", "no such tag")
        assert run.code == 0 and run.out.splitlines()[-1] == "0 persons"

    @pytest.mark.parametrize("args, fragments", [
        (["--status", "jailed"], ["“jailed” is not one of"]),
        (["--birth", "31.02.2019"], ["no day 31"]),
        (["--birth", "spring"], ["“spring” is not a date"]),
    ])
    def test_add_rejects_bad_values(self, home: Path, args: list[str],
                                    fragments: list[str]) -> None:
        caseapp(home, "init")
        assert_error(caseapp(home, "person", "add", "Бекзат", *args), *fragments)
        assert "0 persons" in caseapp(home, "person", "list").out


class TestHearingsCheckBackup:
    def test_upcoming_hearings(self, demo_home: Path) -> None:
        today = date.today()
        run = caseapp(demo_home, "hearings", "--upcoming", "14")
        assert run.code == 0 and run.err == ""
        lines = run.out.splitlines()
        count = int(re.fullmatch(r"(\d+) hearings in the next 14 days", lines[-1]).group(1))
        rows = [line for line in lines[1:-1] if line.strip()]
        assert count == len(rows) >= 1
        for row in rows:
            day = date.fromisoformat(row.split()[0])
            assert today <= day <= today + timedelta(days=14)
            assert re.match(r"\d{4}-\d\d-\d\d  \d\d:\d\d  ", row)

    def test_no_upcoming_hearings_in_an_empty_database(self, home: Path) -> None:
        caseapp(home, "init")
        run = caseapp(home, "hearings", "--upcoming", "0")
        assert run.code == 0 and run.out.splitlines()[-1] == "0 hearings in the next 0 days"

    def test_negative_days_are_an_error(self, demo_home: Path) -> None:
        assert_error(caseapp(demo_home, "hearings", "--upcoming", "-1"), "--upcoming")

    def test_check(self, demo_home: Path) -> None:
        run = caseapp(demo_home, "check")
        assert run.code == 0 and run.out.strip() == "Database is healthy"

    def test_check_reports_damage_with_exit_1(self, demo_home: Path) -> None:
        connection = sqlite3.connect(demo_home / DB_NAME)
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute("DELETE FROM person WHERE id = (SELECT min(person_id) FROM case_party)")
        connection.commit()
        connection.close()
        run = caseapp(demo_home, "check")
        assert run.code == 1 and "points to a missing person" in run.out
        assert re.search(r"^\d+ problems found$", run.out, re.MULTILINE)

    def test_backup(self, demo_home: Path, tmp_path: Path) -> None:
        run = caseapp(demo_home, "backup")
        assert run.code == 0
        written = Path(re.fullmatch(r"Backup written to (.+)\n", run.out).group(1))
        assert written.parent == demo_home / "backups" / "caseapp"
        assert written.exists()
        target = tmp_path / "usb" / "copy.sqlite"
        run = caseapp(demo_home, "backup", "-o", str(target))
        assert run.code == 0 and run.out.strip() == f"Backup written to {target}"
        assert caseapp(demo_home, "--db", str(target), "check").code == 0


class TestTrash:
    def test_list_restore_purge(self, demo_home: Path) -> None:
        db = demo_home / DB_NAME
        uid = person_uid(db, "Ерлан Қуанышбаев", delete=True)
        assert "Ерлан Қуанышбаев" not in caseapp(demo_home, "search", "kuanyshbaev").out

        listing = caseapp(demo_home, "trash", "list")
        assert listing.code == 0
        assert re.search(rf"^{uid[:8]}\s+person\s+Ерлан Қуанышбаев\s+\d{{4}}-", listing.out,
                         re.MULTILINE)

        restored = caseapp(demo_home, "trash", "restore", uid[:8])
        assert restored.code == 0 and restored.out.strip() == "Restored Ерлан Қуанышбаев"
        assert "Ерлан Қуанышбаев" not in caseapp(demo_home, "trash", "list").out
        assert "Ерлан Қуанышбаев" in caseapp(demo_home, "search", "kuanyshbaev").out

        person_uid(db, "Ерлан Қуанышбаев", delete=True)
        assert_error(caseapp(demo_home, "trash", "purge"), "uid", "--all")
        purged = caseapp(demo_home, "trash", "purge", uid)
        first, hint = purged.out.splitlines()
        assert purged.code == 0 and first == "Purged 1 record"
        assert "still hold" in hint and "backup prune" in hint
        assert_error(caseapp(demo_home, "person", "show", uid), "No person matches")
        emptied = caseapp(demo_home, "trash", "purge", "--all", "--and-backups")
        assert emptied.out.splitlines()[0] == "Purged 0 records"
        assert re.fullmatch(r"Kept .*\.sqlite; deleted \d+ older backups",
                            emptied.out.splitlines()[1])
        listed = caseapp(demo_home, "backup", "list").out
        assert "\n1 backup in " in listed, "only the fresh backup, made after the purge, is left"
        assert caseapp(demo_home, "check").code == 0

    def test_restore_unknown_uid(self, demo_home: Path) -> None:
        assert_error(caseapp(demo_home, "trash", "restore", "deadbeef"), "deadbeef")


class TestErrors:
    def test_unknown_person(self, demo_home: Path) -> None:
        assert_error(caseapp(demo_home, "person", "show", "Nobody Atall"),
                     "No person matches “Nobody Atall”")

    def test_ambiguous_person(self, demo_home: Path) -> None:
        assert_error(caseapp(demo_home, "person", "show", "Қуанышбаев"), "matches", "uid")

    def test_missing_database(self, home: Path) -> None:
        assert_error(caseapp(home, "search", "x"), "There is no database at",
                     str(home / DB_NAME))
        assert not (home / DB_NAME).exists()

    def test_newer_database_is_refused_and_left_untouched(self, demo_home: Path) -> None:
        db = demo_home / DB_NAME
        connection = sqlite3.connect(db)
        connection.execute("PRAGMA user_version = 99")
        connection.commit()
        connection.close()
        before = digest(db)
        for args in (["search", "kuanyshbaev"], ["person", "list"], ["check"], ["backup"],
                     ["person", "add", "X"], ["trash", "purge", "--all"]):
            assert_error(caseapp(demo_home, *args), "newer caseapp", "99", str(db), status=2)
        assert digest(db) == before
        assert sorted(p.name for p in demo_home.iterdir()) == [DB_NAME]

    def test_not_a_database(self, home: Path) -> None:
        path = home / "notes.sqlite"
        path.write_text("not a database\n" * 100, encoding="utf-8")
        assert_error(caseapp(home, "--db", str(path), "person", "list"),
                     str(path), "not a caseapp database", status=2)

    @pytest.mark.parametrize("args", [
        [], ["frobnicate"], ["person"], ["person", "add"], ["trash"],
        ["hearings", "--upcoming", "abc"], ["search"], ["person", "list", "--bogus"],
    ])
    def test_usage_errors_exit_2(self, home: Path, args: list[str]) -> None:
        assert_usage_error(caseapp(home, *args))


class TestClearReasons:
    """Odd input still gets a reason a volunteer can act on, not "unexpected error"."""

    @pytest.fixture
    def one_person(self, home: Path) -> Path:
        caseapp(home, "init")
        caseapp(home, "person", "add", "Only One")
        return home

    @pytest.mark.parametrize("reference", ["", "   "])
    def test_empty_person_reference_is_not_found(self, one_person: Path, reference: str) -> None:
        assert_error(caseapp(one_person, "person", "show", reference), "No person matches")

    def test_huge_day_count(self, one_person: Path) -> None:
        line = assert_error(caseapp(one_person, "hearings", "--upcoming", "99999999"),
                            "--upcoming")
        assert "unexpected" not in line

    def test_backup_into_a_folder_path(self, one_person: Path, tmp_path: Path) -> None:
        folder = tmp_path / "a folder"
        folder.mkdir()
        line = assert_error(caseapp(one_person, "backup", "-o", str(folder)), str(folder))
        assert "unexpected" not in line

    def test_data_folder_below_a_file(self, tmp_path: Path) -> None:
        blocker = tmp_path / "file"
        blocker.write_text("x")
        assert_error(caseapp(blocker / "home", "init", cwd=tmp_path), str(blocker))


def test_codes_search_lists_articles_by_words_in_any_script(run) -> None:
    code, out, _err = run("codes", "search", "заведомо ложн", "--country", "KZ")
    assert code == 0
    assert "274" in out and "Dissemination of knowingly false" in out
    code, out, _err = run("codes", "counts")
    assert code == 0 and "RU" in out and "BY" in out


def test_charge_by_title_words_names_the_article(run) -> None:
    run("person", "add", "Test Person")
    run("case", "add", "C-1", "--defendant", "Test Person")
    code, _out, err = run("case", "charge", "C-1", "Test Person", "false information")
    assert code == 1 and "KZ 274 — Dissemination of knowingly false information" in err
    code, out, _err = run("case", "charge", "C-1", "Test Person",
                          "распространение заведомо ложной информации")
    assert code == 0
    assert "KZ 274 — Dissemination of knowingly false information" in out
    code, _out, err = run("case", "charge", "C-1", "Test Person", "заведомо")
    assert code == 1 and "several articles" in err


def test_self_test_option_passes_and_names_each_step(capsys, monkeypatch):
    """The printing and the exit status (core/test_selftest.py runs the real steps)."""
    from caseapp.cli.main import main
    from caseapp.core.selftest import SelfTest

    monkeypatch.setenv("CASEAPP_LANG", "en")
    monkeypatch.setattr(SelfTest, "steps", lambda self: [
        ("open a new database", self.open_database), ("build the demo", lambda: None)])
    with pytest.raises(SystemExit) as stopped:
        main(["--self-test"])
    lines = capsys.readouterr().out.splitlines()
    assert stopped.value.code == 0
    assert [line.split(" (")[0] for line in lines[:2]] == ["ok  open a new database",
                                                           "ok  build the demo"]
    assert lines[2].startswith("self-test passed in ")


def test_self_test_option_fails_with_the_step(capsys, monkeypatch):
    from caseapp.cli.main import main
    from caseapp.core.selftest import SelfTest

    monkeypatch.setenv("CASEAPP_LANG", "en")
    monkeypatch.setattr(SelfTest, "open_database", lambda self: (_ for _ in ()).throw(
        ValueError("no room")))
    with pytest.raises(SystemExit) as stopped:
        main(["--self-test"])
    assert stopped.value.code == 1
    assert capsys.readouterr().out == "FAILED  open a new database: ValueError: no room\n"
