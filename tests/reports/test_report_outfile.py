# SPDX-License-Identifier: GPL-3.0-or-later
"""Report files appear whole or not at all; no run, killed or not, leaves litter behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from caseapp.reports import dossier, outfile, samples, templates

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file locks and signals")
_KILLED_WRITER = """
import sys
from pathlib import Path
from caseapp.reports import brief, samples
brief.build(samples.brief("kk", count=100), Path(sys.argv[1]))
"""


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob(f"{outfile.PREFIX}*{outfile.SUFFIX}"))


def _wait_for_leftover(folder: Path, writer: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    while not leftovers(folder):
        assert writer.poll() is None and time.monotonic() < deadline, "the writer never started"
        time.sleep(0.05)


@posix_only
def test_the_next_run_removes_what_a_killed_run_left(tmp_path: Path) -> None:
    writer = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(tmp_path / "brief.pdf")])
    _wait_for_leftover(tmp_path, writer)
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    assert leftovers(tmp_path) and not (tmp_path / "brief.pdf").exists()
    dossier.build(samples.dossier("en"), tmp_path / "dossier.pdf")
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier.pdf"]


@posix_only
def test_a_file_another_run_is_writing_is_left_alone(tmp_path: Path) -> None:
    with outfile.replacing(tmp_path / "first.pdf") as handle:
        handle.write(b"%PDF-")
        busy = leftovers(tmp_path)
        dossier.build(samples.dossier("en"), tmp_path / "second.pdf")
        assert leftovers(tmp_path) == busy
    assert leftovers(tmp_path) == [] and (tmp_path / "first.pdf").read_bytes() == b"%PDF-"


def test_other_programs_part_files_are_not_touched(tmp_path: Path) -> None:
    others = [tmp_path / "download.pdf.part", tmp_path / ".report.pdf.x1y2.part"]
    for path in others:
        path.write_bytes(b"partial")
    dossier.build(samples.dossier("en"), tmp_path / "dossier.pdf")
    assert all(path.exists() for path in others)


def test_a_failed_build_leaves_nothing_and_keeps_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    def broken_build(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the printer caught fire")
    monkeypatch.setattr(templates.ReportDocTemplate, "build", broken_build)
    with pytest.raises(RuntimeError):
        dossier.build(samples.dossier("en"), target)
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    assert target.read_bytes() == b"old"


def test_the_file_is_on_disk_before_it_gets_its_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        steps.append("fsync")
        real_fsync(descriptor)

    def replace(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        steps.append(f"rename to {Path(target).name}")
        real_replace(source, target)
    monkeypatch.setattr(outfile.os, "fsync", fsync)
    monkeypatch.setattr(outfile.os, "replace", replace)
    dossier.build(samples.dossier("en"), tmp_path / "dossier.pdf")
    expected = ["fsync", "rename to dossier.pdf"] + (["fsync"] if sys.platform != "win32" else [])
    assert steps == expected
