# SPDX-License-Identifier: GPL-3.0-or-later
"""Which date an event cue gets: clauses, datelines, lists of days and inherited days.

News packs several events into one sentence ("в июле и августе суд допрашивал свидетелей,
2 сентября огласил заключение, а 23 и 24 сентября выступили стороны"), so a cue first
takes the date of its own clause (a list of days gives one event per day, a range only its
start), then a date standing in a clause with no cue of its own, then — for narrative
kinds — the latest day earlier in its paragraph or list, or the news day.
A wire dateline ("ALMATY, Feb 7 (Reuters) -") dates the report, never an event.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from caseapp.importer.doc import Doc
from caseapp.importer.event_words import CLAUSE_WORDS, NARRATIVE_KINDS, NEWS_DAY_KINDS, UNTIL
from caseapp.importer.model import DateMention

_RANGE = re.compile(r"аралығ|between|\bс\b|\bпо\b|\bfrom\b|\bto\b|until|[–—-]", re.IGNORECASE)
_DATELINE_BEFORE = re.compile(r"\(?[^\W\d_][^\n,]{0,30},\s*$")
_DATELINE_AFTER = re.compile(r"^[^\n]{0,24}?(?:\s[-–—]\s|\)\s*[-–—])")
_BULLETS = "•–—-*·▪"


@dataclass
class Dating:
    """Date mentions of an article ordered by offset, with datelines set aside."""

    dates: list[DateMention]
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.dates = sorted(self.dates, key=lambda d: (d.start, d.value))
        self.starts = [d.start for d in self.dates]

    def between(self, start: int, end: int) -> list[DateMention]:
        return self.dates[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def usable_dates(doc: Doc, dates: list[DateMention]) -> Dating:
    """All dates but the dateline of the first body paragraph."""
    body = _first_body_line(doc)
    return Dating([d for d in dates if not (body and _is_dateline(doc, d, body))])


def _first_body_line(doc: Doc) -> int | None:
    start = doc.title_end
    while start < len(doc.text) and doc.text[start].isspace():
        start += 1
    return start if start < len(doc.text) and doc.title_end else None


def _is_dateline(doc: Doc, mention: DateMention, body: int) -> bool:
    if not body <= mention.start < body + 40:
        return False
    before = doc.text[body:mention.start]
    return "\n" not in before and bool(_DATELINE_BEFORE.fullmatch(before)) and bool(
        _DATELINE_AFTER.match(doc.text[mention.end:mention.end + 40]))


def clauses(doc: Doc, indices: range, dating: Dating) -> list[range]:
    """Token ranges of a sentence's clauses: split at ";", ":", spaced dashes and commas
    (commas inside a date such as "November 26, 2025" do not split)."""
    out, first = [], indices.start
    for index in indices:
        if _boundary(doc, index, dating):
            if index > first:
                out.append(range(first, index))
            first = index + 1
    if first < indices.stop:
        out.append(range(first, indices.stop))
    return out or [indices]


def _boundary(doc: Doc, index: int, dating: Dating) -> bool:
    token = doc.tokens[index]
    if token.kind == "w":
        return token.text.lower() in CLAUSE_WORDS
    if token.text not in ",;:–—-":
        return False
    if token.text in "–—-" and not doc.text[token.start - 1:token.start].isspace():
        return False
    return not any(d.start < token.start < d.end for d in dating.between(token.start - 40,
                                                                      token.start))


def own_dates(doc: Doc, clause: range, dating: Dating) -> list[DateMention]:
    """Dates inside the clause, without end dates ("до 22 апреля", "until")."""
    start, end = doc.tokens[clause.start].start, doc.tokens[clause.stop - 1].end
    return [d for d in dating.between(start, end) if not _is_until(doc, d)]


def pick(doc: Doc, candidates: list[DateMention], offset: int, *,
         every_day: bool = False) -> list[str]:
    """Values of the date group nearest to ``offset``: with ``every_day`` each day of a list
    ("23 и 24 сентября", two court days), otherwise — and for a range — its first day."""
    if not candidates:
        return []
    nearest = min(candidates, key=lambda d: (abs(d.start - offset), d.start))
    group = [d for d in candidates if d.start == nearest.start]
    if len(group) > 1 and (not every_day or _RANGE.search(nearest.text)):
        group = group[:1]
    return list(dict.fromkeys(d.value for d in group))


def inherited(doc: Doc, dating: Dating, start: int, kind: str) -> tuple[str | None, str | None]:
    """The latest day before ``start`` in its paragraph (or list), else the news day, with
    its source ("previous", "news_day"). A sentence (verdict) is named with its own date;
    only a list item under it inherits one. Only a day is inherited: a month or year named
    earlier ("in May 2016") is background and dates no later event."""
    if kind not in NARRATIVE_KINDS or kind == "sentence" and not _list_item(doc, start):
        return None, None
    earlier = [d for d in dating.between(block_start(doc, start), start)
               if d.precision == "day" and not _is_until(doc, d) and not is_since(doc, d)]
    if earlier:
        return earlier[-1].value, "previous"
    if kind in NEWS_DAY_KINDS:
        news = next((d for d in dating.between(doc.title_end + 1, start)
                     if d.relative and d.precision == "day"), None)
        return (news.value, "news_day") if news else (None, None)
    return None, None


def block_start(doc: Doc, offset: int) -> int:
    """Start of the paragraph of ``offset``; list items join the paragraph introducing them
    with a colon. Dash-led lines with no such intro (an interview's questions and answers)
    are paragraphs of their own."""
    start = line = doc.line_start(offset)
    for _ in range(50):  # a list longer than 50 items starts its own block
        if line <= doc.title_end + 1:
            return start
        if _last_char(doc.text, line - 1) == ":":
            return _intro_start(doc, doc.line_start(line - 1))
        if _first_char(doc.text, line) not in _BULLETS:
            return start
        line = doc.line_start(line - 1)
    return start


def _intro_start(doc: Doc, intro: int) -> int:
    """"Үкім бойынша:" alone on its line heads the list of the paragraph before it."""
    if intro > doc.title_end + 1 and doc.line_end(intro) - intro < 60:
        return doc.line_start(intro - 1)
    return intro


def _list_item(doc: Doc, start: int) -> bool:
    return _first_char(doc.text, doc.line_start(start)) in _BULLETS


def _first_char(text: str, position: int) -> str:
    while position < len(text) and text[position] in " \t":
        position += 1
    return text[position:position + 1]


def _last_char(text: str, position: int) -> str:
    while position > 0 and text[position - 1].isspace():
        position -= 1
    return text[position - 1:position]


def is_since(doc: Doc, mention: DateMention) -> bool:
    """"held since March 24", "с 22 января", "наурыздан бері": a state's start, which dates
    no later event."""
    before = doc.text[max(0, mention.start - 8):mention.start].split()
    after = doc.text[mention.end:mention.end + 8].split()
    return bool(before) and before[-1].lower() in ("since", "с", "со") or \
        bool(after) and after[0].lower() == "бері"


def _is_until(doc: Doc, mention: DateMention) -> bool:
    before = doc.text[max(0, mention.start - 8):mention.start].split()
    return bool(before) and before[-1].lower() in UNTIL
