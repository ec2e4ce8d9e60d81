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


def test_every_font_of_a_dossier_with_a_checklist_and_long_words_is_embedded(
        tmp_path: Path) -> None:
    import shutil
    import subprocess

    import pytest

    from caseapp.core.casebook import Casebook
    from caseapp.domain import records

    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    with Casebook(tmp_path / "x.sqlite", create=True) as book:
        person, _ = book.persons.add(records.Person(display_name="Ерлан " + "Қ" * 5000,
                                                    notes="<b>x</b> & <para>"))
        case, _ = book.cases.add(records.Case(case_number="1", pace_political_reasons=True))
        book.cases.add_party(case.id, person.id)
        out = tmp_path / "d.pdf"
        book.reports.dossier(person.id, out, book.reports.options(language="kk"))
    listing = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and not [row for row in rows if " no " in row], listing
