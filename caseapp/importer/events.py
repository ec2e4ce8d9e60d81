# SPDX-License-Identifier: GPL-3.0-or-later
"""Events per sentence: cue words give the kind; the sentence gives date, place, persons,
the sentence term and the criminal-code article.

Dating follows how news is written: the sentence's own date (not an "until" date, and not
for a cue inside a relative clause), else the latest day named earlier in the paragraph,
else the news day ("вчера", "on Monday"). An undated headline only repeats the story.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from caseapp.importer.doc import Doc
from caseapp.importer.event_words import (
    ABOUT_DETAINEE,
    EVENT_CUES,
    NARRATIVE_KINDS,
    NEWS_DAY_KINDS,
    PRONOUNS,
    RELATIVE_CLAUSE,
    UNTIL,
)
from caseapp.importer.model import DateMention, Event

_SIDE_ROLES = frozenset({"judge", "lawyer", "official", "relative"})
_ARTICLE = re.compile(
    r"(\d{2,3})\s*-?\s*баб|стать[яиеюей]{1,2}\s+(\d{2,3})|ст\.\s*(\d{2,3})|Article\s+(\d{2,3})",
    re.IGNORECASE)
_TERM = re.compile(
    r"(\d{1,2}|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|двум|трём|трем|четыр\w*|пят\w*|шест\w*|сем\w*|восьм\w*|десят\w*)"
    r"[\s-]+(жыл|ай|тәулік|год|лет|месяц|сут|year|month|day)\w*", re.IGNORECASE)
_ENGLISH_ENDINGS = ("", "s", "es", "d", "ed", "ing")


@dataclass
class Context:
    """What the event finder knows about the article beyond its tokens."""

    persons_by_sentence: dict[int, list[str]]
    main_person: str | None
    dates: list[DateMention]
    places_by_sentence: dict[int, list[str]]
    roles: dict[str, str | None]
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.dates = sorted(self.dates, key=lambda d: d.start)
        self.starts = [d.start for d in self.dates]

    def dates_between(self, start: int, end: int) -> list[DateMention]:
        return self.dates[bisect_left(self.starts, start):bisect_left(self.starts, end)]


def find(doc: Doc, context: Context) -> list[Event]:
    """Events of the article, deduplicated."""
    events: list[Event] = []
    for number, (start, end) in enumerate(doc.sentences):
        for kind, cue in _kinds(doc, number):
            event = _event(doc, context, number, kind, cue)
            if end > doc.title_end or event.date:
                events.append(event)
    return _dedupe(events)


def _event(doc: Doc, context: Context, number: int, kind: str, cue: int) -> Event:
    start, end = doc.sentences[number]
    sentence = doc.text[start:end]
    return Event(kind, _date(doc, context, number, kind, cue), _first_place(context, number),
                 _persons(doc, context, number, kind), _term(sentence, kind),
                 _article(sentence, kind), start, end)


def _persons(doc: Doc, context: Context, number: int, kind: str) -> list[str]:
    persons = list(context.persons_by_sentence.get(number, []))
    if not persons and number > 0 and _opens_with_pronoun(doc, number):
        persons = context.persons_by_sentence.get(number - 1, [])[:1]
    main = context.main_person
    if main and kind in ABOUT_DETAINEE and main not in persons and \
            all(context.roles.get(p) in _SIDE_ROLES for p in persons):
        persons.append(main)
    return persons


def _opens_with_pronoun(doc: Doc, number: int) -> bool:
    indices = doc.sentence_tokens(number)
    words = [doc.tokens[i].text.lower() for i in indices if doc.tokens[i].kind == "w"][:1]
    return bool(words) and words[0] in PRONOUNS


def _kinds(doc: Doc, number: int) -> list[tuple[str, int]]:
    """(kind, token index of the cue) for each kind cued in the sentence."""
    indices = list(doc.sentence_tokens(number))
    words = [doc.tokens[i].text.lower() for i in indices]
    found: dict[str, int] = {}
    index = _cue_index()
    for position, word in enumerate(words):
        for kind, cue in index.get(word[:3], ()):
            if kind not in found and _cue_at(words, position, cue):
                found[kind] = indices[position]
    if "statement" in found:
        found.pop("release", None)
    return list(found.items())


@lru_cache(maxsize=1)
def _cue_index() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Cues by the first three letters of their first word, so a sentence is read once."""
    index: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for kind, cues in EVENT_CUES.items():
        for cue in cues:
            index.setdefault(cue[0][:3], []).append((kind, cue))
    return index


def _cue_at(words: list[str], position: int, cue: tuple[str, ...]) -> bool:
    if position + len(cue) > len(words):
        return False
    return all(_word_matches(words[position + k], stem) for k, stem in enumerate(cue))


def _word_matches(word: str, stem: str) -> bool:
    """Cyrillic stems match as prefixes; English words only with inflection endings."""
    if stem.isascii():
        return any(word == stem + ending for ending in _ENGLISH_ENDINGS)
    return word.startswith(stem)


def _date(doc: Doc, context: Context, number: int, kind: str, cue: int) -> str | None:
    start, end = doc.sentences[number]
    own = [d for d in context.dates_between(start, end) if not _is_until(doc, d)]
    if _in_relative_clause(doc, number, cue):
        return None
    if own:
        offset = doc.tokens[cue].start
        return min(own, key=lambda d: (abs(d.start - offset), d.start)).value
    return _inherited(doc, context, start, kind)


def _is_until(doc: Doc, mention: DateMention) -> bool:
    before = doc.text[max(0, mention.start - 8):mention.start].split()
    return bool(before) and before[-1].lower() in UNTIL


def _in_relative_clause(doc: Doc, number: int, cue: int) -> bool:
    indices = doc.sentence_tokens(number)
    return any(doc.tokens[i].text.lower() in RELATIVE_CLAUSE for i in indices if i < cue)


def _inherited(doc: Doc, context: Context, start: int, kind: str) -> str | None:
    if kind not in NARRATIVE_KINDS:
        return None
    paragraph_start = doc.text.rfind("\n", 0, start) + 1
    earlier = [d for d in context.dates_between(paragraph_start, start) if d.precision == "day"]
    if earlier:
        return earlier[-1].value
    if kind in NEWS_DAY_KINDS:
        news = next((d for d in context.dates_between(doc.title_end + 1, start)
                     if d.relative and d.precision == "day"), None)
        return news.value if news else None
    return None


def _first_place(context: Context, number: int) -> str | None:
    names = context.places_by_sentence.get(number)
    return names[0] if names else None


def _term(sentence: str, kind: str) -> str | None:
    if kind != "sentence":
        return None
    match = _TERM.search(sentence)
    return match.group() if match else None


def _article(sentence: str, kind: str) -> str | None:
    if kind not in ("charge", "sentence"):
        return None
    match = _ARTICLE.search(sentence)
    return next((g for g in match.groups() if g), None) if match else None


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per kind, date and person: tellings merge, an undated one yields to a dated."""
    kept: list[Event] = []
    by_key: dict[tuple[str, str | None], list[Event]] = {}
    dated = _dated_persons(events)
    for event in events:
        same = by_key.setdefault((event.kind, event.date), [])
        twin = next((k for k in same if set(k.persons) & set(event.persons)
                     or not event.persons), None)
        if twin:
            twin.persons += [p for p in event.persons if p not in twin.persons]
        elif not (event.date is None and _has_dated_twin(event, dated)):
            same.append(event)
            kept.append(event)
    return kept


def _dated_persons(events: list[Event]) -> dict[str, set[str]]:
    """Kind → persons of its dated events ("" marks that some dated event exists)."""
    out: dict[str, set[str]] = {}
    for event in events:
        if event.date:
            out.setdefault(event.kind, {""}).update(event.persons)
    return out


def _has_dated_twin(event: Event, dated: dict[str, set[str]]) -> bool:
    persons = dated.get(event.kind, set())
    return bool(persons) and (not event.persons or bool(persons & set(event.persons)))
