# SPDX-License-Identifier: GPL-3.0-or-later
"""Persons listed apart from the sentence that tells their event, as verdicts on many
defendants are written:

* a sentence ending in a colon, then one line per person ("Осуждены:" / "Үкім бойынша:"
  and "– Бекзат Орын – 5 жыл;", with or without the bullet): everyone listed shares the
  intro's events, each with the term on its line; after an intro with no event of its own
  ("Сроки распределились так:") the terms join the verdict told before it;
* a sentence that only lists names after one that tells the event ("… convicted eight
  activists. A, B, C and D were found guilty …"; "Среди них — X"): the names join it;
* "Все они", "Олар", "The four" after such a list mean everyone on it.

So a verdict on thirteen defendants reaches each of them, not only the first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from caseapp.importer.doc import Doc
from caseapp.importer.event_cues import TERM, kinds_in
from caseapp.importer.event_dates import Dating, clauses
from caseapp.importer.model import Event

if TYPE_CHECKING:
    from caseapp.importer.events import Context

_BULLETS = "•–—-*·▪"
_MAX_ITEMS = 60
#: Openings of a sentence that names who an event of the sentence before was about.
_AMONG = (("среди", "них"), ("среди", "задержанных"), ("среди", "осужденных"),
          ("among", "them"), ("among", "those"), ("олардың", "арасында"), ("they", "are"),
          ("их", "имена"))
#: Kinds an enumeration after them may name the persons of.
LIST_KINDS = frozenset({"detention", "charge", "hearing", "sentence", "release", "other"})


def is_item(doc: Doc, number: int) -> bool:
    """Sentence ``number`` is a line of a list: bulleted, or "Name — term;" on a line of
    its own ("Алесь Ковалевич — 6 лет колонии;")."""
    start, end = doc.sentences[number]
    if doc.line_start(start) != start:
        return False
    if doc.text[start:start + 1] in _BULLETS:
        return True
    line = doc.text[start:min(end, doc.line_end(start))]
    return len(line) < _MAX_LINE and bool(_NAMED_TERM.match(line)) and bool(TERM.search(line))


_MAX_LINE = 200
#: "Name Surname — " opening a list line.
_NAMED_TERM = re.compile(r"[^\W\d_][^\n—–]{2,60}\s[—–-]\s")


def ends_with_colon(doc: Doc, number: int) -> bool:
    start, end = doc.sentences[number]
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    return end > start and doc.text[end - 1] == ":"


def items_after(doc: Doc, number: int) -> list[int]:
    """Sentence numbers of the list lines right after sentence ``number``."""
    out: list[int] = []
    following = number + 1
    while following < len(doc.sentences) and len(out) < _MAX_ITEMS and is_item(doc, following):
        out.append(following)
        following += 1
    return out


def list_before(doc: Doc, number: int) -> list[int]:
    """The list lines ending right before sentence ``number`` (nearest last)."""
    out: list[int] = []
    previous = number - 1
    while previous >= 0 and len(out) < _MAX_ITEMS and is_item(doc, previous):
        out.insert(0, previous)
        previous -= 1
    return out


def eligible(context: Context, number: int) -> list[str]:
    """Persons named in sentence ``number`` who may be a defendant: not court staff,
    lawyers, officials or relatives, not merely quoted."""
    speakers = context.speakers.get(number, set())
    return [p for p in context.persons_by_sentence.get(number, [])
            if context.roles.get(p) not in ("judge", "lawyer", "official", "relative")
            and p not in speakers]


def referenced(doc: Doc, context: Context, number: int) -> list[str]:
    """Who "Олар"/"Все они"/"They"/"The activists" at the start of sentence ``number``
    means: the persons of the nearest sentence before it (in its paragraph, at most four
    back) that names any, or of the whole list that sentence belongs to."""
    for previous in range(number - 1, max(-1, number - 5), -1):
        lines = list_before(doc, previous + 1)
        if len(lines) > 1:
            return list(dict.fromkeys(p for line in lines for p in eligible(context, line)))
        if previous < number - 1 and "\n" in doc.text[
                doc.sentences[previous][1]:doc.sentences[previous + 1][0]]:
            break
        persons = context.persons_by_sentence.get(previous, [])
        if any(context.roles.get(p) not in _SIDE for p in persons):
            return persons
    return []


_SIDE = frozenset({"judge", "lawyer", "official"})


def join_lists(doc: Doc, context: Context, dating: Dating, events: list[Event]) -> None:
    """Add the listed persons (and each one's term) to the events they belong to; a list
    introduced by a cue-less line ("Осуждены:") belongs to the sentence before it."""
    starts = [start for start, _ in doc.sentences]
    by_sentence: dict[int, list[Event]] = {}
    for event in events:
        number = max(0, bisect_right(starts, event.quote_start) - 1)
        by_sentence.setdefault(number, []).append(event)
    for number in range(len(doc.sentences)):
        owner = number if number in by_sentence else number - 1
        if owner < number and not ends_with_colon(doc, number):
            continue
        listed = _listed_after(doc, context, dating, number)
        if owner < number and any(listed.values()):
            owner = _verdict_before(by_sentence, number) or owner
        if owner not in by_sentence:
            continue
        for event in by_sentence[owner] if listed else []:
            if event.kind in LIST_KINDS:
                _add(event, listed)


def _verdict_before(by_sentence: dict[int, list[Event]], number: int) -> int | None:
    """"Сроки распределились так:" lists terms: they belong to the verdict told (with its own
    date, if one is) in the sentences before the list, not to whatever the sentence right
    before it tells."""
    told = [previous for previous in range(number - 1, max(-1, number - 6), -1)
            if any(e.kind == "sentence" for e in by_sentence.get(previous, []))]
    dated = [previous for previous in told if any(
        e.kind == "sentence" and e.date_source == "clause" for e in by_sentence[previous])]
    return next(iter(dated or told), None)


def _add(event: Event, listed: dict[str, str | None]) -> None:
    event.persons += [p for p in listed if p not in event.persons]
    if event.kind == "sentence":
        event.person_terms.update({p: t for p, t in listed.items() if t})


def _listed_after(doc: Doc, context: Context, dating: Dating,
                  number: int) -> dict[str, str | None]:
    """Person → own term for the persons listed after sentence ``number``."""
    if ends_with_colon(doc, number):
        return {p: _term(doc, line) for line in items_after(doc, number)
                for p in eligible(context, line)}
    following = number + 1
    if following >= len(doc.sentences) or not _same_line_block(doc, number, following):
        return {}
    names = eligible(context, following)
    if _opens_with_among(doc, following) and names or len(names) >= 2 and not _has_cue(
            doc, dating, following):
        return {p: None for p in names}
    return {}


def _term(doc: Doc, number: int) -> str | None:
    start, end = doc.sentences[number]
    match = TERM.search(doc.text, start, end)
    return match.group() if match else None


def _has_cue(doc: Doc, dating: Dating, number: int) -> bool:
    return any(kinds_in(doc, part) for part in clauses(doc, doc.sentence_tokens(number),
                                                       dating))


def _opens_with_among(doc: Doc, number: int) -> bool:
    words = tuple(doc.tokens[i].text.lower() for i in doc.sentence_tokens(number)
                  if doc.tokens[i].kind == "w")[:2]
    return words in _AMONG


def _same_line_block(doc: Doc, previous: int, number: int) -> bool:
    """The two sentences stand in one paragraph (no line break between them)."""
    return "\n" not in doc.text[doc.sentences[previous][1]:doc.sentences[number][0]]
