# SPDX-License-Identifier: GPL-3.0-or-later
"""Cases, charges, hearings and sentences from an imported article, for target persons only.

* Defendants named together share one case: a person without a case joins the case
  their co-defendants already share, or a new one titled in the article's language.
* A verdict reaches every defendant the event names, each with their own term when
  the article lists one per person; a term told as a range ("between three and eight
  years") is nobody's term.
* A sentence is one record per person and verdict: a telling of the same verdict fills
  what the stored one lacks (day, court, term) instead of adding a second.
* A parole, pardon or commutation changes the person's latest sentence (a dated line
  in its note, and a citation) and never adds a sentence; a court's parole is also a
  hearing of kind "parole". Parole and pardon say the person is released.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from caseapp.core.article_apply import ApplyContext, parse_partial, sentence_around
from caseapp.core.case_titles import case_title
from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.terms import Term, parse_term
from caseapp.i18n import N_
from caseapp.importer.model import Event
from caseapp.store import cases as case_store
from caseapp.store import custody as custody_store
from caseapp.store import rows

#: Words that make a term a span of terms ("ranging from three to nine years").
RANGE_WORDS = re.compile(r"\b(between|ranging|от \w+ до)\b|аралығ", re.IGNORECASE)
#: Words by which a sentence naming nobody gives the term to all the defendants …
ALL_WORDS = re.compile(r"\b(все|всех|всем|они|их|all|they|them|each|барлығ\w*|бәрі\w*|олар\w*)\b",
                       re.IGNORECASE)
#: … or to the one named last before it ("He was sentenced to 16 years").
ONE_WORDS = re.compile(r"\b(он|она|его|её|ее|he|she|him|her|ол|оны|оған)\b", re.IGNORECASE)
#: Words of a one-person verdict's sentence that tell its kind (checked in this order).
KIND_WORDS = (("suspended", re.compile(r"suspended|условн|шартты түрде жаза|шартты жаза",
                                        re.IGNORECASE)),
              ("restricted_freedom", re.compile(r"restrict\w* (of )?freedom|ограничени\w+ свобод|"
                                                r"бас бостандығын шектеу", re.IGNORECASE)),
              ("fine", re.compile(r"\bfined\b|штраф|айыппұл", re.IGNORECASE)))
CHANGE_NOTES = {
    "parole": N_("Released on parole: {date} {court}"),
    "pardon": N_("Pardoned: {date} {court}"),
    "commutation": N_("Sentence commuted: {date} {court}"),
}
VERDICT_DATE_NOTE = N_("Date of the verdict as the article gives it: {date}")


def charge(ctx: ApplyContext, event: Event) -> bool:
    """A case and a charge for each target, unless their case has that article already."""
    persons = ctx.persons_of(event.persons, targets_only=True)
    if not persons:
        return False
    cases = cases_for(ctx, [pk for _key, pk in persons], event.date)
    article_id = case_store.article_id("KZ", "criminal", event.article) if event.article else None
    for _key, person_id in persons:
        case_id = cases[person_id]
        if article_id is None or not case_store.has_charge(case_id, person_id, article_id):
            record = ctx.journal.insert(records.Charge(
                case_id=case_id, person_id=person_id, article_id=article_id,
                wording="" if article_id else (event.article or "")))
            ctx.cite(record, event.quote_start, event.quote_end)
    return True


def hearing(ctx: ApplyContext, event: Event, kind: str = "trial") -> bool:
    """A hearing of each case of the targets, when the article gives its day."""
    day = _day(event.date)
    persons = ctx.persons_of(event.persons, targets_only=True)
    if day is None or not persons:
        return False
    cases = cases_for(ctx, [pk for _key, pk in persons], event.date)
    for case_id in dict.fromkeys(cases.values()):
        record = ctx.journal.insert(records.Hearing(
            case_id=case_id, date=day, court=event.court or event.place or "", kind=kind))
        ctx.cite(record, event.quote_start, event.quote_end)
    return True


def sentence(ctx: ApplyContext, event: Event) -> bool:
    persons = ctx.persons_of(event.persons, targets_only=True)
    if not persons:
        return False
    cases = cases_for(ctx, [pk for _key, pk in persons], None)
    kind = _kind(ctx.text[event.quote_start:event.quote_end]) if len(persons) == 1 else "prison"
    holders = term_holders(ctx, event, [key for key, _pk in persons])
    shared = parse_term(event.term) if event.term and not RANGE_WORDS.search(event.term) else None
    quote = (event.quote_start, event.quote_end)
    for key, person_id in persons:
        term = parse_term(event.person_terms[key]) if key in event.person_terms else (
            shared if key in holders else None)
        record = _write_sentence(ctx, event, person_id, cases[person_id], kind, term)
        ctx.cite(record, *quote)
        if kind == "prison":
            ctx.note_status(person_id, event.date, "sentenced", quote)
    return True


def _kind(quote: str) -> str:
    return next((name for name, words in KIND_WORDS if words.search(quote)), "prison")


def term_holders(ctx: ApplyContext, event: Event, keys: list[str]) -> set[str]:
    """Whom the event's one term belongs to. Everyone, when the verdict's own sentence
    gives it and it is no span of terms; else whom the sentence giving the term names;
    if it names nobody, everyone for "all"/"they" ("Всех приговорили к пяти годам"), the
    last of them named before it for "he"/"she" ("He was sentenced to 16 years"), else
    nobody. A list of terms per person leaves nobody else a term."""
    if not event.term or (event.person_terms and len(keys) > 1):
        return set()
    quote = ctx.text[event.quote_start:event.quote_end]
    if len(keys) == 1 or (event.term in quote and not RANGE_WORDS.search(quote)):
        return set(keys)
    for start, end in _term_sentences(ctx.text, event.term, event.quote_start):
        named = {key for key in keys
                 if any(start <= s < end for s, _e in ctx.mentions.get(key, ()))}
        if named or ALL_WORDS.search(ctx.text[start:end]):
            return named or set(keys)
        before = [(s, key) for key in keys for s, _e in ctx.mentions.get(key, ()) if s < start]
        one = ONE_WORDS.search(ctx.text[start:end])
        return {max(before)[1]} if before and one else set()
    return set()


def _term_sentences(text: str, term: str, start: int) -> list[tuple[int, int]]:
    """Sentences from ``start`` on that give ``term`` as one term (not inside a span)."""
    found, at = [], text.find(term, start)
    while at >= 0:
        span = sentence_around(text, at, at + len(term))
        if not RANGE_WORDS.search(text[span[0]:span[1]]):
            found.append(span)
        at = text.find(term, at + len(term))
    return found


def _write_sentence(ctx: ApplyContext, event: Event, person_id: int, case_id: int, kind: str,
                    term: Term | None) -> records.Sentence:
    day, court = _day(event.date), event.court or ""
    note = "" if day or not event.date else ctx.words(VERDICT_DATE_NOTE).format(date=event.date)
    values: dict[str, Any] = {"date": day, "court": court, "kind": kind, "note": note,
                              **(_term_values(term) if term else {})}
    known = _same_verdict(custody_store.sentences_of(person_id), case_id, day, term)
    if known is None:
        return ctx.journal.insert(records.Sentence(person_id=person_id, case_id=case_id, **values))
    blanks = {name: value for name, value in values.items()
              if value and not getattr(known, name) and name != "kind"}
    if term and Term(known.years, known.months, known.days).is_empty:
        blanks.update(_term_values(term))
    return ctx.journal.update(records.Sentence, known.pk, **blanks) if blanks else known


def _same_verdict(known: list[records.Sentence], case_id: int, day: date | None,
                  term: Term | None) -> records.Sentence | None:
    """A stored sentence this telling is part of: the same day, or in the same case with a
    day missing on one side and terms that agree (or one unknown)."""
    for candidate in known:
        if day is not None and candidate.date == day:
            return candidate
        stored = Term(candidate.years, candidate.months, candidate.days)
        terms_agree = term is None or stored.is_empty or stored == term
        if candidate.case_id == case_id and (day is None or candidate.date is None) and terms_agree:
            return candidate
    return None


def change_sentences(ctx: ApplyContext, event: Event) -> bool:
    """A parole, pardon or commutation noted on each target's latest sentence."""
    change = event.sentence_change or ""
    persons = ctx.persons_of(event.persons, targets_only=True)
    quote = (event.quote_start, event.quote_end)
    changed = False
    for _key, person_id in persons:
        latest = _latest_sentence(person_id, parse_partial(event.date))
        if latest is not None:
            line = ctx.words(CHANGE_NOTES[change]).format(
                date=event.date or "", court=event.court or "").strip()
            note = f"{latest.note}\n{line}".strip() if line not in latest.note else latest.note
            ctx.cite(ctx.journal.update(records.Sentence, latest.pk, note=note), *quote)
            changed = True
        if change in ("parole", "pardon"):
            ctx.note_status(person_id, event.date, "released", quote)
        if event.kind == "release":
            changed = close_custody(ctx, person_id, event) or changed
    if change == "parole" and event.kind == "hearing":
        changed = hearing(ctx, event, kind="parole") or changed
    return changed


def _latest_sentence(person_id: int, changed: PartialDate | None) -> records.Sentence | None:
    """The newest sentence a change on ``changed`` can be about (not one passed later)."""
    found = [s for s in custody_store.sentences_of(person_id)
             if changed is None or s.date is None or s.date <= changed.last_day()]
    dated = [s for s in found if s.date is not None]
    candidates = dated or found
    return candidates[-1] if candidates else None


def close_custody(ctx: ApplyContext, person_id: int, event: Event) -> bool:
    """End the person's open custody on the event's day (not before it began)."""
    ended = parse_partial(event.date)
    open_id = custody_store.open_detention(person_id)
    if open_id is None or ended is None:
        return False
    current = rows.get(records.Detention, open_id)
    if current.start is not None and current.start.first_day() > ended.last_day():
        return False
    ctx.cite(ctx.journal.update(records.Detention, open_id, end=ended),
             event.quote_start, event.quote_end)
    return True


def cases_for(ctx: ApplyContext, person_ids: list[int], opened: str | None) -> dict[int, int]:
    """Each person's case: their newest as a defendant; those without one join the one
    case their co-defendants share, or a new case for all of them."""
    found = {pk: case_store.defendant_case(pk) for pk in person_ids}
    missing = [pk for pk, case_id in found.items() if case_id is None]
    if not missing:
        return {pk: case_id for pk, case_id in found.items() if case_id is not None}
    shared = {case_id for case_id in found.values() if case_id is not None}
    case_id = shared.pop() if len(shared) == 1 else _new_case(ctx, missing, opened)
    for person_id in missing:
        ctx.journal.insert(records.CaseParty(case_id=case_id, person_id=person_id,
                                             role="defendant"))
    return {pk: found[pk] or case_id for pk in person_ids}


def _new_case(ctx: ApplyContext, person_ids: list[int], opened: str | None) -> int:
    first = rows.get(records.Person, person_ids[0]).display_name
    title = case_title(ctx.catalog, first, len(person_ids) - 1)
    return ctx.journal.insert(records.Case(title=title, opened=parse_partial(opened))).pk


def _term_values(term: Term) -> dict[str, int]:
    return {"years": term.years, "months": term.months, "days": term.days}


def _day(value: str | None) -> date | None:
    partial = parse_partial(value)
    return partial.first_day() if partial and partial.precision == "day" else None
