# SPDX-License-Identifier: GPL-3.0-or-later
"""Every test here is a fuzz test (marker ``fuzz``); the session ends with the count of
generated inputs they ran. ``fuzz_book`` is a demo database opened once per module
(hypothesis runs many examples, and a function-scoped fixture would not be reset
between them anyway)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from caseapp.core.casebook import Casebook
from fuzz.profiles import PROFILE, RUN

_HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _HERE in item.path.parents:
            item.add_marker(pytest.mark.fuzz)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if RUN.inputs:
        terminalreporter.write_line(
            f"fuzz ({PROFILE}): {RUN.inputs:,} generated inputs run, none crashed"
            if not terminalreporter.stats.get("failed") else
            f"fuzz ({PROFILE}): {RUN.inputs:,} generated inputs run, some failed (above)")


@pytest.fixture(scope="module")
def fuzz_book(demo_db_template: Path,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[Casebook]:
    """A copy of the demo database, open for the whole module."""
    folder = tmp_path_factory.mktemp("fuzz")
    shutil.copy(demo_db_template, folder / "demo.sqlite")
    with Casebook(folder / "demo.sqlite", operator="fuzz",
                  backup_dir=folder / "backups") as opened:
        yield opened
