# SPDX-License-Identifier: GPL-3.0-or-later
"""Hearings as .ics: read back with icalendar, stable UIDs, time zones and all-day events."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from caseapp.cli.main import main
from caseapp.domain import records
from caseapp.domain.errors import Invalid
from caseapp.domain.queries import HearingQuery
from caseapp.domain.views import HearingRow
from caseapp.exchange import ics


def _row(uid: str = "0a1b2c3d", *, when: time | None = time(10, 30), day=date(2025, 9, 28),
         court: str = "Алматы қалалық соты; \"№2\", зал 5") -> HearingRow:
    return HearingRow(1, uid, day, when, court, "trial", "2025-07510-000",
                      ("Әлия Нұрланова", "Ерлан Қуанышбаев"), ("Адвокат Жанна",), "Судья Б.",
                      "", "")


def _events(data: bytes) -> list:
    return Calendar.from_ical(data).walk("VEVENT")


def test_timed_hearing_is_in_the_group_time_zone_with_court_case_and_defendants():
    event, = _events(ics.calendar_bytes([_row()], zone_name="Asia/Almaty"))
    start = event.decoded("dtstart")
    assert start == datetime(2025, 9, 28, 10, 30, tzinfo=ZoneInfo("Asia/Almaty"))
    assert event.decoded("dtend") - start == timedelta(hours=ics.HEARING_HOURS)
    assert str(event["location"]) == "Алматы қалалық соты; \"№2\", зал 5"
    assert "2025-07510-000" in str(event["summary"])
    assert "Әлия Нұрланова, Ерлан Қуанышбаев" in str(event["summary"])
    assert "Судья Б." in str(event["description"])
    assert event["dtstart"].params["TZID"] == "Asia/Almaty"


def test_the_calendar_carries_the_time_zone_definition():
    calendar = Calendar.from_ical(ics.calendar_bytes([_row()], zone_name="Asia/Tashkent"))
    zones = [str(z["tzid"]) for z in calendar.walk("VTIMEZONE")]
    assert zones == ["Asia/Tashkent"]


def test_hearing_without_time_is_an_all_day_event():
    event, = _events(ics.calendar_bytes([_row(when=None)]))
    assert event.decoded("dtstart") == date(2025, 9, 28)
    assert event.decoded("dtend") == date(2025, 9, 29)


def test_uid_is_stable_across_exports_and_differs_between_hearings():
    first = _events(ics.calendar_bytes([_row("aaa"), _row("bbb")]))
    again = _events(ics.calendar_bytes([_row("bbb"), _row("aaa", when=time(15, 0))]))
    assert {str(e["uid"]) for e in first} == {str(e["uid"]) for e in again}
    assert len({str(e["uid"]) for e in first}) == 2
    assert str(first[0]["uid"]) == ics.event_uid("aaa")


def test_undated_hearings_are_left_out():
    assert _events(ics.calendar_bytes([_row(day=None)])) == []


def test_unknown_time_zone_is_refused_by_name():
    with pytest.raises(Invalid, match="Mars/Olympus"):
        ics.calendar_bytes([_row()], zone_name="Mars/Olympus")


def _case_with_hearings(book) -> records.Case:
    person, _ = book.persons.add(records.Person(display_name="Мақсат Жұмабаев"))
    case, _ = book.cases.add(records.Case(case_number="2024-1"))
    book.cases.add_party(case.id, person.id, "defendant")
    today = date.today()
    book.hearings.add(records.Hearing(case_id=case.id, court="Суд №1", date=today,
                                      time=time(9, 0)))
    book.hearings.add(records.Hearing(case_id=case.id, court="Суд №2",
                                      date=today + timedelta(days=3)))
    book.hearings.add(records.Hearing(case_id=case.id, court="Суд №3",
                                      date=today + timedelta(days=40)))
    return case


def test_core_writes_the_hearings_a_query_lists(book, tmp_path: Path):
    _case_with_hearings(book)
    out = tmp_path / "h.ics"
    count = book.hearings.write_calendar(out, book.hearings.coming(14))
    events = _events(out.read_bytes())
    assert count == len(events) == 2
    assert {str(e["location"]) for e in events} == {"Суд №1", "Суд №2"}
    assert all("Мақсат Жұмабаев" in str(e["summary"]) for e in events)
    searched = book.hearings.write_calendar(out, HearingQuery(text="Суд №3"))
    assert searched == 1


def test_cli_writes_ics_and_a_reexport_keeps_the_uids(db_path: Path, tmp_path: Path,
                                                     monkeypatch, capsys):
    from caseapp.core.casebook import Casebook

    monkeypatch.setenv("CASEAPP_LANG", "en")
    with Casebook(db_path) as book:
        _case_with_hearings(book)
    out = tmp_path / "cal.ics"
    assert main(["--db", str(db_path), "hearings", "--days", "7", "--ics", "-o", str(out)]) == 0
    assert "Wrote 2 hearings" in capsys.readouterr().out
    first = {str(e["uid"]) for e in _events(out.read_bytes())}
    with Casebook(db_path) as book:
        pk = book.hearings.ids(HearingQuery(text="Суд №1"))[0]
        book.hearings.edit(pk, court="Суд №1, зал 4")
    assert main(["--db", str(db_path), "hearings", "--days", "7", "--ics", "-o", str(out),
                 "--time-zone", "Asia/Bishkek"]) == 0
    events = _events(out.read_bytes())
    assert {str(e["uid"]) for e in events} == first
    assert "Суд №1, зал 4" in {str(e["location"]) for e in events}


def test_cli_ics_without_output_is_one_line(db_path: Path, capsys):
    assert main(["--db", str(db_path), "hearings", "--ics"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
