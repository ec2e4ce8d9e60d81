# SPDX-License-Identifier: GPL-3.0-or-later
"""Report wording, dates, terms and enum words in the report's own language.

A report's language is chosen per report, independent of the volunteer's interface
language, so its words come from ``caseapp.i18n.translation(language)`` rather than
``_``. Report wording is a message in context "report"; dates are put together from
translated month names and patterns; terms follow the catalog's plural rules; enum
values use the enum's label or the report's own word for them (reports/vocab.py).
"""

from __future__ import annotations

import re
from datetime import date, time

from caseapp.domain.partial_date import PartialDate
from caseapp.domain.terms import Term
from caseapp.i18n import translation
from caseapp.reports import vocab
from caseapp.reports.calendar_words import day_month_names, month_names, weekday_names

#: A date never breaks inside: "2019 жылғы 25 тамыз" moves to the next line whole.
NBSP = "\u00a0"
#: A term breaks between its parts, never inside one ("6\u00a0months").
_SPACE_AFTER_NUMBER = re.compile(r"(?<=\d) ")


class Labels:
    """The words of one report language: ``labels.pgettext("report", …)``, dates, terms,
    enum values. ``catalog`` is that language's gettext catalog."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.catalog = translation(language)
        self._words = vocab.report_words(self.catalog)
        self._months, self._day_months = month_names(self.catalog), day_month_names(self.catalog)
        self._weekdays = weekday_names(self.catalog)

    def pgettext(self, context: str, message: str) -> str:
        return self.catalog.pgettext(context, message)

    def notice(self, *, public: bool) -> str:
        """Who may read the report: the cover's and every footer's line."""
        if public:
            return self.pgettext("report", "Prepared for public distribution")
        return self.pgettext("report",
                             "Confidential — for legal and advocacy use only; do not forward")

    def enum(self, kind: str, value: str) -> str:
        """The report's word for a stored enum value ("detained") in this language."""
        return vocab.word(self.catalog, self._words, kind, value)

    def day(self, value: date | None) -> str:
        """25 August 2019 · 25 августа 2019 г. · 2019 жылғы 25 тамыз."""
        if value is None:
            return ""
        return self._full_date(value.year, value.month, value.day)

    def short_day(self, value: date | None) -> str:
        """25.08.2019: a date in a narrow table column (the brief's summary)."""
        if value is None:
            return ""
        # Translators: a short numeric date for narrow table columns ("25.08.2019").
        pattern = self.catalog.pgettext("report short date", "{day}.{month}.{year}")
        return _bind(pattern.format(day=f"{value.day:02d}", month=f"{value.month:02d}",
                                    year=value.year))

    def weekday_and_day(self, value: date) -> str:
        """Monday, 17 March 2025 · понедельник, 17 марта 2025 г. ·
        2025 жылғы 17 наурыз, дүйсенбі."""
        weekday = self._weekdays[value.weekday()]
        # Translators: a weekday and a full date, as a day's heading in the hearing schedule.
        pattern = self.catalog.pgettext("report weekday and date", "{weekday}, {date}")
        return pattern.format(weekday=weekday, date=self.day(value))

    def partial(self, value: PartialDate | None) -> str:
        """A date known to the day, the month or only the year."""
        if value is None:
            return ""
        if value.day and value.month:
            return self._full_date(value.year, value.month, value.day)
        if value.month:
            # Translators: a date known to the month only ("August 2019").
            pattern = self.catalog.pgettext("report month and year", "{month} {year}")
            return _bind(pattern.format(month=self._months[value.month - 1],
                                        year=value.year))
        # Translators: a date known to the year only.
        return _bind(self.catalog.pgettext("report year", "{year}").format(year=value.year))

    def clock(self, value: time | None) -> str:
        return value.strftime("%H:%M") if value else ""

    def term(self, term: Term) -> str:
        """7 years, 6 months · 7 лет 6 месяцев · 7 жыл 6 ай."""
        # Translators: what joins the parts of a prison term ("7 years, 6 months").
        described = term.describe(self.catalog.ngettext, self.catalog.pgettext("report term", ", "))
        return _SPACE_AFTER_NUMBER.sub(NBSP, described)

    def _full_date(self, year: int, month: int, day: int) -> str:
        # Translators: a full date; {month} is the month as it reads inside a date.
        pattern = self.catalog.pgettext("report date", "{day} {month} {year}")
        return _bind(pattern.format(day=day, month=self._day_months[month - 1],
                                    year=year))


def _bind(text: str) -> str:
    """A date as one unbreakable word ("25\u00a0августа\u00a02019\u00a0г.")."""
    return text.replace(" ", NBSP)
