# SPDX-License-Identifier: GPL-3.0-or-later
"""Cells read as dates, times and vocabulary words; what cannot be read is an error."""

from __future__ import annotations

import datetime as dt

import pytest

from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.importer.table_values import read_date, read_full_date, read_time, read_word


@pytest.mark.parametrize(("cell", "expected"), [
    ("12.03.2024", PartialDate(2024, 3, 12)), ("2024-03", PartialDate(2024, 3)),
    ("март 2024 г.", PartialDate(2024, 3)), ("2019 жылғы 25 тамыз", PartialDate(2019, 8, 25)),
    ("11 апреля 1931 г.", PartialDate(1931, 4, 11)), ("March 12, 2024", PartialDate(2024, 3, 12)),
    ("12 Mar 2024", PartialDate(2024, 3, 12)), ("1975", PartialDate(1975)),
    ("2024-03-12 00:00:00", PartialDate(2024, 3, 12)), ("45363", PartialDate(2024, 3, 12)),
    (45363, PartialDate(2024, 3, 12)), (45363.5, PartialDate(2024, 3, 12)),
    (1975, PartialDate(1975)), (dt.datetime(2024, 3, 12, 9), PartialDate(2024, 3, 12)),
    (dt.date(2024, 3, 12), PartialDate(2024, 3, 12)), ("", None), (None, None),
    ("мамыр 2020 ж.", PartialDate(2020, 5)), ("12 желтоқсан 1986 жыл", PartialDate(1986, 12, 12)),
])
def test_dates(cell, expected):
    assert read_date(cell) == expected


@pytest.mark.parametrize("cell", ["32.13.2020", "весной 2021", "12 марта", "около 1980",
                                  "31 февраля 2020", 123, "2020 2021", "abc"])
def test_unreadable_dates_are_errors(cell):
    with pytest.raises(Invalid):
        read_date(cell)


def test_a_hearing_date_needs_its_day():
    assert read_full_date("12.03.2024") == dt.date(2024, 3, 12)
    with pytest.raises(Invalid, match="day"):
        read_full_date("03.2024")


@pytest.mark.parametrize(("cell", "expected"), [
    ("10:00", dt.time(10)), ("9.30", dt.time(9, 30)), (0.5, dt.time(12)),
    (dt.time(14, 15), dt.time(14, 15)), ("", None)])
def test_times(cell, expected):
    assert read_time(cell) == expected


def test_bad_time():
    with pytest.raises(Invalid):
        read_time("25:99")


@pytest.mark.parametrize(("vocabulary", "cell", "expected"), [
    ("gender", "Муж.", "male"), ("gender", "ж", "female"), ("gender", "Әйел", "female"),
    ("gender", "Female", "female"), ("status", "Задержана", "detained"),
    ("status", "сотталған", "sentenced"), ("status", "Released", "released"),
    ("status", "под домашним арестом", "house_arrest"), ("status", "в эмиграции", "in_exile"),
    ("status", "қайтыс болды", "deceased"), ("status", "at_large", "at_large"),
    ("facility_kind", "СИЗО", "pretrial"), ("facility_kind", "ИК-2", "colony"),
    ("hearing_kind", "апелляция", "appeal"), ("case_status", "следствие", "investigation"),
    ("gender", "", None)])
def test_words(vocabulary, cell, expected):
    assert read_word(vocabulary, cell) == expected


def test_an_unknown_word_is_an_error_naming_the_choices():
    with pytest.raises(Invalid, match="detained"):
        read_word("status", "летает")
