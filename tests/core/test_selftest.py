# SPDX-License-Identifier: GPL-3.0-or-later
"""The installation self-test (core.selftest): it passes on a sound installation, and each
of its checks fails, naming the step, when what it checks is broken."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from caseapp.core import selftest
from caseapp.core.selftest import SelfTest, SelfTestFailed, pdf_fonts


def test_every_step_passes_and_is_timed_and_the_folder_is_removed(monkeypatch):
    folders: list[Path] = []
    real_init = SelfTest.__init__

    def remember(self, folder: Path, book=None) -> None:
        folders.append(folder)
        real_init(self, folder, book)

    monkeypatch.setattr(SelfTest, "__init__", remember)
    seen: list[str] = []
    results = selftest.run(lambda name, seconds: seen.append(name))
    assert seen == [r.name for r in results] and len(results) == len(SelfTest(Path()).steps())
    assert all(r.seconds >= 0 for r in results)
    assert folders and not folders[0].exists()


def _plain_pdf(path: Path, font: str) -> Path:
    canvas = Canvas(str(path))
    canvas.setFont(font, 12)
    canvas.drawString(72, 720, "Hello")
    canvas.save()
    return path


def test_a_standard_font_counts_as_not_embedded(tmp_path):
    fonts = dict(pdf_fonts(_plain_pdf(tmp_path / "plain.pdf", "Helvetica")))
    assert fonts == {"/Helvetica": False}


def test_the_fonts_check_names_a_font_left_out(tmp_path):
    test = SelfTest(tmp_path)
    _plain_pdf(test.pdf_path(), "Courier")
    with pytest.raises(SelfTestFailed, match="Courier"):
        test.check_fonts()


def test_a_report_font_counts_as_embedded(tmp_path, demo_book):
    test = SelfTest(tmp_path, demo_book)
    test.write_pdf()
    fonts = dict(pdf_fonts(test.pdf_path()))
    assert fonts and all(fonts.values())
    test.check_fonts()


def test_a_search_that_misses_names_the_query(tmp_path, book):
    with pytest.raises(SelfTestFailed, match="kuanyshbaev"):
        SelfTest(tmp_path, book).search_across_scripts()


def test_a_failing_step_stops_the_run_with_its_name(monkeypatch):
    def broken(self) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(SelfTest, "build_demo", broken)
    with pytest.raises(SelfTestFailed, match="build the demo: OSError: disk full"):
        selftest.run()
