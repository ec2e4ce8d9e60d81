# SPDX-License-Identifier: GPL-3.0-or-later
"""Sentence arithmetic: calendar terms, month ends, leap years and credited days."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.domain.errors import Invalid
from caseapp.domain.terms import (
    Term,
    add_months,
    credited_pretrial_days,
    days_between,
    expected_release,
)


@pytest.mark.parametrize("start, term, credited, release", [
    (date(2020, 1, 15), Term(years=1), 0, date(2021, 1, 15)),
    (date(2019, 6, 3), Term(years=7, months=6), 0, date(2026, 12, 3)),
    (date(2019, 11, 30), Term(months=3), 0, date(2020, 2, 29)),     # month end, leap year
    (date(2020, 1, 31), Term(months=1), 0, date(2020, 2, 29)),
    (date(2021, 1, 31), Term(months=1), 0, date(2021, 2, 28)),
    (date(2021, 8, 31), Term(months=1), 0, date(2021, 9, 30)),
    (date(2020, 2, 29), Term(years=1), 0, date(2021, 2, 28)),       # leap day, plain year
    (date(2020, 2, 29), Term(years=4), 0, date(2024, 2, 29)),       # leap day to leap day
    (date(2021, 12, 25), Term(days=10), 0, date(2022, 1, 4)),       # over the new year
    (date(2021, 3, 1), Term(years=2), 10, date(2023, 2, 19)),       # credited pre-trial days
    (date(2024, 3, 1), Term(months=1), 1, date(2024, 3, 31)),
    (date(2020, 3, 1), Term(years=1), 366, date(2020, 2, 29)),      # credit longer than a year
    (date(2019, 1, 10), Term(years=1, months=1, days=1), 0, date(2020, 2, 11)),
])
def test_expected_release(start: date, term: Term, credited: int, release: date) -> None:
    assert expected_release(start, term, credited) == release


def test_empty_term_has_no_release_date() -> None:
    assert Term().is_empty
    assert expected_release(date(2020, 1, 1), Term(), credited_days=5) is None


def test_negative_values_are_refused_with_their_field() -> None:
    with pytest.raises(Invalid) as caught:
        Term(years=-1)
    assert caught.value.field == "term"
    with pytest.raises(Invalid) as caught:
        expected_release(date(2020, 1, 1), Term(years=1), credited_days=-3)
    assert caught.value.field == "credited_days"


def test_add_months_crosses_years_both_ways() -> None:
    assert add_months(date(2019, 12, 31), 2) == date(2020, 2, 29)
    assert add_months(date(2019, 11, 15), 14) == date(2021, 1, 15)
    assert add_months(date(2020, 3, 31), -1) == date(2020, 2, 29)
    assert add_months(date(2020, 1, 15), -13) == date(2018, 12, 15)


def test_days_between_counts_both_ends() -> None:
    assert days_between(date(2020, 1, 1), date(2020, 1, 1)) == 1
    assert days_between(date(2020, 2, 28), date(2020, 3, 1)) == 3
    assert days_between(date(2019, 1, 1), date(2019, 12, 31)) == 365


def test_describe_uses_plurals() -> None:
    assert Term(2, 3, 1).describe() == "2 years, 3 months, 1 day"
    assert Term(1, 0, 5).describe() == "1 year, 5 days"
    assert Term().describe() == ""


starts = st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31))


@given(starts, st.integers(0, 3000))
def test_days_only_term_is_plain_day_arithmetic(start: date, days: int) -> None:
    release = expected_release(start, Term(days=days))
    if days == 0:
        assert release is None
    else:
        assert release == start + timedelta(days=days)


@given(starts, st.integers(0, 25), st.integers(0, 11), st.integers(0, 400))
def test_credited_days_move_the_release_back_day_for_day(start: date, years: int,
                                                         months: int, credited: int) -> None:
    term = Term(years=years, months=months, days=1)
    plain = expected_release(start, term)
    assert expected_release(start, term, credited) == plain - timedelta(days=credited)
    assert plain > start


@given(starts, st.integers(0, 30), st.integers(0, 30))
def test_longer_terms_never_end_earlier(start: date, years: int, extra_months: int) -> None:
    shorter = expected_release(start, Term(years=years, months=1))
    longer = expected_release(start, Term(years=years, months=1 + extra_months))
    assert longer >= shorter
    assert (longer.year - start.year) * 12 + longer.month - start.month == \
        years * 12 + 1 + extra_months


def test_custody_before_the_verdict_is_credited_once_per_day() -> None:
    periods = [(date(2024, 3, 12), date(2024, 3, 14)), (date(2024, 3, 14), None),
               (date(2024, 12, 1), None)]
    assert credited_pretrial_days(periods, date(2024, 10, 1)) == 204
    assert credited_pretrial_days([], date(2024, 10, 1)) == 0
