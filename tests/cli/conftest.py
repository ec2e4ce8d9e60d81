# SPDX-License-Identifier: GPL-3.0-or-later
"""The CLI run in this process on the test's own database."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from caseapp.cli.main import main

Invoke = Callable[..., tuple[int, str, str]]


def invoker(db_path: Path, capsys) -> Invoke:
    """Run `caseapp --db DB_PATH ARGS…` in this process; returns (exit code, stdout, stderr)."""

    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db_path), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke


@pytest.fixture
def run(db_path: Path, capsys, monkeypatch) -> Invoke:
    """The CLI on the test's empty database, in English."""
    monkeypatch.setenv("CASEAPP_LANG", "en")
    return invoker(db_path, capsys)


@pytest.fixture
def demo_run(demo_db_path: Path, capsys, monkeypatch) -> Invoke:
    """The CLI on a copy of the demo database, in English, signing for "Freedom Bureau"."""
    monkeypatch.setenv("CASEAPP_LANG", "en")
    monkeypatch.setenv("CASEAPP_ORGANISATION", "Freedom Bureau")
    return invoker(demo_db_path, capsys)
