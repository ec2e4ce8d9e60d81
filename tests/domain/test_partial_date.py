# SPDX-License-Identifier: GPL-3.0-or-later
"""PartialDate: what volunteers type, what is stored, how it sorts and spans."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate, from_iso, parse_optional


@pytest.mark.parametrize("text, parts, iso", [
    ("2016", (2016, None, None), "2016"),
    ("04.2016", (2016, 4, None), "2016-04"),
    ("4/2016", (2016, 4, None), "2016-04"),
    ("2016-04", (2016, 4, None), "2016-04"),
    ("14.08.2019", (2019, 8, 14), "2019-08-14"),
    ("2019-08-14", (2019, 8, 14), "2019-08-14"),
    ("  29.02.2020 ", (2020, 2, 29), "2020-02-29"),
])
def test_parse_reads_every_written_form(text: str, parts: tuple, iso: str) -> None:
    parsed = PartialDate.parse(text)
    assert (parsed.year, parsed.month, parsed.day) == parts
    assert parsed.iso() == iso
    assert str(parsed) == iso


@pytest.mark.parametrize("text, precision, display", [
    ("2016", "year", "2016"), ("2016-04", "month", "04.2016"),
    ("2019-08-14", "day", "14.08.2019")])
def test_precision_and_day_first_display(text: str, precision: str, display: str) -> None:
    parsed = PartialDate.parse(text)
    assert parsed.precision == precision
    assert parsed.display() == display
    assert PartialDate.parse(parsed.display()) == parsed


@pytest.mark.parametrize("text, fragment", [
    ("", "is not a date"),
    ("abc", "“abc” is not a date"),
    ("16", "“16” is not a date"),
    ("2016-", "is not a date"),
    ("2016-13", "no month 13"),
    ("00.2016", "no month 0"),
    ("31.02.2019", "no day 31 in 2019-02"),
    ("29.02.2019", "no day 29 in 2019-02"),
    ("2019-04-31", "no day 31 in 2019-04"),
    ("0999", "year 999 is out of range"),
])
def test_invalid_input_raises_a_readable_message(text: str, fragment: str) -> None:
    with pytest.raises(Invalid) as caught:
        PartialDate.parse(text)
    message = str(caught.value)
    assert fragment in message
    assert "Traceback" not in message and "\n" not in message


def test_constructor_checks_parts_too() -> None:
    with pytest.raises(Invalid, match="day needs a month"):
        PartialDate(2019, None, 5)
    with pytest.raises(Invalid, match="no month 0"):
        PartialDate(2019, 0)


def test_first_and_last_day_span_the_known_precision() -> None:
    assert PartialDate(2016).first_day() == date(2016, 1, 1)
    assert PartialDate(2016).last_day() == date(2016, 12, 31)
    assert PartialDate(2016, 2).last_day() == date(2016, 2, 29)
    assert PartialDate(2019, 2).last_day() == date(2019, 2, 28)
    assert PartialDate(2019, 4).first_day() == date(2019, 4, 1)
    assert PartialDate(2019, 4).last_day() == date(2019, 4, 30)
    day = PartialDate(2019, 8, 14)
    assert day.first_day() == day.last_day() == date(2019, 8, 14)


def test_ordering_follows_the_iso_text_across_precisions() -> None:
    values = [PartialDate(2016, 4, 14), PartialDate(2016), PartialDate(2015, 12),
              PartialDate(2016, 4), PartialDate(2016, 1, 2)]
    assert [v.iso() for v in sorted(values)] == sorted(v.iso() for v in values)
    assert PartialDate(2016) < PartialDate(2016, 4) < PartialDate(2016, 4, 1)
    assert PartialDate(2016, 12) > PartialDate(2016, 4, 30)
    assert max(values) == PartialDate(2016, 4, 14)


def test_equality_and_hash_by_value() -> None:
    assert PartialDate.parse("04.2016") == PartialDate.parse("2016-04")
    assert len({PartialDate(2016, 4), PartialDate.parse("2016-04"), PartialDate(2016)}) == 2
    assert PartialDate(2016) <= PartialDate(2016) and PartialDate(2016) >= PartialDate(2016)


def test_optional_helpers() -> None:
    assert parse_optional(None) is None
    assert parse_optional("   ") is None
    assert parse_optional("04.2016") == PartialDate(2016, 4)
    assert from_iso(None) is None and from_iso("") is None
    assert from_iso("2016-04-01") == PartialDate.from_date(date(2016, 4, 1))


partial_dates = st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)).flatmap(
    lambda d: st.sampled_from([PartialDate(d.year), PartialDate(d.year, d.month),
                               PartialDate.from_date(d)]))


@given(partial_dates)
def test_iso_and_display_round_trip(value: PartialDate) -> None:
    assert PartialDate.parse(value.iso()) == value
    assert PartialDate.parse(value.display()) == value
    assert value.first_day() <= value.last_day()


@given(partial_dates, partial_dates)
def test_order_agrees_with_iso_text(a: PartialDate, b: PartialDate) -> None:
    assert (a < b) == (a.iso() < b.iso())
    assert (a == b) == (a.iso() == b.iso())


@pytest.mark.parametrize("text, iso", [("30-11-2026", "2026-11-30"), ("30.11.26", "2026-11-30"),
                                       ("14.08.89", "1989-08-14")])
def test_dashes_and_two_digit_years_as_volunteers_type_them(text, iso):
    assert PartialDate.parse(text).iso() == iso
