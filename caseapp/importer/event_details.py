# SPDX-License-Identifier: GPL-3.0-or-later
"""What an event means for the records the apply step may create, read from its clause
and sentence, so that only true facts are stored:

* a detention's custody kind — "police" (hours at a police station), "administrative"
  (an arrest of days), "pretrial" (remand, СИЗО, тергеу изоляторы) or "house_arrest" —
  and its end when the text gives or implies one (a police detention is over the same
  day; an arrest of ten days ends ten days later; "до 22 апреля" / "until November 23");
* the court that gave a verdict or held a hearing;
* a parole, pardon or commutation: it changes an existing sentence and is no new one (a
  sentence cue in such a clause becomes a hearing when a court decides, else "other");
* a protest or statement is someone else's, reported by the source: never the group's
  own campaign action.
"""

from __future__ import annotations

from bisect import bisect_left
from datetime import date, timedelta

from caseapp.domain.errors import Invalid
from caseapp.domain.terms import Term, add_months, parse_term
from caseapp.importer.doc import Doc
from caseapp.importer.event_cues import TERM
from caseapp.importer.event_dates import Dating
from caseapp.importer.event_words import UNTIL
from caseapp.importer.model import Event

_HOUSE_ARREST = ("домашн", "үйқамақ", "house arrest", "үй қамағ")
_PRETRIAL = ("сизо", "изолятор", "pre-trial", "pretrial", "remand", "под страж", "қамауда",
             "санкция", "мера пресечения", "бұлтартпау", "detention centre", "detention center")
#: Words of a police detention of hours: in the clause, or (the first four) in its sentence.
_POLICE_HOURS = ("часов", "часа", "сағат", "hours", "отпустил", "босатып", "released later",
                 "released the same", "let go", "released hours")
_POLICE = _POLICE_HOURS + ("в овд", "отдел полиции", "отделение полиции", "police station",
                           "полиция бөлім", "протокол")
_ADMINISTRATIVE = ("административн", "әкімшілік", "administrative")
_COURT_WORDS = ("суд", "сот", "court", "judge", "судья")
#: Kinds that are events of others, reported by the source.
OTHERS_KINDS = frozenset({"protest", "statement"})


def changed_kind(kind: str, change: str | None, sentence_text: str) -> str:
    """A sentence cue inside a parole/pardon/commutation clause is the decision: a hearing
    when a court decides, an "other" event when a president or an amnesty does."""
    if kind != "sentence" or change is None:
        return kind
    return "hearing" if any(word in sentence_text for word in _COURT_WORDS) else "other"


def custody_kind(kind: str, clause: str, sentence_text: str, term: Term | None) -> str | None:
    """The custody an event (lower-case clause and sentence given) puts a person in."""
    if kind in ("detention", "other") and any(w in clause for w in _HOUSE_ARREST):
        return "house_arrest"
    if kind == "sentence":
        days_only = term is not None and term.days and not (term.years or term.months)
        return "administrative" if days_only else None
    if kind != "detention":
        return None
    if any(w in clause for w in _PRETRIAL) or term is not None and term.months:
        return "pretrial"
    if term is not None and term.days or any(w in clause for w in _ADMINISTRATIVE):
        return "administrative"
    if any(w in clause for w in _POLICE) or any(w in sentence_text for w in _POLICE_HOURS):
        return "police"
    return None


def clause_term(clause: str) -> Term | None:
    """The term a clause states ("екі айға", "на 10 суток", "for two months"), if any."""
    match = TERM.search(clause)
    if match is None:
        return None
    try:
        return parse_term(match.group())
    except (Invalid, ValueError):
        return None


def custody_end(event: Event, term: Term | None, until: str | None,
                published: date | None) -> tuple[str | None, bool]:
    """(end, over) of a custody event: police detentions end the day they start; an
    arrest of days ends that many days after its day; remand ends on its "until" date or
    after its term (not over: remand is often extended)."""
    start = _day(event.date)
    if event.detention_kind == "police":
        return (event.date if start else None), True
    if event.detention_kind == "administrative" and start and term and term.days:
        end = start + timedelta(days=term.days)
        return end.isoformat(), published is not None and end <= published
    if until:
        return until, False
    if start and term and (term.months or term.years):
        return add_months(start, term.years * 12 + term.months).isoformat(), False
    return None, False


def until_date(doc: Doc, dating: Dating, start: int, end: int) -> str | None:
    """The first "до 22 апреля" / "until November 23" / "… дейін" date in [start, end)."""
    for mention in dating.between(start, end):
        before = doc.text[max(0, mention.start - 8):mention.start].split()
        after = doc.text[mention.end:mention.end + 8].split()
        if before and before[-1].lower() in UNTIL or after and after[0].lower() == "дейін":
            return mention.value
    return None


def court_near(courts: list[tuple[int, str]], starts: list[int], first: int, last: int,
               cue: int) -> str | None:
    """The court named nearest the cue between tokens ``first`` and ``last`` (``starts``
    are the courts' first tokens, in order)."""
    inside = courts[bisect_left(starts, first):bisect_left(starts, last + 1)]
    return min(inside, key=lambda c: abs(c[0] - cue))[1] if inside else None


def close_by_release(events: list[Event]) -> None:
    """A custody event whose person the article reports released on or after its day is
    over, and ends on that release (when it gave no end of its own)."""
    releases: dict[str, list[str]] = {}
    for event in events:
        if event.kind == "release" and event.date:
            for person in event.persons:
                releases.setdefault(person, []).append(event.date)
    for event in events:
        if not event.detention_kind and event.kind != "detention" or event.kind == "release":
            continue
        later = sorted(d for p in event.persons for d in releases.get(p, [])
                       if event.date is None or d >= event.date)
        if later:
            event.over = True
            event.end = event.end or later[0]
            if event.detention_kind is None and event.date and later[0] == event.date \
                    and len(event.date) == 10:
                event.detention_kind = "police"  # detained and released the same day


def _day(value: str | None) -> date | None:
    if value is None or len(value) != 10:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
