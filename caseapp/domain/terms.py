# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentence arithmetic: a term in years/months/days and the expected release date."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise

from caseapp.domain.errors import Invalid
from caseapp.i18n import _, ngettext

#: ngettext(singular, plural, count) of some catalog.
Plural = Callable[[str, str, int], str]


@dataclass(frozen=True)
class Term:
    """A custodial term as a court states it: years, months and days."""

    years: int = 0
    months: int = 0
    days: int = 0

    def __post_init__(self) -> None:
        if min(self.years, self.months, self.days) < 0:
            raise Invalid(_("A term cannot be negative"), field="term")

    @property
    def is_empty(self) -> bool:
        return not (self.years or self.months or self.days)

    def describe(self, ngettext: Plural = ngettext, separator: str = ", ") -> str:
        """"7 years, 6 months" in the interface language, or with another catalog's
        ``ngettext`` and separator (a report in its own language)."""
        parts = []
        if self.years:
            parts.append(ngettext("{n} year", "{n} years", self.years).format(n=self.years))
        if self.months:
            parts.append(ngettext("{n} month", "{n} months", self.months).format(n=self.months))
        if self.days:
            parts.append(ngettext("{n} day", "{n} days", self.days).format(n=self.days))
        return separator.join(parts)


def add_months(start: date, months: int) -> date:
    """Calendar month addition; 31 Jan + 1 month is the last day of February."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def expected_release(start: date, term: Term, credited_days: int = 0) -> date | None:
    """The day the term ends: start + term − days already served before the verdict.

    A term of Y years, M months and D days that starts on ``start`` ends the day
    before the same calendar day comes round, so the release date is that end + 1.
    Returns None for an empty term (fines, acquittals).
    """
    if term.is_empty:
        return None
    if credited_days < 0:
        raise Invalid(_("Credited days cannot be negative"), field="credited_days")
    end = add_months(start, term.years * 12 + term.months) + timedelta(days=term.days)
    return end - timedelta(days=credited_days)


def days_between(start: date, end: date) -> int:
    """Days held from start to end, counting both ends (a one-day arrest is 1 day)."""
    return (end - start).days + 1


_UNIT_WORDS = {
    "years": ("year", "yr", "жыл", "год", "лет", "года"),
    "months": ("month", "ай", "месяц", "мес"),
    "days": ("day", "күн", "тәулік", "сут", "дн", "ден", "день"),
}
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
    "тоғыз": 9, "он": 10, "один": 1, "одного": 1, "два": 2, "двух": 2, "три": 3, "трех": 3,
    "трём": 3, "трем": 3, "четыре": 4, "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6,
    "шести": 6, "семь": 7, "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9,
    "десять": 10, "десяти": 10,
}


def parse_term(text: str | None) -> Term | None:
    """Read "5 years", "4 жыл 6 ай", "к семи годам", "10 суток", "P5Y6M" into a Term."""
    import re

    if not text:
        return None
    iso = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?", text.strip())
    if iso and any(iso.groups()):
        return Term(*(int(g or 0) for g in iso.groups()))
    found = {"years": 0, "months": 0, "days": 0}
    tokens = re.findall(r"\d+|[^\W\d_]+", text.casefold())
    for number, unit in pairwise(tokens):
        value = int(number) if number.isdigit() else _NUMBER_WORDS.get(number)
        slot = next((s for s, stems in _UNIT_WORDS.items() if unit.startswith(stems)), None)
        if value is not None and slot is not None:
            found[slot] = value
    term = Term(**found)
    return None if term.is_empty else term


#: Detention kinds counted towards a prison term day for day (pre-trial custody and the
#: police detention before it); house arrest and others are credited at rates that vary,
#: so the volunteer enters those from the verdict.
CREDITED_KINDS = ("police", "pretrial")


def credited_pretrial_days(periods: Iterable[tuple[date, date | None]], verdict: date) -> int:
    """Days in custody before the verdict, as the verdict usually credits them: each
    (start, end or None for ongoing) period cut at the verdict day, overlaps counted once."""
    days: set[date] = set()
    for start, end in periods:
        last = min(end or verdict, verdict)
        days.update(start + timedelta(offset) for offset in range((last - start).days + 1))
    return len(days)
