# SPDX-License-Identifier: GPL-3.0-or-later
"""The CLI run in this process on the test's own database."""

from __future__ import annotations

from pathlib import Path

import pytest

from caseapp.cli.main import main


@pytest.fixture
def run(db_path: Path, capsys, monkeypatch):
    """Run `caseapp --db <test db> ARGS…` in this process; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("CASEAPP_LANG", "en")

    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db_path), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return invoke
