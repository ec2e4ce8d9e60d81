# SPDX-License-Identifier: GPL-3.0-or-later
"""Hearings, and procedural deadlines, as an iCalendar file (RFC 5545) that calendar
applications import.

Each hearing is one event whose UID is made from the hearing's uid, so importing a
newer export updates the events instead of adding them twice. A hearing with a time
starts then in the group's time zone (a VTIMEZONE is included) and lasts
``HEARING_HOURS``; one without a time is an all-day event. A procedural deadline is an
all-day event on its day whose UID comes from the deadline's key.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from caseapp import APP_ID, __version__
from caseapp.domain.enums import DeadlineKind, HearingKind
from caseapp.domain.views import DeadlineRow, HearingRow
from caseapp.exchange.zones import DEFAULT_TIME_ZONE, time_zone
from caseapp.i18n import _

#: How long a hearing with a known start is shown in a calendar (courts give no end).
HEARING_HOURS = 2
UID_DOMAIN = "hearing.caseapp"
DEADLINE_UID_DOMAIN = "deadline.caseapp"


def event_uid(hearing_uid: str) -> str:
    """The event's UID: the same hearing always gives the same one."""
    return f"{hearing_uid}@{UID_DOMAIN}"


def calendar_bytes(hearings: Sequence[HearingRow], *, zone_name: str = DEFAULT_TIME_ZONE,
                   name: str = "", stamp: datetime | None = None,
                   deadlines: Sequence[DeadlineRow] = ()) -> bytes:
    """The .ics text of ``hearings`` (those without a date are left out) and of
    ``deadlines``."""
    zone = time_zone(zone_name)
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_ID}//caseapp {__version__}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name or _("Hearings"))
    calendar.add("x-wr-timezone", zone_name)
    when = stamp or datetime.now(UTC)
    for hearing in hearings:
        if hearing.date is not None:
            calendar.add_component(_event(hearing, zone, when))
    for row in deadlines:
        calendar.add_component(_deadline_event(row, when))
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _event(hearing: HearingRow, zone: ZoneInfo, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", event_uid(hearing.uid))
    event.add("dtstamp", stamp)
    _add_times(event, hearing, zone)
    event.add("summary", summary(hearing))
    if hearing.court:
        event.add("location", hearing.court)
    event.add("description", description(hearing))
    event.add("categories", [kind_label(hearing.kind)])
    return event


def _add_times(event: Event, hearing: HearingRow, zone: ZoneInfo) -> None:
    assert hearing.date is not None  # calendar_bytes leaves undated hearings out
    if hearing.time is None:
        event.add("dtstart", hearing.date)
        event.add("dtend", hearing.date + timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        return
    start = datetime.combine(hearing.date, hearing.time, tzinfo=zone)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(hours=HEARING_HOURS))


def kind_label(kind: str) -> str:
    """The translated kind, or the stored word when it is not one caseapp knows."""
    try:
        return HearingKind(kind).label()
    except ValueError:
        return kind


def summary(hearing: HearingRow) -> str:
    """"Hearing: 2025-07510-000 — Aliya Nurlanova, …" (the case, then the defendants)."""
    who = ", ".join(hearing.defendants)
    case = hearing.case_number or _("case without number")
    text = _("Hearing: {case}").format(case=case)
    return f"{text} — {who}" if who else text


def description(hearing: HearingRow) -> str:
    lines = [(_("Case"), hearing.case_number), (_("Defendants"), ", ".join(hearing.defendants)),
             (_("Court"), hearing.court), (_("Kind"), kind_label(hearing.kind)),
             (_("Judge"), hearing.judge), (_("Lawyers"), ", ".join(hearing.lawyers)),
             (_("Outcome"), hearing.outcome)]
    return "\n".join(f"{label}: {value}" for label, value in lines if value)


def _deadline_event(row: DeadlineRow, stamp: datetime) -> Event:
    """An all-day event: "appeal window closes — Ерлан Қуанышбаев (2024-001)"."""
    deadline = row.deadline
    event = Event()
    event.add("uid", f"{deadline.key}@{DEADLINE_UID_DOMAIN}")
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline.due)
    event.add("dtend", deadline.due + timedelta(days=1))
    event.add("transp", "TRANSPARENT")
    what = DeadlineKind(deadline.kind).label()
    who = join_present((row.who, f"({row.case_number})" if row.case_number else ""))
    event.add("summary", f"{what} — {who}" if who else what)
    lines = [_("Rule: {article}").format(article=deadline.rule.article)
             if deadline.rule.article else ""]
    if not deadline.rule.checked:
        lines.append(_("The figure of this rule was not checked against the code's text."))
    event.add("description", "\n".join(line for line in lines if line))
    event.add("categories", [_("Procedural deadline")])
    return event


def join_present(parts: Sequence[str]) -> str:
    return " ".join(part for part in parts if part)
