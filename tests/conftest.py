# SPDX-License-Identifier: GPL-3.0-or-later
"""Set-up every test shares: offscreen Qt, a throw-away data folder, fast database copies.

The environment is set at import time, before any test module imports caseapp, so no
test can reach the volunteer's real data folder. Databases are built once per session
and copied for each test (Anki's ``getEmptyCol``): a copy costs a file copy, not a schema.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

_SESSION_HOME = Path(tempfile.mkdtemp(prefix="caseapp-tests-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CASEAPP_HOME"] = str(_SESSION_HOME)

#: The "today" the shared demo database is built for, so dated tests are repeatable.
DEMO_TODAY = date(2024, 3, 15)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


@pytest.fixture(scope="session")
def demo_today() -> date:
    """The date the demo database fixtures were built for."""
    return DEMO_TODAY


@pytest.fixture(scope="session")
def session_home() -> Path:
    """The per-session folder CASEAPP_HOME points to."""
    return _SESSION_HOME


@pytest.fixture(scope="session")
def empty_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty caseapp database with the current schema; never open it, copy it."""
    from caseapp.core.casebook import Casebook

    path = tmp_path_factory.mktemp("templates") / "empty.sqlite"
    Casebook(path, create=True).close()
    return path


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database built for DEMO_TODAY; never open it, copy it."""
    from caseapp.core.casebook import Casebook
    from caseapp.core.demo import build_demo

    path = tmp_path_factory.mktemp("templates") / "demo.sqlite"
    with Casebook(path, create=True) as book:
        build_demo(book, today=DEMO_TODAY)
    return path


def _copy(template: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def db_path(empty_db_template: Path, tmp_path: Path) -> Path:
    """A fresh, empty database file of this test's own."""
    return _copy(empty_db_template, tmp_path / "db" / "caseapp.sqlite")


@pytest.fixture
def demo_db_path(demo_db_template: Path, tmp_path: Path) -> Path:
    """A demo database file of this test's own."""
    return _copy(demo_db_template, tmp_path / "demo" / "caseapp.sqlite")


@pytest.fixture
def book(db_path: Path, tmp_path: Path) -> Iterator:
    """An open Casebook on an empty database; operator "tester", backups under tmp_path."""
    from caseapp.core.casebook import Casebook

    with Casebook(db_path, operator="tester", backup_dir=tmp_path / "backups") as opened:
        yield opened


@pytest.fixture
def demo_book(demo_db_path: Path, tmp_path: Path) -> Iterator:
    """An open Casebook on a copy of the demo database."""
    from caseapp.core.casebook import Casebook

    with Casebook(demo_db_path, operator="tester", backup_dir=tmp_path / "backups") as opened:
        yield opened
