# SPDX-License-Identifier: GPL-3.0-or-later
"""The write half of an article import: persons, aliases, custody and actions with citations."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from caseapp.core.persons import AliasInput, alias_record
from caseapp.domain import names, records
from caseapp.domain.errors import NotFound
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.terms import parse_term
from caseapp.i18n import _
from caseapp.store import cases as case_store, custody as custody_store, persons as person_store, rows

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook
    from caseapp.core.journal import Journal

STATUS_BY_EVENT = {"detention": "detained", "charge": "detained", "hearing": "detained",
                   "sentence": "sentenced", "release": "released"}
ACTION_BY_EVENT = {"protest": "picket", "statement": "statement", "other": "other"}


@dataclass
class ApplyContext:
    """The open command of one import and the persons it resolved so far (name → id)."""

    book: Casebook
    journal: Journal
    text: str
    source: records.Source
    person_ids: dict[str, int] = field(default_factory=dict)

    def cite(self, record: records.Record, start: int, end: int) -> None:
        start, end = max(0, start), min(len(self.text), max(start, end))
        self.journal.insert(records.Citation(
            source_id=self.source.pk, target_table=rows.table_of(type(record)),
            target_uid=record.uid, quote=self.text[start:end].strip()[:1000],
            start=start, end=end))


def apply_person(ctx: ApplyContext, proposal, report) -> None:
    """Link to the chosen person (adding this spelling as an alias) or create a new one."""
    first = proposal.mentions[0] if proposal.mentions else None
    if proposal.decision == "link" and proposal.link_uid:
        person = _linked(ctx, proposal)
        report.linked.append((proposal.name, person.uid, proposal.link_reason))
    else:
        person = ctx.book.persons.insert(ctx.journal, records.Person(
            display_name=names.normalize_spacing(proposal.name), status="unknown"))
        report.created.append((proposal.name, person.uid))
        if proposal.candidates:
            report.unlinked_candidates.append((proposal.name, proposal.candidates))
    ctx.person_ids[proposal.key] = person.pk
    if first is not None:
        ctx.cite(person, *_sentence_around(ctx.text, first.start, first.end))


def _linked(ctx: ApplyContext, proposal) -> records.Person:
    person_id = rows.id_for_uid("person", proposal.link_uid)
    if person_id is None or rows.get(records.Person, person_id).deleted_at:
        raise NotFound(_("No person has uid {uid} (or it is in the trash)").format(
            uid=proposal.link_uid))
    if names.normalize(proposal.name) not in person_store.alias_keys(person_id):
        kind = "official" if names.language_of_name(proposal.name) == "kk" else "transliteration"
        ctx.journal.insert(alias_record(person_id, AliasInput(proposal.name, kind)))
    return rows.get(records.Person, person_id)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind(mark, 0, start) for mark in (".", "\n", "!", "?"))
    rights = [i for i in (text.find(mark, end) for mark in (".", "\n", "!", "?")) if i != -1]
    return left + 1, (min(rights) + 1 if rights else len(text))


def apply_events(ctx: ApplyContext, events) -> None:
    for event in events:
        person_ids = [ctx.person_ids[n] for n in event.persons if n in ctx.person_ids]
        handler = EVENT_HANDLERS.get(event.kind, _action)
        for record in handler(ctx, event, person_ids):
            ctx.cite(record, event.quote_start, event.quote_end)
        _update_status(ctx, event.kind, person_ids)


def _day(value: str | None) -> date | None:
    partial = _partial(value)
    return partial.first_day() if partial and partial.precision == "day" else None


def _partial(value: str | None) -> PartialDate | None:
    try:
        return PartialDate.parse(value) if value else None
    except ValueError:
        return None


def _detention(ctx: ApplyContext, event, person_ids: list[int]) -> Sequence[records.Record]:
    term = parse_term(event.term)
    kind = "administrative" if term and not term.years and not term.months else "pretrial"
    return [ctx.journal.insert(records.Detention(person_id=pk, kind=kind, start=_partial(event.date),
                                                 note=event.place or "")) for pk in person_ids]


def _case_of(ctx: ApplyContext, person_id: int, opened: str | None) -> int:
    existing = case_store.defendant_case(person_id)
    if existing is not None:
        return existing
    person = rows.get(records.Person, person_id)
    case = ctx.journal.insert(records.Case(
        title=_("Case of {name}").format(name=person.display_name), opened=_partial(opened)))
    ctx.journal.insert(records.CaseParty(case_id=case.pk, person_id=person_id, role="defendant"))
    return case.pk


def _charge(ctx: ApplyContext, event, person_ids: list[int]) -> Sequence[records.Record]:
    """A charge per person, unless their case already has one under that article."""
    article_id = case_store.article_id("KZ", "criminal", event.article) if event.article else None
    created = []
    for pk in person_ids:
        case_id = _case_of(ctx, pk, event.date)
        if article_id is None or not case_store.has_charge(case_id, pk, article_id):
            created.append(ctx.journal.insert(records.Charge(
                case_id=case_id, person_id=pk, article_id=article_id,
                wording="" if article_id else (event.article or ""))))
    return created


def _hearing(ctx: ApplyContext, event, person_ids: list[int]) -> Sequence[records.Record]:
    when = _day(event.date)
    if when is None or not person_ids:
        return []
    case_id = _case_of(ctx, person_ids[0], event.date)
    return [ctx.journal.insert(records.Hearing(case_id=case_id, date=when, court=event.place or ""))]


def _sentence(ctx: ApplyContext, event, person_ids: list[int]) -> Sequence[records.Record]:
    term = parse_term(event.term)
    created = []
    for pk in person_ids:
        created.append(ctx.journal.insert(records.Sentence(
            person_id=pk, case_id=_case_of(ctx, pk, None), date=_day(event.date),
            court=event.place or "", years=term.years if term else 0,
            months=term.months if term else 0, days=term.days if term else 0)))
    return created


def _release(ctx: ApplyContext, event, person_ids: list[int]) -> Sequence[records.Record]:
    ended = _partial(event.date)
    updated = []
    for pk in person_ids:
        detention_id = custody_store.open_detention(pk)
        if detention_id is not None and ended is not None:
            current = rows.get(records.Detention, detention_id)
            if current.start is None or current.start.first_day() <= ended.last_day():
                updated.append(ctx.journal.update(records.Detention, detention_id, end=ended))
    return updated


def _action(ctx: ApplyContext, event, person_ids: list[int]) -> Sequence[records.Record]:
    kind = ACTION_BY_EVENT.get(event.kind, "other")
    title = ctx.text[event.quote_start:event.quote_end].strip()[:120] or event.kind
    action = ctx.book.actions.insert(ctx.journal, records.Action(
        kind=kind, title=title, date=_partial(event.date), status="done"), person_ids)
    return [action]


def _update_status(ctx: ApplyContext, kind: str, person_ids: list[int]) -> None:
    status = STATUS_BY_EVENT.get(kind)
    for pk in person_ids if status else []:
        if rows.get(records.Person, pk).status in ("unknown", "at_large", "detained"):
            ctx.journal.update(records.Person, pk, status=status)


EVENT_HANDLERS = {"detention": _detention, "charge": _charge, "hearing": _hearing,
                  "sentence": _sentence, "release": _release}
