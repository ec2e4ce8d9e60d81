# SPDX-License-Identifier: GPL-3.0-or-later
"""Relative dates ("кеше", "вчера", "last Tuesday", "в пятницу", "в прошлом месяце",
"the same evening", "three days later", "через два дня") resolved against the publication
date or the date named just before.

Without a publication date nothing relative is reported: a guess would look like a fact.
A weekday means the latest such day on or before publication; "last" means strictly before.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta

from caseapp.importer.date_words import (
    COUNT_WORDS,
    LATER_AFTER,
    LATER_BEFORE,
    LATER_UNITS,
    RELATIVE_DAYS,
    RELATIVE_PHRASES,
    weekday_of,
)
from caseapp.importer.doc import Doc
from caseapp.importer.model import DateMention

#: Phrases by their first word, longest first.
_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase_words in sorted(RELATIVE_PHRASES, key=len, reverse=True):
    _BY_FIRST.setdefault(_phrase_words[0], []).append(_phrase_words)
_FUTURE = frozenset("next келесі следующий следующую следующей".split())


def find_relative(doc: Doc, consumed: set[int], absolute: list[DateMention]) -> list[DateMention]:
    """Relative dates outside ``consumed`` tokens; "same day" copies the previous day date."""
    if doc.published is None:
        return []
    days = _Days(doc.published, absolute, doc.title_end)
    index = 0
    while index < len(doc.tokens):
        found = None if index in consumed else _at(doc, index, days)
        if found:
            mention, length = found
            days.add(mention)
            index += length
        else:
            index += 1
    return days.relative


class _Days:
    """Day dates found so far, for "the same day"/"the next day" to count from in O(log n),
    and the publication day the others count from."""

    def __init__(self, published: date, absolute: list[DateMention], title_end: int) -> None:
        self.published = published
        self.absolute = sorted((d for d in absolute if d.precision == "day"),
                               key=lambda d: d.start)
        self.starts = [d.start for d in self.absolute]
        self.named = sorted(absolute, key=lambda d: d.start)  #: any precision
        self.named_starts = [d.start for d in self.named]
        self.relative: list[DateMention] = []
        self.news: DateMention | None = None
        self.title_end = title_end

    def add(self, mention: DateMention) -> None:
        self.relative.append(mention)
        if self.news is None and mention.precision == "day" and mention.start > self.title_end:
            self.news = mention

    def latest_before(self, start: int) -> DateMention | None:
        position = bisect_left(self.starts, start)
        candidates = [self.absolute[position - 1]] if position else []
        candidates += [d for d in self.relative[-1:] if d.precision == "day" and d.start < start]
        return max(candidates, key=lambda d: d.start) if candidates else None

    def latest_named(self, start: int) -> DateMention | None:
        """The latest date of any precision before ``start`` ("в мае 2016 … в тот же вечер")."""
        position = bisect_left(self.named_starts, start)
        candidates = [self.named[position - 1]] if position else []
        candidates += [d for d in self.relative[-1:] if d.start < start]
        return max(candidates, key=lambda d: d.start) if candidates else None


def _at(doc: Doc, index: int, days: _Days) -> tuple[DateMention, int] | None:
    return (_phrase(doc, index, days) or _single_day(doc, index, days.published)
            or _weekday(doc, index, days.published) or _later(doc, index, days))


def _span(doc: Doc, first: int, last: int, value: str, precision: str) -> DateMention:
    start, end = doc.tokens[first].start, doc.tokens[last].end
    return DateMention(doc.text[start:end], start, end, value, precision, relative=True)


def _single_day(doc: Doc, index: int, published: date) -> tuple[DateMention, int] | None:
    token = doc.tokens[index]
    offset = RELATIVE_DAYS.get(token.text.lower())
    if offset is None or (token.is_cap and not doc.starts_sentence(index)):
        return None
    value = (published + timedelta(days=offset)).isoformat()
    return _span(doc, index, index, value, "day"), 1


def _phrase(doc: Doc, index: int, days: _Days) -> tuple[DateMention, int] | None:
    phrases = _BY_FIRST.get(doc.tokens[index].text.lower())
    if not phrases:
        return None
    following = doc.tokens[index + 1].text.lower() if index + 1 < len(doc.tokens) else ""
    for words in phrases:
        length = len(words)
        if length > 1 and words[1] != following or tuple(
                t.text.lower() for t in doc.tokens[index:index + length]) != words:
            continue
        rule = RELATIVE_PHRASES[words]
        value, precision = _shift(doc, rule, doc.tokens[index].start, days)
        if value:
            return _span(doc, index, index + length - 1, value, precision), length
    return None


def _shift(doc: Doc, rule: tuple[str, int], start: int, days: _Days) -> tuple[str | None, str]:
    unit, offset = rule
    published = days.published
    if unit == "year":
        return f"{published.year + offset:04d}", "year"
    if unit == "month":
        return _add_months(published.isoformat(), offset), "month"
    if unit == "day":
        return (published + timedelta(days=offset)).isoformat(), "day"
    anchor = _anchor_day(doc, start, days)
    if anchor is None:
        return None, "day"
    if anchor.precision != "day":  # "в мае 2016 года … в тот же вечер": that month
        return (anchor.value, anchor.precision) if offset == 0 else (None, "day")
    return (date.fromisoformat(anchor.value) + timedelta(days=offset)).isoformat(), "day"


def _add_months(value: str, months: int) -> str:
    index = int(value[:4]) * 12 + int(value[5:7]) - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _anchor_day(doc: Doc, start: int, days: _Days) -> DateMention | None:
    """The date "the same evening" / "the next day" counts from: the latest day named
    earlier in its paragraph, else a month or year named there ("в мае 2016 года … в тот
    же вечер"), else the news day (the first relative day), else the latest day before."""
    latest = days.latest_before(start)
    if latest is not None and latest.start >= doc.line_start(start):
        return latest
    named = days.latest_named(start)
    if named is not None and named.start >= doc.line_start(start):
        return named
    if latest is None:
        return None
    return days.news if days.news and days.news.start < start else latest


def _later(doc: Doc, index: int, days: _Days) -> tuple[DateMention, int] | None:
    """"three days later", "Four months later", "через два дня", "спустя неделю", "екі
    күннен кейін": counted from the date named just before (a month for months)."""
    if index + 1 >= len(doc.tokens):
        return None
    first, second = doc.tokens[index].text.lower(), doc.tokens[index + 1].text.lower()
    if first not in LATER_BEFORE and (second not in LATER_UNITS or _count(first) is None):
        return None
    words = [first, second] + [t.text.lower() for t in doc.tokens[index + 2:index + 3]]
    counted = _counted_span(words)
    if counted is None:
        return None
    count, unit_word, length = counted
    anchor = _anchor_day(doc, doc.tokens[index].start, days)
    if anchor is None:
        return None
    unit, size = LATER_UNITS[unit_word]
    if unit == "month":
        value, precision = _add_months(anchor.value[:7] + "-01", count), "month"
    elif anchor.precision == "day":
        value = (date.fromisoformat(anchor.value) + timedelta(days=count * size)).isoformat()
        precision = "day"
    else:
        return None
    return _span(doc, index, index + length - 1, value, precision), length


def _counted_span(words: list[str]) -> tuple[int, str, int] | None:
    """(count, unit word, words used) of "N units later" / "через N units" / "через неделю"."""
    if len(words) >= 2 and words[0] in LATER_BEFORE:
        if words[1] in LATER_UNITS:
            return 1, words[1], 2
        count = _count(words[1])
        if count and len(words) == 3 and words[2] in LATER_UNITS:
            return count, words[2], 3
        return None
    count = _count(words[0]) if words else None
    if count and len(words) == 3 and words[1] in LATER_UNITS and words[2] in LATER_AFTER:
        return count, words[1], 3
    return None


def _count(word: str) -> int | None:
    if len(word) <= 2 and word.isascii() and word.isdigit() and int(word) > 0:
        return int(word)
    return COUNT_WORDS.get(word)


def _weekday(doc: Doc, index: int, published: date) -> tuple[DateMention, int] | None:
    token, language = doc.tokens[index], doc.lang[index]
    weekday = weekday_of(token.text, language)
    if weekday is None or (language == "kk" and not _kazakh_weekday_ok(doc, index)):
        return None
    previous = doc.tokens[index - 1].text.lower() if index else ""
    first = index - 1 if previous in ("last", "on", "в", "во", "next", "өткен", "келесі") else index
    value = resolve_weekday(published, weekday, last=previous in ("last", "өткен"),
                            future=previous in _FUTURE)
    return _span(doc, first, index, value.isoformat(), "day"), 1


def _kazakh_weekday_ok(doc: Doc, index: int) -> bool:
    word = doc.tokens[index].text.lower()
    after = doc.tokens[index + 1].text.lower() if index + 1 < len(doc.tokens) else ""
    return after == "күні" or not word.endswith(("бі", "жұма"))


def resolve_weekday(published: date, weekday: int, *, last: bool = False,
                    future: bool = False) -> date:
    """The weekday nearest before (or, with ``future``, after) the publication date."""
    if future:
        ahead = (weekday - published.weekday()) % 7 or 7
        return published + timedelta(days=ahead)
    back = (published.weekday() - weekday) % 7
    if last and back == 0:
        back = 7
    return published - timedelta(days=back)
