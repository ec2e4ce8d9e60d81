# SPDX-License-Identifier: GPL-3.0-or-later
"""Dates: suffixed months, ranges, weekdays and relative words, durations that are not dates."""

from __future__ import annotations

from datetime import date

import pytest

from caseapp.importer import extract
from caseapp.importer.relative_dates import resolve_weekday


def _values(text: str, published: date | None = date(2025, 9, 3)) -> list[str]:
    return [d.value for d in extract("Title\n" + text, published=published).dates]


@pytest.mark.parametrize("text, values", [
    ("Акция 25 тамызда өтті.", ["2025-08-25"]),
    ("Ол 2016 жылы сәуірде сотталды.", ["2016-04"]),
    ("Белсенділер шілде айынан бері жиналады.", ["2025-07"]),
    ("Ол 2023 жылдың желтоқсанынан бері жазады.", ["2023-12"]),
    ("Өтініш қыркүйектің 15-інде қаралады.", ["2025-09-15"]),
    ("Задержан 14 августа.", ["2025-08-14"]),
    ("Арестован в апреле 2016 года.", ["2016-04"]),
    ("Held on August 25 and released in December 2018.", ["2025-08-25", "2018-12"]),
    ("Ұсталды 12.03.2024 күні.", ["2024-03-12"]),
])
def test_month_tables_and_suffixes(text, values):
    assert _values(text) == values


@pytest.mark.parametrize("text, values", [
    ("Митинги прошли 21 и 22 марта.", ["2025-03-21", "2025-03-22"]),
    ("Сот процесі 16 қыркүйек пен 3 қазан аралығында өтті.", ["2024-09-16", "2024-10-03"]),
    ("Pickets ran between 2 and 6 June.", ["2025-06-02", "2025-06-06"]),
    ("Процесс шёл с 30 июня по 11 июля.", ["2025-06-30", "2025-07-11"]),
    ("Штрафовали в марте и в сентябре 2024 года.", ["2024-03", "2024-09"]),
])
def test_ranges_give_two_dates(text, values):
    published = date(2024, 10, 4) if "қазан" in text else date(2025, 9, 3)
    assert _values(text, published) == values


@pytest.mark.parametrize("text", [
    "Ол 5 жылға сотталды.", "Суд приговорил его к семи годам.", "He got seven years.",
    "Гособвинитель просил 6 лет.", "Ол 10 жылдан астам отырды.", "Его арестовали на 15 суток.",
])
def test_durations_are_not_dates(text):
    assert _values(text) == []


def test_relative_words_and_weekdays_resolve_against_publication():
    # 2025-09-03 is a Wednesday
    assert _values("Вчера суд отказал.") == ["2025-09-02"]
    assert _values("Кеше сот шешім шығарды.") == ["2025-09-02"]
    assert _values("В понедельник его задержали.") == ["2025-09-01"]
    assert _values("Police detained him last Wednesday.") == ["2025-08-27"]
    assert _values("В прошлом месяце она написала письмо.") == ["2025-08"]
    assert _values("Ол былтыр күзден бері пикетке шығады.") == ["2024"]


def test_without_publication_date_relative_words_are_left_out():
    assert _values("Вчера суд отказал 3 октября 2024 года.", published=None) == ["2024-10-03"]


def test_missing_year_is_inferred_and_future_hearings_kept():
    assert _values("Жалобу рассмотрят 4 марта.", date(2025, 2, 18)) == ["2025-03-04"]
    assert _values("Он задержан 22 декабря.", date(2025, 1, 24)) == ["2024-12-22"]


def test_weekday_resolution_rules():
    monday = date(2025, 9, 15)
    assert resolve_weekday(monday, 0) == monday
    assert resolve_weekday(monday, 0, last=True) == date(2025, 9, 8)
    assert resolve_weekday(monday, 3) == date(2025, 9, 11)
    assert resolve_weekday(monday, 3, future=True) == date(2025, 9, 18)


def test_capitalised_today_in_a_name_is_not_a_date():
    assert _values("Издание «Ала-Тоо Today» сообщило.") == []


@pytest.mark.parametrize("text, values", [
    ("He spent 15 days in jail in January 2022. He was released on January 20 that year.",
     ["2022-01", "2022-01-20"]),
    ("Их задержали 11 февраля. Двух других задержали на следующий день.",
     ["2025-02-11", "2025-02-12"]),
    ("Наразылық 2025 жылғы 14 мамырда өтті. Келесі күні олар ұсталды.",
     ["2025-05-14", "2025-05-15"]),
    ("Сот 4 наурызда ақпан айындағы ереуіл бойынша үкім шығарды.", ["2025-03-04", "2025-02"]),
    ("В июле и августе суд допрашивал свидетелей.", ["2025-07", "2025-08"]),
])
def test_years_and_days_carried_over_from_an_earlier_date(text, values):
    assert _values(text) == values


def test_the_same_evening_counts_from_the_news_day_when_its_paragraph_names_no_day():
    text = ("The court ruled on Wednesday. The blogger, held since March 24, stays in custody.\n"
            "Police detained two supporters and released them the same evening.")
    assert _values(text, date(2025, 5, 22)) == ["2025-05-21", "2025-03-24", "2025-05-21"]
