# SPDX-License-Identifier: GPL-3.0-or-later
"""The campaign brief and the hearing schedule read back from their PDFs."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from conftest import outline_titles, page_texts, pdf_text
from pypdf import PdfReader

from caseapp.reports import brief, hearing_schedule, samples
from caseapp.reports.data import HearingEntry, HearingScheduleData, PersonRef


def test_brief_has_cover_summary_and_a_section_per_person(out: Path) -> None:
    data = samples.brief("en", count=5)
    brief.build(data, out)
    pages = page_texts(out)
    assert "Political prisoners in Kazakhstan" in pages[0]
    assert "Persons in this brief: 5" in pages[0]
    assert "Prepared by: Volunteer Dana K." in pages[0]
    summary = pages[1]
    names = [f.identity.name_in("en") for f in data.persons]
    assert [summary.index(n) for n in names] == sorted(summary.index(n) for n in names)
    titles = outline_titles(out)
    assert titles[:2] == ["Summary", "Persons"]
    assert "1. Aliya Sarsenbayeva" in titles and "5. Nurlan Zhunisov" in titles


@pytest.mark.slow
def test_a_thousand_person_brief_builds_and_repeats_the_table_header(out: Path) -> None:
    data = samples.brief("kk", count=1000)
    brief.build(data, out)
    reader = PdfReader(str(out))
    summary_pages = [reader.pages[i].extract_text() for i in range(1, 26)]
    header = "№ Аты-жөні Мәртебесі Мекеме Баптар Мерзімі"
    assert all(header in " ".join(text.split()) for text in summary_pages)
    last = data.persons[-1].identity.name_in("kk")
    tail = " ".join(page.extract_text() for page in reader.pages[-3:])
    assert f"1000. {last}" in " ".join(tail.split())
    assert len(outline_titles(out)) > 1000


def test_brief_of_nobody_still_builds(out: Path) -> None:
    brief.build(replace(samples.brief("ru", count=1), persons=()), out)
    assert "Лиц в справке: 0" in pdf_text(out)


def test_brief_is_reproducible(tmp_path: Path) -> None:
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    brief.build(samples.brief("kk", count=8), first)
    brief.build(samples.brief("kk", count=8), second)
    assert first.read_bytes() == second.read_bytes()


def schedule_data(language: str = "en") -> HearingScheduleData:
    today = samples.TODAY
    person = PersonRef("Алия Сарсенбаева", samples.person_name(0).aliases)

    def hearing(days: int, hour: int, **extra: object) -> HearingEntry:
        return HearingEntry(date=today + timedelta(days=days), time=time(hour),
                          court=f"Court {days}", case_number=f"C{days}", defendants=(person,),
                          lawyers=("Lawyer L.",),
                          observers=("Observer O.",), **extra)
    return HearingScheduleData(samples.options(language), (
        hearing(3, 15), hearing(3, 9), hearing(0, 10), hearing(14, 10), hearing(15, 10),
        hearing(-2, 10), hearing(-5, 10, outcome="Adjourned")), days=14)


def test_schedule_groups_by_day_inside_the_window(out: Path) -> None:
    hearing_schedule.build(schedule_data(), out)
    text = pdf_text(out)
    assert outline_titles(out)[:4] == ["Hearing schedule", "Friday, 14 March 2025",
                                       "Monday, 17 March 2025", "Friday, 28 March 2025"]
    assert text.index("09:00 Court 3") < text.index("15:00 Court 3")
    assert "Court 15" not in text and "Aliya Sarsenbayeva" in text
    assert "Observer O." in text and "Lawyer L." in text


def test_schedule_lists_past_hearings_without_outcome(out: Path) -> None:
    hearing_schedule.build(schedule_data(), out)
    text = pdf_text(out)
    missing = text[text.index("Outcome missing"):]
    assert "Court -2" in missing and "Court -5" not in text


def test_public_schedule_drops_the_observer_column(out: Path) -> None:
    data = schedule_data()
    hearing_schedule.build(replace(data, options=samples.options("en", public=True)), out)
    text = pdf_text(out)
    assert "Observer" not in text and "Lawyer L." in text


def test_empty_schedule_says_so(out: Path) -> None:
    hearing_schedule.build(HearingScheduleData(samples.options("kk"), ()), out)
    text = pdf_text(out)
    assert "Бұл кезеңде сот отырыстары белгіленбеген." in text
    assert "Нәтижесі енгізілмеген" not in text


def test_schedule_in_russian_uses_the_russian_alias(out: Path) -> None:
    hearing_schedule.build(schedule_data("ru"), out)
    text = pdf_text(out)
    assert "пятница, 14 марта 2025 г." in text and "Алия Сарсенбаева" in text
    assert date(2025, 3, 14).weekday() == 4
