# SPDX-License-Identifier: GPL-3.0-or-later
"""Every report type in every language renders to pixels with poppler's pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from caseapp.reports import samples

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm not installed")


def test_pdftoppm_renders_every_report_in_every_language(tmp_path: Path) -> None:
    pdfs = samples.write_all(tmp_path)
    assert len(pdfs) == 9
    for pdf in pdfs:
        result = subprocess.run(
            ["pdftoppm", "-png", "-r", "40", str(pdf), str(pdf.with_suffix(""))],
            capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert "Error" not in result.stderr, result.stderr
        assert list(tmp_path.glob(f"{pdf.stem}-*.png")), pdf
