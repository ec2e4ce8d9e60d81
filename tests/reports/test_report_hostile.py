# SPDX-License-Identifier: GPL-3.0-or-later
"""Hostile text in every report and language: markup prints as text, 5,000-letter words
wrap inside the page, every font is embedded, and splitting never breaks a flowable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import outline_titles, pdf_text
from fuzz.pdf_checks import (
    body_text,
    pdffonts_unembedded,
    unembedded_fonts,
    words_outside_text_area,
)

from caseapp.reports import brief, dossier, hearing_schedule, samples
from caseapp.reports.blocks import heading, para
from caseapp.reports.common import make_context
from caseapp.reports.hostile import LONG_WORDS, MARKUP, hostile_copy
from caseapp.reports.markup import bold, cite, esc
from caseapp.reports.templates import write_pdf

Build = Callable[[Any, Path], None]
REPORTS: dict[str, tuple[Build, Callable[[str], Any]]] = {
    "dossier": (dossier.build,
                lambda language: samples.dossier(language, photo=samples.silhouette())),
    "brief": (brief.build, lambda language: samples.brief(language, count=1)),
    "schedule": (hearing_schedule.build, lambda language: samples.schedule(language, count=2)),
}
#: Names, courts and the organisation in one language per report; every field in every
#: pair as well (marked slow: about a minute). tests/fuzz draws fields and texts at random.
NAMES_AND_COURTS = frozenset({"text", "display_name", "court", "organisation"})
QUICK = [("dossier", "kk", NAMES_AND_COURTS), ("brief", "ru", NAMES_AND_COURTS),
         ("schedule", "en", NAMES_AND_COURTS)]
EVERY_FIELD = [pytest.param(report, language, None, marks=pytest.mark.slow)
               for report in REPORTS for language in ("kk", "ru", "en")]


def build_hostile(report: str, language: str, folder: Path,
                  make: Callable[[str, str], str]) -> Path:
    build, sample = REPORTS[report]
    out = folder / f"{report}-{language}.pdf"
    build(hostile_copy(sample(language), make), out)
    return out


def assert_fonts_embedded(out: Path) -> None:
    assert unembedded_fonts(out) == []
    assert pdffonts_unembedded(out) in ([], None)


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
@pytest.mark.parametrize("report", list(REPORTS))
def test_markup_in_every_field_prints_as_text(report: str, language: str,
                                              tmp_path: Path) -> None:
    marked = "  ".join(MARKUP)
    out = build_hostile(report, language, tmp_path, lambda field, text: marked if text else text)
    text = pdf_text(out)
    for sample in MARKUP:
        assert sample in text, sample
    assert_fonts_embedded(out)


@pytest.mark.parametrize(("report", "language", "fields"), [*QUICK, *EVERY_FIELD])
def test_5000_letter_words_wrap_inside_the_page(report: str, language: str,
                                                fields: frozenset[str] | None,
                                                tmp_path: Path) -> None:
    word = LONG_WORDS[language]

    def lengthen(field: str, text: str) -> str:
        return f"{text} {word}" if text and (fields is None or field in fields) else text
    out = build_hostile(report, language, tmp_path, lengthen)
    assert words_outside_text_area(out) in ([], None)
    assert_fonts_embedded(out)
    if report != "schedule":  # the person's name heads a section: its word reads unbroken
        assert word in "".join(body_text(out).split())


def test_a_soft_hyphen_before_a_long_word_in_a_bold_label_stays_inside_the_page(
        tmp_path: Path) -> None:
    # Found by tests/fuzz: "<b>\xad中中»ӘӘ…</b>: note" (an action's title labelling its
    # private note) broke 2 points past the right margin in reportlab 4.
    title = "\xad中中»" + "Ә" * 56

    def make(field: str, text: str) -> str:
        if field == "private_notes":
            return "ر"
        return title if field == "title" and text else text
    out = build_hostile("dossier", "en", tmp_path, make)
    assert words_outside_text_area(out) in ([], None)


@pytest.mark.parametrize("invisible", ["\u2060", "\u200b", "\u0301", "\u200f\u0300"])
def test_a_word_that_draws_nothing_keeps_the_line_inside_the_page(invisible: str,
                                                                   tmp_path: Path) -> None:
    # Found by tests/fuzz: reportlab counts no space before a word of no width but draws
    # one, so "Case № \u2060 # — А\"\"\"…" (bold, then a citation) overran the margin.
    data = samples.dossier("en")
    ctx = make_context(data.options)
    story = [para(bold(esc(f"Case № {invisible} # — А" + '"' * count + "ты")) + cite([0], 2),
                  ctx.styles.body) for count in range(60, 140)]
    out = tmp_path / "lines.pdf"
    write_pdf(out, story, info=dossier.doc_info(data, ctx), labels=ctx.labels)
    assert words_outside_text_area(out) in ([], None)


def test_a_5000_letter_name_is_the_dossier_bookmark(tmp_path: Path) -> None:
    word = LONG_WORDS["kk"]
    out = build_hostile("dossier", "kk", tmp_path,
                        lambda field, text: word if field in ("text", "display_name") and text
                        else text)
    assert outline_titles(out)[0] == word


def test_a_split_heading_keeps_its_bookmark_on_the_first_part() -> None:
    ctx = make_context(samples.options("en"))
    title = heading(LONG_WORDS["en"], ctx, "person", style="title")
    title.wrap(ctx.width, 10_000)
    first, rest = title.split(ctx.width, 100)
    assert first.outline_entry == (LONG_WORDS["en"], "s-person", 0)
    assert getattr(rest, "outline_entry", None) is None
