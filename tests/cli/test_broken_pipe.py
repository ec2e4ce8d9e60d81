# SPDX-License-Identifier: GPL-3.0-or-later
"""Output piped into a program that stops reading (`caseapp person list | head`) ends
the command quietly: exit code 0, nothing on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes")


def run_into_closed_pipe(home: Path, *args: str) -> tuple[int, str]:
    """Run caseapp with its standard output a pipe whose reader has already gone, so the
    first write fails as it does under `| head` once head has read its lines."""
    reader, writer = os.pipe()
    os.close(reader)
    env = {**os.environ, "CASEAPP_HOME": str(home), "CASEAPP_LANG": "en"}
    env.pop("CASEAPP_DEBUG", None)
    try:
        done = subprocess.run([sys.executable, "-m", "caseapp.cli.main", *args], stdout=writer,
                              stderr=subprocess.PIPE, text=True, env=env, timeout=120,
                              check=False)
    finally:
        os.close(writer)
    return done.returncode, done.stderr


@pytest.mark.parametrize("args", [("person", "list"), ("case", "list"), ("--help",),
                                  ("person", "list", "--help")])
def test_listing_into_a_closed_pipe_ends_quietly(args: tuple[str, ...], demo_db_path: Path,
                                                 tmp_path: Path) -> None:
    code, err = run_into_closed_pipe(tmp_path / "home", "--db", str(demo_db_path), *args)
    assert (code, err) == (0, "")


def test_extract_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("Заголовок\nИван Петров задержан 12 мая 2024 года в Алматы.\n" * 200,
                       encoding="utf-8")
    code, err = run_into_closed_pipe(tmp_path / "home", "extract", str(article))
    assert (code, err) == (0, "")
