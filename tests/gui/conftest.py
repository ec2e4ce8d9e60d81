# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for GUI tests: offscreen Qt, a private data folder, a small casebook."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date, timedelta
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from caseapp.core.persons import AliasInput
from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate


@pytest.fixture(autouse=True)
def caseapp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Path:
    """Every test has the QApplication and keeps settings and backups in its own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("CASEAPP_HOME", str(home))
    return home


def fill(book: Casebook) -> dict[str, int]:
    """A few persons in several scripts, one with a case, detention, hearing and sentence."""
    erlan, _ = book.persons.add(
        records.Person(display_name="Ерлан Қуанышбаев", status="detained",
                       notes="Journalist <b>not bold</b>"),
        [AliasInput("Erlan Kuanyshbayev", kind="transliteration"),
         AliasInput("Ерлан Куанышбаев", kind="transliteration")])
    aigul, _ = book.persons.add(records.Person(display_name="Айгүл Сейітова", status="released"))
    boris, _ = book.persons.add(records.Person(display_name="Борис Ким", status="at_large"))
    case, _ = book.cases.add(records.Case(case_number="2024-0117", title="Protest in Zhanaozen",
                                          status="trial"))
    book.cases.add_party(case.id, erlan.id)
    book.cases.add_charge(case.id, erlan.id, "174", part="2", wording="calls on social media")
    facility, _ = book.custody.add_facility(records.Facility(name="SIZO No. 1", kind="pretrial",
                                                             city="Almaty"))
    book.custody.add_detention(records.Detention(
        person_id=erlan.id, facility_id=facility.id, case_id=case.id,
        start=PartialDate(2024, 3, 14)))
    book.hearings.add(records.Hearing(case_id=case.id, court="Almaty City Court",
                                             date=date.today() + timedelta(days=5)))
    book.custody.add_sentence(records.Sentence(person_id=aigul.id, date=date(2022, 5, 4),
                                               court="Shymkent District Court", years=1))
    return {"erlan": erlan.id, "aigul": aigul.id, "boris": boris.id}


@pytest.fixture
def casebook(tmp_path: Path):
    """A casebook with the persons of ``fill`` and an empty undo history."""
    casebook = Casebook(tmp_path / "x.sqlite", create=True)
    fill(casebook)
    casebook.undo.clear()
    yield casebook
    casebook.close()


@pytest.fixture
def people(casebook: Casebook) -> dict[str, int]:
    return {"erlan": casebook.persons.resolve("Ерлан Қуанышбаев"),
            "aigul": casebook.persons.resolve("Айгүл Сейітова"),
            "boris": casebook.persons.resolve("Борис Ким")}


@pytest.fixture
def window(qtbot, casebook: Casebook):
    from caseapp.gui.mainwindow import MainWindow
    from caseapp.gui.tasks import SyncTaskRunner

    main_window = MainWindow(casebook, SyncTaskRunner())
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.show_page("persons", focus=False)  # the first run opens on the Dashboard
    yield main_window
    main_window.close()
