# SPDX-License-Identifier: GPL-3.0-or-later
"""Events per clause: cue words give the kind (event_cues), the clause, its sentence and
the headline give the date (event_dating), then the place nearest the cue, the persons
(event_persons, event_lists), the sentence term, the criminal-code article and what the
event means for custody and sentences (event_details).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from caseapp.importer import event_details as details
from caseapp.importer.doc import Doc
from caseapp.importer.event_cues import TERM, Cue, cues
from caseapp.importer.event_dates import Dating, usable_dates
from caseapp.importer.event_dating import CONFIDENCE, EARLIER, date_values
from caseapp.importer.event_lists import join_lists
from caseapp.importer.event_persons import event_persons, release_wanted
from caseapp.importer.event_words import CHANGE_KINDS, sentence_change
from caseapp.importer.model import DateMention, Event

_MAX_HEADLINE = 300
_ARTICLE = re.compile(
    r"(\d{2,3})\s*-?\s*баб|стать[яиеюей]{1,2}\s+(\d{2,3})|ст\.\s*(\d{2,3})|Articles?\s+(\d{2,3})",
    re.IGNORECASE)


@dataclass
class Context:
    """What the event finder knows about the article beyond its tokens."""

    persons_by_sentence: dict[int, list[str]]
    main_person: str | None
    dates: list[DateMention]
    places: list[tuple[int, str]]  #: (offset, place name) of every place mention
    roles: dict[str, str | None]
    speakers: dict[int, set[str]] = field(default_factory=dict)
    mentions: list[tuple[int, str]] = field(default_factory=list)  #: (first token, name)
    courts: list[tuple[int, str]] = field(default_factory=list)  #: (first token, court name)
    place_starts: list[int] = field(default_factory=list)
    mention_starts: list[int] = field(default_factory=list)
    court_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.courts = sorted(self.courts)
        self.court_starts = [index for index, _ in self.courts]
        self.places = sorted(self.places)
        self.place_starts = [offset for offset, _ in self.places]
        self.mentions = sorted(self.mentions)
        self.mention_starts = [index for index, _ in self.mentions]


def find(doc: Doc, context: Context) -> list[Event]:
    """Events of the article, deduplicated."""
    dating = usable_dates(doc, context.dates)
    headline = _headline(doc, context, dating)
    events: list[Event] = []
    for number, (_, end) in enumerate(doc.sentences):
        for cue in cues(doc, number, dating):
            if end <= doc.title_end:
                events += [e for e in _events(doc, context, dating, cue) if e.date]
            else:
                events += _events(doc, context, dating, cue, headline)
    join_lists(doc, context, dating, events)
    found = _join_verdicts(doc, context, _dedupe(events))
    details.close_by_release(found)
    return found


def _headline(doc: Doc, context: Context, dating: Dating) -> dict[str, tuple[str, list[str]]]:
    """Kind → (date, persons) of the dated events the headline tells (a first line longer
    than a headline can be is none)."""
    out: dict[str, tuple[str, list[str]]] = {}
    if doc.title_end > _MAX_HEADLINE:
        return out
    for number, (_, end) in enumerate(doc.sentences):
        if end > doc.title_end:
            break
        for cue in cues(doc, number, dating):
            for event in _events(doc, context, dating, cue):
                if event.date and event.date_source == "clause":
                    out.setdefault(event.kind, (event.date, event.persons))
    return out


def _events(doc: Doc, context: Context, dating: Dating, cue: Cue,
            headline: dict[str, tuple[str, list[str]]] | None = None) -> list[Event]:
    start, end = doc.sentences[cue.number]
    sentence = doc.text[start:end]
    clause = doc.text[doc.tokens[cue.clause.start].start:doc.tokens[cue.clause.stop - 1].end]
    change = sentence_change(clause.lower()) if cue.kind in CHANGE_KINDS \
        else None
    kind = details.changed_kind(cue.kind, change, sentence.lower())
    persons = event_persons(doc, context, dating, cue)
    place = _place(doc, context, cue.clause, cue.index, (start, end))
    term, article = _term(sentence, kind), _article(sentence, kind)
    wanted = release_wanted(doc, context, cue) if cue.kind == "statement" else []
    told = (headline or {}).get(kind)
    same = told and (not told[1] or not persons or set(told[1]) & set(persons))
    told_date = told[0] if told and same else None
    out = []
    for value, source in date_values(doc, dating, cue, told_date):
        event = Event(kind, value, place, list(persons), term, article, start, end, wanted,
                      confidence=CONFIDENCE[source], date_source=source,
                      sentence_change=change if kind != "sentence" else None,
                      of_others=kind in details.OTHERS_KINDS)
        _custody(doc, context, dating, cue, event, clause.lower(), sentence.lower())
        out.append(event)
    return out


def _custody(doc: Doc, context: Context, dating: Dating, cue: Cue, event: Event,
             clause: str, sentence: str) -> None:
    """Custody kind and end, and the court, of one event."""
    term = details.clause_term(clause if event.kind != "sentence" else sentence)
    event.detention_kind = details.custody_kind(event.kind, clause, sentence, term)
    if event.detention_kind:
        until = details.until_date(doc, dating, *doc.sentences[cue.number])
        event.end, event.over = details.custody_end(event, term, until, doc.published)
    if event.kind in ("sentence", "hearing"):
        first, last = doc.sentence_tokens(cue.number)[0], doc.sentence_tokens(cue.number)[-1]
        event.court = details.court_near(context.courts, context.court_starts, first, last,
                                         cue.index)


def _place(doc: Doc, context: Context, clause: range, cue: int,
           sentence: tuple[int, int]) -> str | None:
    """The place mentioned nearest the cue in its clause, else in its sentence."""
    offset = doc.tokens[cue].start
    clause_span = (doc.tokens[clause.start].start, doc.tokens[clause.stop - 1].end)
    for start, end in (clause_span, sentence):
        first = bisect_left(context.place_starts, start)
        last = bisect_left(context.place_starts, end)
        if first < last:
            return min(context.places[first:last], key=lambda p: abs(p[0] - offset))[1]
    return None


def _term(sentence: str, kind: str) -> str | None:
    if kind != "sentence":
        return None
    match = TERM.search(sentence)
    return match.group() if match else None


def _article(sentence: str, kind: str) -> str | None:
    if kind not in ("charge", "sentence"):
        return None
    match = _ARTICLE.search(sentence)
    return next((g for g in match.groups() if g), None) if match else None


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per kind and date: tellings merge (dated ones whatever their persons), and
    an undated telling yields (with its persons) to a dated one of the same kind."""
    merger = _Merger()
    for event in events:
        twin = merger.same(event) or merger.dated_twin(event)
        if twin and not _conflict(twin, event):
            merger.merge(twin, event)
        else:
            merger.keep(event)
    for event in [e for e in merger.kept if e.date is None]:
        twin = merger.dated_twin(event)
        if twin and not _conflict(twin, event):
            merger.merge(twin, event)
            merger.dropped.add(id(event))
    return [e for e in merger.kept if id(e) not in merger.dropped]


def _join_verdicts(doc: Doc, context: Context, events: list[Event]) -> list[Event]:
    """"On January 31 the court handed down its verdict. … He was sentenced to 16 years.
    Four other defendants were given between three and eight years": an undated verdict
    in the same or the next paragraph after a dated one is that verdict (its term and
    persons join it); a parole, pardon or commutation never joins."""
    out: list[Event] = []
    last: Event | None = None
    for event in events:
        if event.kind != "sentence" or event.sentence_change:
            out.append(event)
            continue
        if event.date is None and last is not None and \
                _paragraph(doc, event.quote_start) - _paragraph(doc, last.quote_start) <= 1 \
                and (set(event.persons) & set(last.persons) or _others(doc, event)
                     or _term_told(event) and _unnamed(doc, context, last)
                     and not _told_earlier(doc, event)):
            last.persons += [p for p in event.persons if p not in last.persons]
            _merge_details(last, event)
            continue
        last = event if event.date else last
        out.append(event)
    return out


#: Words of "the other defendants" of one verdict.
_OTHERS = ("other", "others", "остальн", "другие", "другим", "басқа", "қалған")


def _others(doc: Doc, event: Event) -> bool:
    words = doc.text[event.quote_start:event.quote_end].lower().split()
    return any(word.startswith(_OTHERS) for word in words)


def _term_told(event: Event) -> bool:
    """"He was sentenced to seven years", "X got five years": a term given, no date."""
    return event.term is not None and not event.detention_kind


def _unnamed(doc: Doc, context: Context, verdict: Event) -> bool:
    """The dated verdict is told without naming anyone ("The court announced the verdict
    on March 3"): the terms told next, person by person, are its own."""
    token = min(bisect_left(doc.starts, verdict.quote_start), len(doc.tokens) - 1)
    return not context.persons_by_sentence.get(doc.sentence[token])


def _told_earlier(doc: Doc, event: Event) -> bool:
    """The telling puts its verdict before the story ("ранее он уже был осужден")."""
    words = doc.text[event.quote_start:event.quote_end].lower().split()
    return any(word.strip(",.") in EARLIER for word in words)


def _paragraph(doc: Doc, offset: int) -> int:
    return bisect_left(doc.newlines, offset)


def _conflict(twin: Event, event: Event) -> bool:
    """Two tellings that cannot be one event: different custody kinds ("police" and
    "pretrial" the same day) or a sentence and a change to one."""
    return bool(twin.detention_kind and event.detention_kind
                and twin.detention_kind != event.detention_kind
                or twin.sentence_change != event.sentence_change
                and twin.sentence_change and event.sentence_change)


_RANK = {"high": 2, "medium": 1, "low": 0}


class _Merger:
    """Kept events indexed by (kind, date) and (kind, date, person): merging is linear."""

    def __init__(self) -> None:
        self.kept: list[Event] = []
        self.dropped: set[int] = set()
        self.first: dict[tuple[str, str | None], Event] = {}
        self.by_person: dict[tuple[str, str | None, str], Event] = {}
        self.dated: dict[str, Event] = {}
        self.dated_bare: dict[str, Event] = {}
        self.dated_by_person: dict[tuple[str, str], Event] = {}
        self.members: dict[int, set[str]] = {}

    def keep(self, event: Event) -> None:
        self.kept.append(event)
        self.first.setdefault((event.kind, event.date), event)
        if event.date:
            self.dated.setdefault(event.kind, event)
            if not event.persons:
                self.dated_bare.setdefault(event.kind, event)
        self._index(event, event.persons)

    def same(self, event: Event) -> Event | None:
        """A kept telling of the same kind and date (undated ones must share a person)."""
        if event.date or not event.persons:
            return self.first.get((event.kind, event.date))
        return next((t for p in event.persons
                     if (t := self.by_person.get((event.kind, None, p)))), None)

    def dated_twin(self, event: Event) -> Event | None:
        """A dated event of the same kind sharing a person (or with no persons to compare)."""
        if event.date is not None or event.kind == "statement":
            return None
        shared = next((t for p in event.persons
                       if (t := self.dated_by_person.get((event.kind, p)))), None)
        return shared or self.dated_bare.get(event.kind) or (
            self.dated.get(event.kind) if not event.persons else None)

    def merge(self, twin: Event, event: Event) -> None:
        members = self.members.get(id(twin))
        if members is None:
            members = self.members[id(twin)] = set(twin.persons)
        added = [p for p in dict.fromkeys(event.persons) if p not in members]
        members.update(added)
        twin.persons += added
        twin.place = twin.place or event.place
        twin.release_demanded += [p for p in event.release_demanded
                                  if p not in twin.release_demanded]
        _merge_details(twin, event)
        self._index(twin, added)

    def _index(self, event: Event, persons: list[str]) -> None:
        for person in persons:
            self.by_person.setdefault((event.kind, event.date, person), event)
            if event.date:
                self.dated_by_person.setdefault((event.kind, person), event)


def _merge_details(twin: Event, event: Event) -> None:
    """A sentence told across clauses is one record: the term of one telling, the date of
    another and the court of a third come together; custody details likewise."""
    for name in ("term", "article", "court", "detention_kind", "end", "sentence_change"):
        if getattr(twin, name) is None:
            setattr(twin, name, getattr(event, name))
    twin.over = twin.over or event.over
    for person, term in event.person_terms.items():
        twin.person_terms.setdefault(person, term)
    if _RANK[event.confidence] > _RANK[twin.confidence] and twin.date == event.date:
        twin.confidence, twin.date_source = event.confidence, event.date_source
