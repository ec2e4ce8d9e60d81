# SPDX-License-Identifier: GPL-3.0-or-later
"""Every report type in every language renders to pixels with poppler's pdftoppm and
embeds every font it names."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from fuzz.pdf_checks import font_names, pdffonts_unembedded, unembedded_fonts

from caseapp.reports import samples


@pytest.fixture(scope="module")
def sample_pdfs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    pdfs = samples.write_all(tmp_path_factory.mktemp("samples"))
    assert len(pdfs) == 9
    return pdfs


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")
def test_pdftoppm_renders_every_report_in_every_language(sample_pdfs: list[Path]) -> None:
    for pdf in sample_pdfs:
        result = subprocess.run(
            ["pdftoppm", "-png", "-r", "40", str(pdf), str(pdf.with_suffix(""))],
            capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert "Error" not in result.stderr, result.stderr
        assert list(pdf.parent.glob(f"{pdf.stem}-*.png")), pdf


def test_every_font_of_every_report_is_embedded(sample_pdfs: list[Path]) -> None:
    for pdf in sample_pdfs:
        assert unembedded_fonts(pdf) == [], pdf.name
        assert pdffonts_unembedded(pdf) in ([], None), pdf.name
        names = font_names(pdf)
        assert names and all("DejaVu" in name for name in names), (pdf.name, names)
