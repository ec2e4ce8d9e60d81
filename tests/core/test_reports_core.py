# SPDX-License-Identifier: GPL-3.0-or-later
"""Reports built from the database: the core gathers the data, the PDF carries it."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from caseapp.domain import records
from caseapp.domain.errors import NotFound

FEATURED = "Ерлан Қуанышбаев"


def text_of(path) -> str:
    reader = PdfReader(str(path))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in reader.pages))


@pytest.mark.parametrize("language, expected", [
    ("kk", "Ерлан Қуанышбаев"), ("ru", "Ерлан Куанышбаев"), ("en", "Yerlan Kuanyshbaev")])
def test_dossier_names_the_person_in_the_report_script(demo_book, demo_today, tmp_path,
                                                       language, expected):
    out = tmp_path / f"dossier-{language}.pdf"
    options = demo_book.reports.options(language=language, generated_on=demo_today)
    demo_book.reports.dossier(demo_book.persons.resolve(FEATURED), out, options)
    text = text_of(out)
    assert expected in text
    assert "174" in text


def test_dossier_cites_the_source_that_mentions_the_person(demo_book, demo_today, tmp_path):
    person_id = demo_book.persons.resolve(FEATURED)
    uid = demo_book.get(records.Person, person_id).uid
    cited = demo_book.sources.citations(target_uid=uid)
    assert cited, "the demo cites its featured person"
    out = tmp_path / "dossier.pdf"
    demo_book.reports.dossier(person_id, out, demo_book.reports.options(
        language="en", generated_on=demo_today))
    assert cited[0].source_title in text_of(out)


def test_public_dossier_leaves_out_relatives_and_birth_date(demo_book, demo_today, tmp_path):
    person_id = demo_book.persons.resolve(FEATURED)
    relative, _ = demo_book.persons.add(records.Person(display_name="Зейнеп Құпиялова"))
    case_id = demo_book.persons.details(person_id).cases[0].id
    demo_book.cases.add_party(case_id, relative.id, "relative")
    demo_book.persons.edit(person_id, notes="private note xq-17")
    private, public = tmp_path / "private.pdf", tmp_path / "public.pdf"
    for out, is_public in ((private, False), (public, True)):
        demo_book.reports.dossier(person_id, out, demo_book.reports.options(
            language="kk", public=is_public, generated_on=demo_today))
    assert "Зейнеп Құпиялова" in text_of(private)
    assert "Зейнеп Құпиялова" not in text_of(public)
    assert "xq-17" not in text_of(public)


def test_brief_by_status_lists_every_detainee(demo_book, demo_today, tmp_path):
    ids = demo_book.reports.persons_with_status("detained")
    out = tmp_path / "brief.pdf"
    demo_book.reports.brief(ids, out, demo_book.reports.options(language="ru",
                                                                generated_on=demo_today))
    text = text_of(out)
    for row in demo_book.persons.rows(ids):
        assert row.display_name.split()[-1][:5] in text or row.display_name in text


def test_brief_of_nobody_is_refused(demo_book, demo_today, tmp_path):
    with pytest.raises(NotFound):
        demo_book.reports.brief([], tmp_path / "x.pdf", demo_book.reports.options(
            language="en", generated_on=demo_today))


def test_hearing_schedule_lists_the_next_hearings(demo_book, demo_today, tmp_path):
    upcoming = demo_book.hearings.upcoming(14, today=demo_today)
    assert upcoming
    out = tmp_path / "schedule.pdf"
    demo_book.reports.hearings(out, demo_book.reports.options(
        language="en", generated_on=demo_today), days=14)
    text = text_of(out)
    for hearing in upcoming:
        assert hearing.case_number in text.replace(" ", "") or hearing.case_number in text


def test_schedule_days_must_not_be_negative(demo_book, demo_today, tmp_path):
    from caseapp.domain.errors import Invalid

    with pytest.raises(Invalid):
        demo_book.reports.hearings(tmp_path / "x.pdf", demo_book.reports.options(
            language="en", generated_on=demo_today), days=-1)


def test_same_data_gives_the_same_bytes(demo_book, demo_today, tmp_path):
    person_id = demo_book.persons.resolve(FEATURED)
    options = demo_book.reports.options(language="kk", generated_on=demo_today)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    demo_book.reports.dossier(person_id, first, options)
    demo_book.reports.dossier(person_id, second, options)
    assert first.read_bytes() == second.read_bytes()


def test_upcoming_hearing_in_window_but_later_one_is_not(book, tmp_path):
    person, _ = book.persons.add(records.Person(display_name="Test Person"))
    case, _ = book.cases.add(records.Case(case_number="CASE-IN"))
    later, _ = book.cases.add(records.Case(case_number="CASE-LATER"))
    today = date(2025, 5, 1)
    book.hearings.add(records.Hearing(case_id=case.id, date=today + timedelta(days=3)))
    book.hearings.add(records.Hearing(case_id=later.id, date=today + timedelta(days=40)))
    out = tmp_path / "s.pdf"
    book.reports.hearings(out, book.reports.options(language="en", generated_on=today), days=14)
    text = text_of(out)
    assert "CASE-IN" in text and "CASE-LATER" not in text
