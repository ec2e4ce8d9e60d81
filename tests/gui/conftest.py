# SPDX-License-Identifier: GPL-3.0-or-later
"""Fixtures for GUI tests: offscreen Qt, a private data folder, a small casebook, the main
window, and ``Host``, the main window as pages and dialogs see it."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from caseapp.core.casebook import Casebook
from caseapp.core.listing import ListManager
from caseapp.core.persons import AliasInput
from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.views import Page
from tests.gui.safety_support import KEY, PassphraseAnswers

from caseapp.gui.tasks import QtTaskRunner, SyncTaskRunner, TaskRunner

#: How much longer than written a GUI test waits for something to happen: a shared CI
#: machine under load is several times slower, and a wait ends as soon as its condition
#: holds, so a passing test is not slowed down (CASEAPP_TEST_PATIENCE overrides it).
PATIENCE = float(os.environ.get("CASEAPP_TEST_PATIENCE", "5"))


@pytest.fixture(autouse=True)
def _patient_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every qtbot wait (waitUntil, waitSignal, waitSignals) allows PATIENCE times its timeout."""
    from pytestqt.qtbot import QtBot

    for name in ("waitUntil", "waitSignal", "waitSignals"):
        monkeypatch.setattr(QtBot, name, _patient(getattr(QtBot, name), name))


def _patient(wait: Callable[..., Any], name: str) -> Callable[..., Any]:
    default = 5000

    def patient(self: Any, *args: Any, timeout: int = default, **kwargs: Any) -> Any:
        return wait(self, *args, timeout=int(timeout * PATIENCE), **kwargs)

    patient.__name__ = name
    return patient


class BookSource:
    """A list model's source answering at once from one of a Casebook's list managers."""

    def __init__(self, manager: ListManager[Any]) -> None:
        self.manager = manager

    def load_first(self, query: Any, limit: int, deliver: Callable[[Page], None]) -> None:
        deliver(self.manager.page(query, 0, limit))

    def page(self, query: Any, offset: int, limit: int) -> Page:
        return self.manager.page(query, offset, limit)

    def position(self, query: Any, record_id: int) -> int | None:
        return self.manager.position(query, record_id)

    def rows(self, ids: list[int]) -> list[Any]:
        return self.manager.rows(ids)


@pytest.fixture
def book_source() -> type[BookSource]:
    """``book_source(casebook.persons)``: a list model's source that answers at once."""
    return BookSource


@pytest.fixture(autouse=True)
def caseapp_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Path:
    """Every test has the QApplication and keeps settings and backups in its own folder."""
    home = tmp_path / "home"
    monkeypatch.setenv("CASEAPP_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def no_unexpected_error(qapp):
    """A test that hits a bug in the window fails, even when the bug only showed its dialog."""
    from caseapp.gui.common.unexpected import UnexpectedErrorDialog

    yield
    left = [w for w in qapp.topLevelWidgets()
            if isinstance(w, UnexpectedErrorDialog) and w.isVisible()]
    for dialog in left:
        dialog.close()
    assert not left, f"unexpected error: {left[0].details}"


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


class Host:
    """The main window as pages and dialogs see it (a ``PageHost``), recording what they
    ask of it. Jobs run at once on the calling thread unless ``tasks`` says otherwise.

    ``pages`` get every Changes (as loaded pages do), which ``changes`` also keeps;
    ``messages``, ``opened`` (table, id) and ``statuses`` record the other requests.
    """

    def __init__(self, casebook: Casebook, tasks: TaskRunner | None = None) -> None:
        self.casebook = casebook
        self.tasks = tasks or SyncTaskRunner()
        self.pages: list[Any] = []
        self.changes: list[Changes] = []
        self.messages: list[str] = []
        self.opened: list[tuple[str, int]] = []
        self.statuses: list[str] = []

    def operation_did_execute(self, changes: Changes, origin: object | None) -> None:
        self.changes.append(changes)
        for page in self.pages:
            page.on_changes(changes)

    def show_message(self, text: str) -> None:
        self.messages.append(text)

    def open_record(self, table: str, record_id: int) -> None:
        self.opened.append((table, record_id))

    def show_persons_with_status(self, status: str) -> None:
        self.statuses.append(status)

    def undo(self) -> str:
        """Edit ▸ Undo: returns the name of the step undone."""
        changes = self.casebook.undo_step()
        self.operation_did_execute(changes, None)
        return changes.step or ""


@pytest.fixture
def host(casebook: Casebook) -> Host:
    return Host(casebook)


@pytest.fixture
def worker_host(casebook: Casebook):
    """A host whose jobs run on the real database worker thread."""
    worker = Host(casebook, QtTaskRunner())
    yield worker
    worker.tasks.drain(casebook.close)
    worker.tasks.shutdown()


@pytest.fixture
def open_page(qtbot, host: Host) -> Callable[..., Any]:
    """``open_page(PageClass)``: the page on ``host``, shown, loaded and told of changes."""

    def opened(page_class: Callable[[Host], QWidget], width: int = 1200,
               height: int = 700) -> Any:
        page = page_class(host)
        host.pages.append(page)
        qtbot.addWidget(page)
        page.resize(width, height)
        page.show()
        page.reload()
        return page

    return opened


@pytest.fixture
def tab_chain() -> Callable[[QWidget], list[QWidget]]:
    """``tab_chain(start)``: the widgets Tab visits from ``start``, in order, until it comes
    round again."""

    def chain_from(start: QWidget) -> list[QWidget]:
        chain, widget = [start], start.nextInFocusChain()
        while widget is not start and len(chain) < 500:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
                chain.append(widget)
            widget = widget.nextInFocusChain()
        return chain

    return chain_from


@pytest.fixture
def known(casebook) -> int:
    """For the paste-article tests: the journalist of their sample article, recorded
    before under his Latin and Russian spellings."""
    person, _changes = casebook.persons.add(
        records.Person(display_name="Dauren Saparbayev", status="detained"),
        [AliasInput("Даурен Сапарбаев", kind="transliteration")])
    casebook.undo.clear()
    return person.pk


@pytest.fixture
def messages(window, monkeypatch) -> list[str]:
    """What the window shows in its status bar during the test."""
    shown: list[str] = []
    monkeypatch.setattr(window, "show_message", shown.append)
    return shown


@pytest.fixture
def passphrase_answers(monkeypatch: pytest.MonkeyPatch) -> PassphraseAnswers:
    """The passphrase prompt answers from ``passphrase_answers.queue`` without blocking."""
    from caseapp.gui.safety.passphrase_dialogs import AskPassphraseDialog

    answers = PassphraseAnswers()
    monkeypatch.setattr(AskPassphraseDialog, "exec", lambda dialog: answers.answer(dialog))
    return answers


@pytest.fixture
def encrypted_path(tmp_path: Path) -> Path:
    """A closed encrypted file (passphrase ``KEY``) with the persons of ``fill``."""
    path = tmp_path / "secret.sqlite"
    with Casebook(path, create=True, passphrase=KEY) as book:
        fill(book)
    return path


@pytest.fixture
def encrypted_window(qtbot, encrypted_path: Path):
    """The main window on ``encrypted_path``, showing the Persons page."""
    from caseapp.gui.mainwindow import MainWindow

    main_window = MainWindow(Casebook(encrypted_path, passphrase=KEY), SyncTaskRunner())
    qtbot.addWidget(main_window)
    main_window.show()
    main_window.show_page("persons", focus=False)
    yield main_window
    main_window.close()


@pytest.fixture
def shown_boxes(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Message boxes shown with ``exec`` return at once (as if closed) and are kept here."""
    from PySide6.QtWidgets import QMessageBox

    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    return boxes


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The safety features' questions (restore? delete backups? export?) are answered yes;
    the list holds each question asked."""
    from caseapp.gui.safety import questions

    asked: list[str] = []

    def yes(parent: Any, title: str, question: str, detail: str, action: str,
            **_options: Any) -> bool:
        asked.append(f"{question} {detail}")
        return True

    monkeypatch.setattr(questions, "ask", yes)
    return asked
