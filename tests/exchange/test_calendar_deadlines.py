# SPDX-License-Identifier: GPL-3.0-or-later
"""Procedural deadlines go into the hearings' .ics export as all-day events."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from icalendar import Calendar

from caseapp.domain import records


def _events(data: bytes) -> list:
    return [c for c in Calendar.from_ical(data).walk() if c.name == "VEVENT"]


def test_the_calendar_export_carries_the_open_deadlines(book, tmp_path: Path) -> None:
    person, _ = book.persons.add(records.Person(display_name="Мақсат Жұмабаев"))
    case, _ = book.cases.add(records.Case(case_number="2026-0001", title="Posts"))
    verdict = date.today() - timedelta(days=12)
    sentence, _ = book.custody.add_sentence(records.Sentence(
        person_id=person.id, case_id=case.id, date=verdict, kind="fine"))
    out = tmp_path / "h.ics"
    assert book.hearings.write_calendar(out, book.hearings.coming(14)) == 0
    [event] = _events(out.read_bytes())
    assert str(event["uid"]) == f"appeal:{sentence.uid}@deadline.caseapp"
    assert event.decoded("dtstart") == verdict + timedelta(days=15)
    assert str(event["summary"]) == "appeal window closes — Мақсат Жұмабаев (2026-0001)"
    assert "УПК РК ст. 416" in str(event["description"])
    assert "not checked" in str(event["description"])
    book.deadlines.mark(f"appeal:{sentence.uid}", "done")
    book.hearings.write_calendar(out, book.hearings.coming(14))
    assert _events(out.read_bytes()) == []
    book.deadlines.mark(f"appeal:{sentence.uid}", "open")
    book.hearings.write_calendar(out, book.hearings.coming(14), with_deadlines=False)
    assert _events(out.read_bytes()) == []
