# SPDX-License-Identifier: GPL-3.0-or-later
"""The events of an imported article become records only as far as the article tells them.

* Custody (a police detention, an administrative arrest, pre-trial detention, house
  arrest) becomes a detention only with its kind, and only for persons on the target
  side; its end is the one the text gives or implies. A custody the article reports
  over, or a police detention, without the day it ended is only reported, never left
  open.
* A release closes the person's open custody on its day.
* Charges, hearings, sentences and their changes: ``article_verdicts``.
* Everything else — protests and statements of others, events whose facts are too thin
  for one of the records above (a detention of unknown kind, a hearing without its
  day, an event about nobody on the target side) — is kept as a ``ReportedEvent``
  cited from the source and linked to its persons, never as the group's own action.

Events run in three phases — custody, charges and hearings first, then sentences, then
releases and changes of a sentence — each phase in date order, so a release finds the
custody and a parole the sentence the same article gives.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from caseapp.core.article_apply import ApplyContext, parse_partial
from caseapp.core.article_verdicts import change_sentences, charge, close_custody, hearing, sentence
from caseapp.domain import records
from caseapp.domain.enums import ReportedEventKind
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.terms import parse_term
from caseapp.importer.model import Event
from caseapp.store import custody as custody_store

#: The status a custody that is not over gives its person.
CUSTODY_STATUS = {"house_arrest": "house_arrest"}
Handler = Callable[[ApplyContext, Event], bool]


def apply_events(ctx: ApplyContext, events: list[Event]) -> None:
    for event in sorted(events, key=_order):
        if not _store_facts(ctx, event):
            report_event(ctx, event)


def _order(event: Event) -> tuple[int, int, date]:
    phase = 2 if event.sentence_change or event.kind == "release" else (
        1 if event.kind == "sentence" and not event.detention_kind else 0)
    day = parse_partial(event.date)
    return phase, day is None, day.first_day() if day else date.min


def planned_record(event: Event, target_keys: set[str]) -> str:
    """What the import will most likely make of ``event`` (for the review to show):
    "custody", "charge", "hearing", "sentence", "change" (of a sentence), "release" or
    "reported" (a reported event, cited). The import may still fall back to reporting
    it: a change finds no sentence, a release no open custody."""
    if event.of_others or event.kind in ("protest", "statement") or not any(
            key in target_keys for key in event.persons):
        return "reported"
    if event.sentence_change:
        return "change"
    if event.detention_kind:
        end = custody_end(event, parse_partial(event.date))
        return "custody" if _has_its_end(event, end) else "reported"
    if event.kind == "hearing" and (parse_partial(event.date) or _NO_DAY).precision != "day":
        return "reported"
    return event.kind if event.kind in HANDLERS else "reported"


_NO_DAY = PartialDate(1900)


def _store_facts(ctx: ApplyContext, event: Event) -> bool:
    """Write the records the event supports; False when it is only to be reported."""
    if event.of_others or event.kind in ("protest", "statement"):
        return False
    if event.sentence_change:
        return change_sentences(ctx, event)
    if event.detention_kind:
        return custody(ctx, event)
    if event.kind == "detention":
        _note_held(ctx, event)
        return False
    handler = HANDLERS.get(event.kind)
    return handler(ctx, event) if handler else False


def custody(ctx: ApplyContext, event: Event) -> bool:
    """A detention of the event's kind for each target; False when the article does not
    say enough for one (nobody on the target side, or over without an end)."""
    persons = ctx.persons_of(event.persons, targets_only=True)
    start = parse_partial(event.date)
    end = custody_end(event, start)
    if not persons or not _has_its_end(event, end):
        return False
    kind = event.detention_kind or "pretrial"
    quote = (event.quote_start, event.quote_end)
    for _key, person_id in persons:
        record = _detention(ctx, person_id, kind, start, end, event.place or "")
        ctx.cite(record, *quote)
        if end is not None and (event.over or ctx.is_past(end)):
            ctx.note_status(person_id, end.iso(), "released", quote)
        else:
            ctx.note_status(person_id, event.date, CUSTODY_STATUS.get(kind, "detained"), quote)
    return True


def _has_its_end(event: Event, end: PartialDate | None) -> bool:
    """A custody the article reports over, or a police detention of hours, is stored only
    with the day it ended: never as a custody still open."""
    return end is not None or not (event.over or event.detention_kind == "police")


def _note_held(ctx: ApplyContext, event: Event) -> None:
    """A detention of unknown kind is only reported, but says its targets were held."""
    if not event.over:
        for _key, person_id in ctx.persons_of(event.persons, targets_only=True):
            ctx.note_status(person_id, event.date, "detained", (event.quote_start, event.quote_end))


def custody_end(event: Event, start: PartialDate | None) -> PartialDate | None:
    """The last day of the event's custody, when the text gives or implies it: the same day
    for a police detention, start + days for an administrative arrest of days, else the
    end the draft gives (never before the start)."""
    given = parse_partial(event.end)
    if event.detention_kind == "police":
        return given or start
    term = parse_term(event.term)
    if event.detention_kind == "administrative" and term and term.days and not (
            term.years or term.months):
        counted = _after_days(start, term.days)
        return given if _close_to(given, counted) else counted
    if given is not None and start is not None and given.last_day() < start.first_day():
        return None
    return given


def _close_to(given: PartialDate | None, counted: PartialDate | None) -> bool:
    """The end the article gives (a release day) agrees with the counted one: at most
    three days apart, so a release on the morning after counts, a release years later
    of the same person does not."""
    if given is None or counted is None or given.precision != "day":
        return False
    return abs((given.first_day() - counted.first_day()).days) <= 3


def _after_days(start: PartialDate | None, days: int) -> PartialDate | None:
    """``days`` after ``start``, as precise as the start allows (a month or a year when
    both ends of the span fall in it)."""
    if start is None:
        return None
    if start.precision == "day":
        return PartialDate.from_date(start.first_day() + timedelta(days=days))
    earliest, latest = (start.first_day() + timedelta(days=days),
                        start.last_day() + timedelta(days=days))
    same_month = (earliest.year, earliest.month) == (latest.year, latest.month)
    if start.precision == "month" and same_month:
        return PartialDate(earliest.year, earliest.month)
    return PartialDate(earliest.year) if earliest.year == latest.year else None


def _detention(ctx: ApplyContext, person_id: int, kind: str, start: PartialDate | None,
               end: PartialDate | None, place: str) -> records.Detention:
    """The same custody told again (same kind and start) gets its end; else a new one."""
    for known in custody_store.detentions_of(person_id):
        if known.kind == kind and known.start == start:
            if known.end is None and end is not None:
                return ctx.journal.update(records.Detention, known.pk, end=end)
            return known
    return ctx.journal.insert(records.Detention(person_id=person_id, kind=kind, start=start,
                                                end=end, note=place))


def release(ctx: ApplyContext, event: Event) -> bool:
    """Close each target's open custody on the release day; the status says released.
    True when every target's custody ends that day (otherwise it is also reported)."""
    persons = ctx.persons_of(event.persons, targets_only=True)
    recorded = bool(persons)
    for _key, person_id in persons:
        ended = close_custody(ctx, person_id, event) or _ends_on(person_id, event.date)
        recorded = recorded and ended
        ctx.note_status(person_id, event.date, "released", (event.quote_start, event.quote_end))
    return recorded


def _ends_on(person_id: int, day: str | None) -> bool:
    """A custody of the person already ends on ``day`` (the release the import just closed)."""
    end = parse_partial(day)
    return end is not None and any(d.end == end for d in custody_store.detentions_of(person_id))


def report_event(ctx: ApplyContext, event: Event) -> records.ReportedEvent:
    """The event as the source tells it, cited, linked to all its persons (any side)."""
    kind = event.kind if event.kind in ReportedEventKind._value2member_map_ else "other"
    label = ReportedEventKind(kind).label(ctx.catalog.gettext)
    title = f"{label}, {event.place}" if event.place else label
    record = ctx.journal.insert(records.ReportedEvent(
        source_id=ctx.source.pk, kind=kind, title=title[:1].upper() + title[1:],
        date=parse_partial(event.date), place=event.place or ""))
    for _key, person_id in ctx.persons_of(event.persons, targets_only=False):
        ctx.journal.insert(records.ReportedEventPerson(event_id=record.pk, person_id=person_id))
    ctx.cite(record, event.quote_start, event.quote_end)
    return record


HANDLERS: dict[str, Handler] = {"charge": charge, "hearing": hearing, "sentence": sentence,
                                "release": release}
