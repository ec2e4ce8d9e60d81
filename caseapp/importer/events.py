# SPDX-License-Identifier: GPL-3.0-or-later
"""Events per sentence: cue words give the kind; the sentence gives date, place, persons,
the sentence term and the criminal-code article. The headline only repeats the story,
so it yields no events; the same event told twice keeps its dated telling.
"""

from __future__ import annotations

import re
from collections import Counter

from caseapp.importer.doc import Doc
from caseapp.importer.event_words import ABOUT_DETAINEE, EVENT_CUES
from caseapp.importer.model import DateMention, Event

_STAFF = frozenset({"judge", "lawyer", "official"})
_ARTICLE = re.compile(
    r"(\d{2,3})\s*-?\s*баб|стать[яиеюей]{1,2}\s+(\d{2,3})|ст\.\s*(\d{2,3})|Article\s+(\d{2,3})",
    re.IGNORECASE)
_TERM = re.compile(
    r"(\d{1,2}|бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|двум|трём|трем|четыр\w*|пят\w*|шест\w*|сем\w*|восьм\w*|десят\w*)"
    r"[\s-]+(жыл|ай|тәулік|год|лет|месяц|сут|year|month|day)\w*", re.IGNORECASE)


def find(doc: Doc, persons_by_sentence: dict[int, list[str]], main_person: str | None,
         dates: list[DateMention], places_by_sentence: dict[int, list[str]],
         roles: dict[str, str | None]) -> list[Event]:
    """Events of the body, deduplicated. A sentence that names only court staff, lawyers or
    officials is about the story's main person ("Судья … оны кесті")."""
    events: list[Event] = []
    for number, (start, end) in enumerate(doc.sentences):
        if end <= doc.title_end:
            continue
        kinds = _kinds(doc, number)
        if not kinds:
            continue
        sentence_dates = [d for d in dates if start <= d.start < end]
        for kind, cue_start in kinds:
            persons = list(persons_by_sentence.get(number, []))
            if main_person and kind in ABOUT_DETAINEE and main_person not in persons \
                    and all(roles.get(p) in _STAFF for p in persons):
                persons.append(main_person)
            events.append(Event(
                kind, _nearest(sentence_dates, cue_start), _first(places_by_sentence, number),
                persons, _term(doc.text[start:end], kind), _article(doc.text[start:end], kind),
                start, end))
    return _dedupe(events)


def _kinds(doc: Doc, number: int) -> list[tuple[str, int]]:
    """(kind, offset of the cue) for each kind cued in the sentence."""
    indices = doc.sentence_tokens(number)
    words = [doc.tokens[i].text.lower() for i in indices]
    found: dict[str, int] = {}
    for kind, cues in EVENT_CUES.items():
        for position in range(len(words)):
            if any(_cue_at(words, position, cue) for cue in cues):
                found.setdefault(kind, doc.tokens[indices[position]].start)
                break
    if "statement" in found:
        found.pop("release", None)
    return list(found.items())


def _cue_at(words: list[str], position: int, cue: tuple[str, ...]) -> bool:
    if position + len(cue) > len(words):
        return False
    return all(words[position + k].startswith(stem) for k, stem in enumerate(cue))


def _nearest(dates: list[DateMention], offset: int) -> str | None:
    if not dates:
        return None
    return min(dates, key=lambda d: (abs(d.start - offset), d.value)).value


def _first(places_by_sentence: dict[int, list[str]], number: int) -> str | None:
    names = places_by_sentence.get(number)
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
    """Drop an undated event when the same kind with a shared person is dated elsewhere,
    and exact repeats (same kind, date and persons)."""
    seen: Counter[tuple[str, str | None, tuple[str, ...]]] = Counter()
    kept = []
    for event in events:
        key = (event.kind, event.date, tuple(sorted(event.persons)))
        if seen[key] or (event.date is None and _dated_twin(event, events)):
            continue
        seen[key] += 1
        kept.append(event)
    return kept


def _dated_twin(event: Event, events: list[Event]) -> bool:
    return any(other.kind == event.kind and other.date and set(other.persons) & set(event.persons)
               for other in events)
