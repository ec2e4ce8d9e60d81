# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 11, reports read right: built as PDFs and read back.

Dates and case numbers are never broken over two lines, no empty charge row, a short or
other name never heads a report, the brief's cover names its filter in the report's
language, a long source title wraps at spaces.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from conftest import pdf_text
from pypdf import PdfReader

from caseapp.reports import brief, dossier, samples
from caseapp.reports.data import (
    Alias,
    BriefData,
    CaseEntry,
    ChargeEntry,
    DossierData,
    HearingEntry,
    PersonFile,
    PersonInfo,
    PersonRef,
    SourceRef,
)
from caseapp.reports.labels import Labels

NUMBER = "2-117/2025-00456-Б"


def _lines(path: Path) -> list[str]:
    """Every line of text as pypdf lays it out, no-break spaces read as spaces."""
    return [line.replace("\u00a0", " ") for page in PdfReader(str(path)).pages
            for line in (page.extract_text() or "").splitlines()]


def _one_line(text: str, path: Path) -> bool:
    return any(text in line for line in _lines(path))


def _crowded(language: str) -> DossierData:
    """Hearings with long courts in every column, so that narrow columns must wrap."""
    court = "Specialised Inter-District Criminal Court of the City of Almaty " * 2
    hearings = tuple(HearingEntry(date(2025, month, 28), None, court, "appeal", NUMBER,
                                  outcome="Detention extended by two months " * 3)
                     for month in (2, 9, 11, 12))
    case = CaseEntry(NUMBER, "Pickets", "trial", court, None, (ChargeEntry("174.1", "x"),))
    file = PersonFile(PersonInfo("Test Person"), cases=(case,), hearings=hearings)
    return DossierData(samples.options(language), file)


def test_dates_and_case_numbers_never_break_over_two_lines(tmp_path: Path) -> None:
    for language in ("kk", "ru", "en"):
        out = tmp_path / f"{language}.pdf"
        dossier.build(_crowded(language), out)
        labels = Labels(language)
        for month in (2, 9, 11, 12):
            shown = labels.day(date(2025, month, 28)).replace("\u00a0", " ")
            assert _one_line(shown, out), (language, shown)
        assert _one_line(NUMBER, out)


def test_a_charge_with_nothing_to_say_has_no_row(tmp_path: Path) -> None:
    empty = ChargeEntry(sources=(0,))
    case = CaseEntry("1", "Pickets", charges=(empty,))
    file = PersonFile(PersonInfo("Test Person"), cases=(case,),
                      sources=(SourceRef("Some article"),))
    out = tmp_path / "d.pdf"
    dossier.build(DossierData(samples.options("en"), file), out)
    text = pdf_text(out)
    assert "Pickets" in text and "Article" not in text


def test_a_charge_without_an_article_number_shows_a_dash(tmp_path: Path) -> None:
    case = CaseEntry("1", "Pickets", charges=(ChargeEntry(wording="insulting an official"),))
    out = tmp_path / "d.pdf"
    dossier.build(DossierData(samples.options("en"), PersonFile(PersonInfo("Test Person"),
                                                                cases=(case,))), out)
    assert "Article Charge — insulting an official" in pdf_text(out)


def test_a_bare_surname_nickname_or_former_name_never_heads_a_report() -> None:
    person = PersonRef("Aidos Sadykov", (Alias("Садықов", "cyrillic", "kk", "official"),
                                         Alias("Kara Kush", "latin", "en", "nickname"),
                                         Alias("Айдос Сәдуов", "cyrillic", "ru", "former")))
    assert person.name_in("kk") == "Aidos Sadykov"
    assert person.name_in("en") == "Aidos Sadykov"
    assert person.name_in("ru") == "Aidos Sadykov"
    full = replace(person, aliases=(*person.aliases,
                                    Alias("Айдос Садықов", "cyrillic", "kk", "official")))
    assert full.name_in("kk") == "Айдос Садықов"
    assert PersonRef("Madonna", (Alias("Мадонна", "cyrillic", "ru"),)).name_in("ru") == "Мадонна"


def test_the_headline_of_a_dossier_is_the_full_name(tmp_path: Path) -> None:
    person = PersonInfo("Aidos Sadykov", (Alias("Садықов", "cyrillic", "kk"),))
    out = tmp_path / "d.pdf"
    dossier.build(DossierData(samples.options("kk"), PersonFile(person)), out)
    assert pdf_text(out).index("Aidos Sadykov") < pdf_text(out).index("Садықов")


def _brief(language: str, **chosen_by: str) -> BriefData:
    return replace(samples.brief(language, count=2), **{"title": "", "tag": "", **chosen_by})


def test_the_briefs_cover_names_its_status_filter_in_the_report_language(tmp_path: Path) -> None:
    expected = {"kk": "қамауда", "ru": "под стражей", "en": "in detention"}
    for language, word in expected.items():
        out = tmp_path / f"{language}.pdf"
        brief.build(_brief(language, status="detained"), out)
        cover = PdfReader(str(out)).pages[0].extract_text().replace("\u00a0", " ")
        assert word in cover, (language, cover)
        if language != "en":
            assert "detained" not in cover and "Status" not in cover


def test_the_briefs_cover_names_its_tag_in_the_report_language(tmp_path: Path) -> None:
    out = tmp_path / "kk.pdf"
    brief.build(_brief("kk", tag="Жаңаөзен"), out)
    cover = PdfReader(str(out)).pages[0].extract_text()
    assert "Жаңаөзен" in cover and "Tag" not in cover


def test_a_long_source_title_wraps_at_spaces(tmp_path: Path) -> None:
    words = ["Kazakhstan:", "court", "extends", "pretrial", "detention", "of", "journalist",
             "accused", "of", "spreading", "knowingly", "false", "information"] * 3
    source = SourceRef(" ".join(words), "Example News", None, "https://example.org/a")
    file = PersonFile(PersonInfo("Test Person"), cases=(CaseEntry("1", "x", sources=(0,)),),
                      sources=(source,))
    out = tmp_path / "d.pdf"
    dossier.build(DossierData(samples.options("en"), file), out)
    lines = _lines(out)
    printed = " ".join(word for line in lines for word in line.split())
    assert " ".join(words) in printed
    assert all(any(word in line.split() or f"[1] {word}" in line for line in lines)
               for word in words)
