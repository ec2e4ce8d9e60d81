# SPDX-License-Identifier: GPL-3.0-or-later
"""Every report with hostile text in a person's name, notes and a case title: reportlab
markup, 5,000-letter words, control and direction characters. The PDF is written, reads
back, and names only embedded fonts."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.reports.hostile import LONG_WORDS, MARKUP
from fuzz.profiles import examples, ran_input
from fuzz.strategies import any_text, hostile_chars

hostile = (st.sampled_from(MARKUP) | st.sampled_from(list(LONG_WORDS.values()))
           | hostile_chars | any_text)
names = st.lists(hostile, min_size=1, max_size=3).map(" ".join)


@pytest.fixture(scope="module")
def book(tmp_path_factory: pytest.TempPathFactory):
    with Casebook(tmp_path_factory.mktemp("reports") / "x.sqlite", create=True) as opened:
        yield opened


def fonts_not_embedded(pdf: Path) -> list[str]:
    if shutil.which("pdffonts") is None:
        return []
    listing = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    return [row for row in listing.splitlines()[2:] if " no " in row]


@given(name=names, notes=hostile, title=hostile, language=st.sampled_from(["kk", "ru", "en"]))
@examples(quick=6, slow=400)
def test_every_report_takes_hostile_text(book, tmp_path_factory, name, notes, title,
                                         language) -> None:
    ran_input()
    person, _ = book.persons.add(records.Person(display_name=name.strip() or "x",
                                                notes=notes, status="detained"))
    case, _ = book.cases.add(records.Case(case_number="1", title=title or "t"))
    book.cases.add_party(case.id, person.id)
    book.hearings.add(records.Hearing(case_id=case.id, court=title,
                                      date=date.today() + timedelta(days=2)))
    out = tmp_path_factory.mktemp("pdf")
    options = book.reports.options(language=language)
    book.reports.dossier(person.id, out / "d.pdf", options)
    book.reports.brief([person.id], out / "b.pdf", options)
    book.reports.hearings(out / "h.pdf", options)
    for pdf in out.iterdir():
        assert pdf.read_bytes().startswith(b"%PDF") and fonts_not_embedded(pdf) == []
