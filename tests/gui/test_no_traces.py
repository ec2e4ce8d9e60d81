# SPDX-License-Identifier: GPL-3.0-or-later
"""After a full demo run, nothing caseapp wrote outside its databases names a person.

Issue 9, privacy: settings, window state, recent files and anything else in the data
folder must not hold names (only databases and their backups may, and those can be
encrypted). Every person's name and alias in the demo is looked for in every other
file, as UTF-8, as UTF-16 and through QSettings (which escapes non-ASCII text).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from caseapp.cli.main import main
from caseapp.core.casebook import Casebook
from caseapp.domain.queries import PersonQuery

from caseapp.gui.pages import PAGES
from caseapp.gui.tasks import SyncTaskRunner

SQLITE_HEADER = b"SQLite format 3\x00"


def demo_names(path: Path) -> tuple[set[str], str]:
    """Every name and alias of the demo's persons, and one person's uid."""
    with Casebook(path) as book:
        ids = book.persons.page(PersonQuery(), 0, 10_000).ids
        found = set()
        for person_id in ids:
            details = book.persons.details(person_id)
            found.add(details.person.display_name)
            found.update(alias.text for alias in details.aliases)
        first = book.persons.details(ids[0]).person
    return {name for name in found if len(name) >= 4}, first.uid


def written_files(home: Path) -> list[Path]:
    """Files under the data folder that are not databases (a backup is a database)."""
    return [path for path in home.rglob("*") if path.is_file()
            and not path.read_bytes().startswith(SQLITE_HEADER)
            and not path.name.endswith(("-wal", "-shm"))]


def names_in(path: Path, names: set[str]) -> set[str]:
    data = path.read_bytes()
    found = {n for n in names if n.encode() in data or n.encode("utf-16-le") in data}
    if path.suffix == ".ini":
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        text = " ".join(str(settings.value(key)) for key in settings.allKeys())
        found |= {name for name in names if name in text}
    return found


def run_cli(*args: str) -> None:
    assert main(list(args)) == 0, args


def use_the_window(qtbot, path: Path) -> None:
    from caseapp.gui.mainwindow import MainWindow

    window = MainWindow(Casebook(path), SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    for spec in PAGES:
        window.show_page(spec.key, focus=False)
    persons = window.show_page("persons", focus=False)
    first = persons.list_view.model.id_at(0)
    persons.list_view.select_record(first)
    window.open_record("person", first)
    window.close()


def test_nothing_outside_the_databases_names_a_demo_person(qtbot, caseapp_home: Path,
                                                           monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CASEAPP_LANG", "en")
    run_cli("demo")
    database = next(caseapp_home.rglob("*.sqlite"))
    names, someone = demo_names(database)
    assert len(names) > 50
    for args in (("person", "list"), ("search", someone), ("person", "show", someone),
                 ("hearings", "--upcoming", "60"), ("backup",), ("check",),
                 ("report", "dossier", someone, "-o", str(tmp_path / "chosen.pdf"))):
        run_cli(*args)
    use_the_window(qtbot, database)
    files = written_files(caseapp_home)
    assert files, "settings and window state were written"
    leaks = {str(path.relative_to(caseapp_home)): names_in(path, names) for path in files}
    assert {path: found for path, found in leaks.items() if found} == {}
