# SPDX-License-Identifier: GPL-3.0-or-later
"""Month and weekday names for the dates a report prints, from the report's catalog.

Each name is its own message so Babel extracts it; a month has two: the name standing
alone ("август 2019 г.") and the name inside a full date, which Russian puts in the
genitive ("25 августа 2019 г.").
"""

from __future__ import annotations

from gettext import NullTranslations


def month_names(catalog: NullTranslations) -> tuple[str, ...]:
    """January … December standing alone, as in "August 2019"."""
    return (
        catalog.pgettext("report month", "January"),
        catalog.pgettext("report month", "February"),
        catalog.pgettext("report month", "March"),
        catalog.pgettext("report month", "April"),
        catalog.pgettext("report month", "May"),
        catalog.pgettext("report month", "June"),
        catalog.pgettext("report month", "July"),
        catalog.pgettext("report month", "August"),
        catalog.pgettext("report month", "September"),
        catalog.pgettext("report month", "October"),
        catalog.pgettext("report month", "November"),
        catalog.pgettext("report month", "December"),
    )


def day_month_names(catalog: NullTranslations) -> tuple[str, ...]:
    """January … December after a day number, as in "25 August 2019"."""
    return (
        # Translators: the month after a day number ("25 January"); Russian uses the genitive.
        catalog.pgettext("report month in a date", "January"),
        catalog.pgettext("report month in a date", "February"),
        catalog.pgettext("report month in a date", "March"),
        catalog.pgettext("report month in a date", "April"),
        catalog.pgettext("report month in a date", "May"),
        catalog.pgettext("report month in a date", "June"),
        catalog.pgettext("report month in a date", "July"),
        catalog.pgettext("report month in a date", "August"),
        catalog.pgettext("report month in a date", "September"),
        catalog.pgettext("report month in a date", "October"),
        catalog.pgettext("report month in a date", "November"),
        catalog.pgettext("report month in a date", "December"),
    )


def weekday_names(catalog: NullTranslations) -> tuple[str, ...]:
    """Monday … Sunday, in the order of ``date.weekday()``."""
    return (
        catalog.pgettext("report weekday", "Monday"),
        catalog.pgettext("report weekday", "Tuesday"),
        catalog.pgettext("report weekday", "Wednesday"),
        catalog.pgettext("report weekday", "Thursday"),
        catalog.pgettext("report weekday", "Friday"),
        catalog.pgettext("report weekday", "Saturday"),
        catalog.pgettext("report weekday", "Sunday"),
    )
