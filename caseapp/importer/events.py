# SPDX-License-Identifier: GPL-3.0-or-later
"""Events per clause: cue words give the kind (event_cues), the clause and its sentence
give the date (here and in event_dates), the place nearest the cue, the persons
(event_persons), the sentence term and the criminal-code article.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from caseapp.importer.date_words import kazakh_month_bare
from caseapp.importer.doc import Doc
from caseapp.importer.event_cues import TERM, Cue, cue_at, cues, kinds_in
from caseapp.importer.event_dates import (
    Dating,
    clauses,
    inherited,
    own_dates,
    pick,
    usable_dates,
)
from caseapp.importer.event_persons import event_persons, release_wanted
from caseapp.importer.event_words import (
    EVENT_CUES,
    POSTPONED,
    RELATIVE_CLAUSE,
    SPEECH,
    STATE_CUES,
)
from caseapp.importer.model import DateMention, Event

_ARTICLE = re.compile(
    r"(\d{2,3})\s*-?\s*баб|стать[яиеюей]{1,2}\s+(\d{2,3})|ст\.\s*(\d{2,3})|Articles?\s+(\d{2,3})",
    re.IGNORECASE)
_ATTRIBUTIVE = ("ғы", "гі", "қы", "кі")
_CALENDAR = ("айы", "айда", "жыл")



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

    def __post_init__(self) -> None:
        self.courts = sorted(self.courts)
        self.places = sorted(self.places)
        self.place_starts = [offset for offset, _ in self.places]
        self.mentions = sorted(self.mentions)
        self.mention_starts = [index for index, _ in self.mentions]


def find(doc: Doc, context: Context) -> list[Event]:
    """Events of the article, deduplicated."""
    dating = usable_dates(doc, context.dates)
    events: list[Event] = []
    for number, (_, end) in enumerate(doc.sentences):
        for cue in cues(doc, number, dating):
            for event in _events(doc, context, dating, cue):
                if end > doc.title_end or event.date:
                    events.append(event)
    return _dedupe(events)


def _events(doc: Doc, context: Context, dating: Dating, cue: Cue) -> list[Event]:
    start, end = doc.sentences[cue.number]
    sentence = doc.text[start:end]
    persons = event_persons(doc, context, dating, cue)
    place = _place(doc, context, cue.clause, cue.index, (start, end))
    term, article = _term(sentence, cue.kind), _article(sentence, cue.kind)
    wanted = release_wanted(doc, context, cue) if cue.kind == "statement" else []
    return [Event(cue.kind, value, place, list(persons), term, article, start, end, wanted)
            for value in _dates(doc, dating, cue)]


def _dates(doc: Doc, dating: Dating, cue: Cue) -> list[str | None]:
    offset = doc.tokens[cue.index].start
    own = [d for d in own_dates(doc, cue.clause, dating) if not _attributive(doc, d, cue.index)]
    values = [] if cue.dateless else pick(doc, own, offset, every_day=cue.kind != "protest")
    if cue.kind == "hearing" and len({d.start for d in own}) > 1 and _put_off(doc, cue.clause):
        # "On November 12 the court postponed the verdict to December 22": both are court days
        values = list(dict.fromkeys(d.value for d in own if d.precision == "day")) or values
    if values:
        return values
    if cue.dateless or _in_relative_clause(doc, cue.clause, cue.index) \
            or _state_cue(doc, cue.index, cue.kind):
        return [None]
    values = pick(doc, _neighbour_dates(doc, dating, cue), offset)
    return values or [inherited(doc, dating, offset, cue.kind)]


def _put_off(doc: Doc, clause: range) -> bool:
    return any(doc.tokens[i].text.lower() in POSTPONED for i in clause)


def _attributive(doc: Doc, mention: DateMention, cue: int) -> bool:
    """"ақпан айындағы ереуілге", "2022 жылғы қаңтар оқиғаларына": a Kazakh -дағы/-ғы date
    describes the noun after it, so it dates only a cue standing right there; "sentenced for
    taking part in the January 2022 events": a date in a reason phrase is the reason's."""
    last = bisect_left(doc.starts, mention.end) - 1
    first = bisect_left(doc.starts, mention.start)
    if doc.lang[last] != "kk":
        return _in_reason(doc, first, cue)
    word = doc.tokens[last].text.lower()
    if kazakh_month_bare(word) and any(doc.tokens[i].text.lower().endswith(_ATTRIBUTIVE)
                                       for i in range(first, last)):
        return not 0 < cue - last <= 2  # "2022 жылғы қаңтар оқиғалары"
    if last + 1 < len(doc.tokens) and doc.tokens[last + 1].text.lower().startswith(_CALENDAR):
        last += 1
        word = doc.tokens[last].text.lower()
    return word.endswith(_ATTRIBUTIVE) and not 0 < cue - last <= 2


def _in_reason(doc: Doc, first: int, cue: int) -> bool:
    """"for taking part in the January 2022 events", "за участие в митинге 5 мая": a reason
    word up to five words before the date, with no number between (not "for 10 days"); it
    still dates a cue inside the phrase ("за участие в митинге 12 марта": the rally)."""
    for index in range(first - 1, max(-1, first - 6), -1):
        token = doc.tokens[index]
        if token.kind == "n" or token.text in ".;:":
            return False
        if token.text.lower() in ("for", "за") and index + 1 < first and \
                doc.tokens[index + 1].text.lower() in _REASON_NOUNS:
            return not index < cue < first
    return False


#: Nouns of a reason phrase: "for taking part", "за участие", "for organising".
_REASON_NOUNS = frozenset("taking participating participation organising organizing his her "
                          "their involvement участие организацию организации участии "
                          "причастность".split())


def _neighbour_dates(doc: Doc, dating: Dating, cue: Cue) -> list[DateMention]:
    """Dates of the clause just before or after, when it has no cue of its own ("кеше X-ті
    … деп танып, оған жаза тағайындады") or is chained by a Kazakh converb ("шілде айында
    сотталып, қамаудан босатылған"). "…, X said today" dates only a statement."""
    parts = clauses(doc, doc.sentence_tokens(cue.number), dating)
    position = parts.index(cue.clause)
    out = []
    for other in parts[max(0, position - 1):position + 2]:
        if other == cue.clause or cue.kind != "statement" and _attribution(doc, other):
            continue
        if not kinds_in(doc, other) or _converb(doc, other, cue.clause):
            out += [d for d in own_dates(doc, other, dating)
                    if not _attributive(doc, d, cue.index)]
    return out


def _attribution(doc: Doc, clause: range) -> bool:
    return any(doc.tokens[i].text.lower().startswith(SPEECH) for i in clause)


def _converb(doc: Doc, previous: range, clause: range) -> bool:
    last = doc.tokens[previous.stop - 1]
    return previous.stop <= clause.start and doc.lang[last.index] == "kk" \
        and last.text.lower().endswith(("ып", "іп", "п"))


def _state_cue(doc: Doc, cue: int, kind: str) -> bool:
    words = [t.text.lower() for t in doc.tokens[cue:cue + 3]]
    return any(cue_at(words, 0, state) for state in STATE_CUES if state in EVENT_CUES[kind])


def _in_relative_clause(doc: Doc, clause: range, cue: int) -> bool:
    return any(doc.tokens[i].text.lower() in RELATIVE_CLAUSE for i in clause if i < cue)


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
        if twin:
            merger.merge(twin, event)
        else:
            merger.keep(event)
    for event in [e for e in merger.kept if e.date is None]:
        twin = merger.dated_twin(event)
        if twin:
            merger.merge(twin, event)
            merger.dropped.add(id(event))
    return [e for e in merger.kept if id(e) not in merger.dropped]


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
        self._index(twin, added)

    def _index(self, event: Event, persons: list[str]) -> None:
        for person in persons:
            self.by_person.setdefault((event.kind, event.date, person), event)
            if event.date:
                self.dated_by_person.setdefault((event.kind, person), event)
