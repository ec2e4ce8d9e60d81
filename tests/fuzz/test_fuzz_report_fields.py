# SPDX-License-Identifier: GPL-3.0-or-later
"""Every report in kk, ru and en with hostile text in any field of its data (reportlab
markup, 5,000-letter words, direction marks, NUL, mixed scripts, pasted articles): it
builds, the PDF reads back with every font embedded, and every word stays inside the
page. tests/fuzz/test_fuzz_reports.py goes through the Casebook with a few fields; this
one reaches every field the report data holds (the organisation, every name, court,
note, title and URL); it found the dossier stopping on a long name (LayoutError)."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.reports import brief, dossier, hearing_schedule, samples
from caseapp.reports.hostile import hostile_copy
from fuzz import strategies as hostile
from fuzz.pdf_checks import unembedded_fonts, words_outside_text_area
from fuzz.profiles import examples, ran_input

PHOTO = samples.silhouette()
REPORTS = {
    "dossier": (dossier.build, lambda language: samples.dossier(language, photo=PHOTO)),
    "brief": (brief.build, lambda language: samples.brief(language, count=2)),
    "schedule": (hearing_schedule.build, lambda language: samples.schedule(language, count=3)),
}
#: What a field holds: a hostile name (first: hypothesis starts from and shrinks towards
#: it), its sample text (None, twice as likely), junk, or a pasted article. Kept to a few
#: kB a field, so a report with every field replaced stays tens of pages.
field_texts = st.one_of(hostile.names, st.none(), st.none(), hostile.hostile_chars,
                        hostile.articles(max_run=3_000))


@pytest.mark.parametrize("report", list(REPORTS))
@given(language=st.sampled_from(["kk", "ru", "en"]), data=st.data())
@examples(quick=3, slow=25)
def test_any_text_in_any_field_of_any_report(report: str, language: str,
                                              data: st.DataObject) -> None:
    ran_input()
    build, sample = REPORTS[report]

    def replace(field: str, text: str) -> str:
        drawn = data.draw(field_texts, label=field)
        return text if drawn is None else drawn
    hostile_data = hostile_copy(sample(language), replace)
    with TemporaryDirectory() as folder:
        out = Path(folder) / "report.pdf"
        build(hostile_data, out)
        assert unembedded_fonts(out) == []
        assert words_outside_text_area(out) in ([], None)
