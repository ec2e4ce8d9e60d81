# SPDX-License-Identifier: GPL-3.0-or-later
"""Partial dates, typed dates and times, and name keys, fuzzed: a reader returns a value
or raises Invalid naming its field, never anything else; keys are stable and fast."""

from __future__ import annotations

import time
from datetime import date
from datetime import time as clock

import pytest
from hypothesis import example, given, target
from hypothesis import strategies as st

from caseapp.domain import names, typed
from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate, from_iso, parse_optional
from fuzz import strategies as hostile
from fuzz.profiles import SLOW, examples, ran_input

_SEPARATORS = st.sampled_from(list("./-: ") + ["\u2024", "\uff0e", "\u2010", "\xa0", "\x00"])
_NUMBERS = (st.integers(0, 99_999).map(str) | st.integers(0, 99).map(lambda n: f"{n:02d}")
            | st.sampled_from(["٠١", "١٢", "۲۰۲۴", "①", "²", "0x1F", "1e3", "-1", "+5"]))
#: Things that look like dates: numbers of every width and script between separators.
date_like = st.lists(_NUMBERS | _SEPARATORS, max_size=7).map("".join)
#: Real dates in the forms volunteers type (day first, ISO, month and year, two-digit
#: years), with spaces or a hostile piece around them now and then.
_FORMS = st.sampled_from(["%d.%m.%Y", "%Y-%m-%d", "%m.%Y", "%Y-%m", "%Y", "%d.%m.%y", "%d/%m/%Y"])
well_formed = st.builds(lambda day, form, before, after: before + day.strftime(form) + after,
                        st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)),
                        _FORMS, st.sampled_from(["", " ", "\xa0", "\u200f"]),
                        st.sampled_from(["", " ", "\n", "г.", "\x00"]))
dates_typed = well_formed | date_like | hostile.hostile_chars | hostile.word_soup
#: Names up to 100 kB in `make test-slow` (a pasted source text is indexed by these keys).
_LONG = 100_000 if SLOW else 5_000
any_names = hostile.names | hostile.articles(max_run=_LONG)


@given(dates_typed)
@examples(quick=40, slow=2500)
def test_a_partial_date_reads_back_from_its_own_forms(text: str) -> None:
    ran_input()
    try:
        found = PartialDate.parse(text)
    except Invalid:
        return
    assert PartialDate.parse(found.iso()) == found == from_iso(found.iso())
    assert PartialDate.parse(found.display()) == found
    assert found.first_day() <= found.last_day()
    assert parse_optional(text) == found


@given(dates_typed)
@examples(quick=40, slow=2500)
def test_typed_dates_and_times_give_a_value_or_name_their_field(text: str) -> None:
    ran_input()
    for reader, kind in ((typed.read_day, date), (typed.read_partial, PartialDate),
                         (typed.read_time, clock)):
        try:
            value = reader(text, field="where")
        except Invalid as error:
            assert error.field == "where" and str(error)
            continue
        assert value is None and not text.strip() or isinstance(value, kind)


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(2999, 12, 31)),
       st.sampled_from(["day", "month", "year"]))
@examples(quick=20, slow=1000)
def test_every_partial_date_in_range_round_trips(day: date, precision: str) -> None:
    ran_input()
    value = PartialDate(day.year, day.month if precision != "year" else None,
                        day.day if precision == "day" else None)
    assert PartialDate.parse(value.iso()) == value == PartialDate.parse(value.display())


@given(any_names)
@example("0 \u0300 0")  # a lone combining mark once left a double space in a spelling
@examples(quick=30, slow=1500)
def test_name_keys_never_raise_and_are_stable(text: str) -> None:
    ran_input()
    started = time.perf_counter()
    key = names.match_key(text)
    terms = names.search_terms(text)
    if len(text) >= 1000:
        target((time.perf_counter() - started) * 100_000 / len(text), label="seconds per 100 kB")
    assert names.match_key(key) == key and "" not in terms
    assert names.normalize(names.normalize(text)) == names.normalize(text)
    assert names.script_of(text) in ("cyrillic", "latin", "mixed", "other")
    assert names.language_of_name(text) in ("kk", "ru", "en", "")
    assert 0.0 <= names.kazakh_letter_ratio(text) <= 100.0
    for spelling in (names.latin_spelling(text), names.fold_kazakh_spelling(text)):
        assert isinstance(spelling, str) and "  " not in spelling


@pytest.mark.parametrize("piece", ["j", "ии", "iy", "yev", "dzh", "kh", "Ә\u0306", "a\u0301"])
def test_a_100_kb_name_word_keys_in_linear_time(piece: str) -> None:
    # A spelling rule applied until nothing changes could take a pass per letter.
    started = time.perf_counter()
    names.match_key(piece * (100_000 // len(piece)))
    assert time.perf_counter() - started < 3.0, piece
