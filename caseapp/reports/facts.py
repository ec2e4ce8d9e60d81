# SPDX-License-Identifier: GPL-3.0-or-later
"""The few derived facts reports state about a person: current custody, next hearing…

Pure functions of a PersonFile and the report date, shared by the dossier title
block, the brief's summary table and the generated summary sentence.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from caseapp.domain.terms import days_between
from caseapp.reports.data import DetentionEntry, HearingEntry, PersonFile, SentenceEntry


def hearing_key(hearing: HearingEntry) -> tuple[date, time, str]:
    """Chronological order; hearings without a date sort last."""
    return (hearing.date or date.max, hearing.time or time.min, hearing.court)


def is_upcoming(hearing: HearingEntry, today: date) -> bool:
    return hearing.date is not None and hearing.date >= today


def sorted_hearings(file: PersonFile) -> list[HearingEntry]:
    return sorted(file.hearings, key=hearing_key)


def next_hearing(file: PersonFile, today: date) -> HearingEntry | None:
    upcoming = [h for h in sorted_hearings(file) if is_upcoming(h, today)]
    return upcoming[0] if upcoming else None


def current_detention(file: PersonFile) -> DetentionEntry | None:
    """The latest period in custody that has no end, if any."""
    ongoing = [(d.start.iso(), d) for d in file.detentions if d.end is None and d.start is not None]
    return max(ongoing, key=lambda started: started[0])[1] if ongoing else None


def custody_start(file: PersonFile, current: DetentionEntry) -> DetentionEntry:
    """The first period of the unbroken custody that ``current`` ends (SIZO → colony)."""
    earlier = [d for d in sorted_detentions(file) if d.start and d.end and d is not current]
    first = current
    for row in reversed(earlier):
        if _adjoins(row, first):
            first = row
    return first


def _adjoins(earlier: DetentionEntry, later: DetentionEntry) -> bool:
    """``earlier`` ends at most a day before ``later`` starts: a transfer, not a release."""
    if earlier.end is None or later.start is None:
        return False
    return earlier.end.first_day() >= later.start.first_day() - timedelta(days=1)


def sorted_detentions(file: PersonFile) -> list[DetentionEntry]:
    return sorted(file.detentions, key=lambda d: d.start.iso() if d.start else "9999")


def days_held(row: DetentionEntry, today: date) -> tuple[int, bool] | None:
    """Days in custody for the row (to today when ongoing) and whether it is approximate."""
    if row.start is None:
        return None
    end = row.end.first_day() if row.end else today
    approximate = row.start.precision != "day" or (row.end is not None
                                                   and row.end.precision != "day")
    days = days_between(row.start.first_day(), end)
    return (days, approximate) if days > 0 else None


def article_refs(file: PersonFile) -> list[str]:
    """Every charged article once, in the order the cases list them."""
    refs = (charge.article for case in file.cases for charge in case.charges)
    return list(dict.fromkeys(r for r in refs if r))


def latest_sentence(file: PersonFile) -> SentenceEntry | None:
    dated = sorted(file.sentences, key=lambda s: s.date or date.min)
    return dated[-1] if dated else None


def facility_place(row: DetentionEntry) -> str:
    return ", ".join(p for p in (row.facility, row.city) if p)


def pace_met(file: PersonFile) -> bool:
    return any(case.pace_criteria for case in file.cases)
