# SPDX-License-Identifier: GPL-3.0-or-later
"""A report run killed mid-write leaves a hidden .part file; the next run removes it."""

from __future__ import annotations

import os
import time
from pathlib import Path

from caseapp.reports.templates import remove_leftovers


def test_old_leftovers_of_this_report_go_and_others_stay(tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    killed = tmp_path / ".dossier.pdf.abc123.part"
    running = tmp_path / ".dossier.pdf.def456.part"
    other = tmp_path / ".brief.pdf.abc123.part"
    for path in (killed, running, other):
        path.write_bytes(b"%PDF-")
    an_hour_ago = time.time() - 3600
    for path in (killed, other):
        os.utime(path, (an_hour_ago, an_hour_ago))
    remove_leftovers(out)
    assert not killed.exists() and running.exists() and other.exists()
