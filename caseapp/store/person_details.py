# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything linked to one person, gathered for the detail pane and `caseapp person show`."""

from __future__ import annotations

from datetime import date

from peewee import JOIN

from caseapp.domain import enums, records
from caseapp.domain.terms import Term, days_between, expected_release
from caseapp.domain.views import (
    ActionView,
    CaseView,
    ChargeView,
    DetentionView,
    PersonDetails,
    ReportedEventView,
    SentenceView,
)
from caseapp.store import hearings, persons, rows, tags
from caseapp.store.labels import facility_name
from caseapp.store.models import (
    Action,
    ActionPerson,
    Case,
    CaseParty,
    Charge,
    CodeArticle,
    Detention,
    Facility,
    ReportedEvent,
    ReportedEventPerson,
    Sentence,
    Source,
)


def details(person_id: int, today: date, language: str = "en") -> PersonDetails:
    person = rows.get(records.Person, person_id)
    cases = _cases(person_id, language)
    found = tuple(hearings.hearing_rows(case_ids=[c.id for c in cases]))
    return PersonDetails(person, tuple(persons.aliases(person_id)), cases,
                         _detentions(person_id, today), found, _sentences(person_id),
                         _actions(person_id), tuple(tags.tags_of("person", person_id)),
                         _reported_events(person_id))


def _cases(person_id: int, language: str) -> tuple[CaseView, ...]:
    parties = (CaseParty.live(CaseParty.role, Case).join(Case)
               .where((CaseParty.person == person_id) & Case.is_live()).order_by(Case.opened))
    return tuple(CaseView(p.case.id, p.case.uid, p.case.case_number, p.case.title,
                          p.case.status, p.role, _charges(p.case.id, person_id, language),
                          _pace_met(p.case)) for p in parties)


def _charges(case_id: int, person_id: int, language: str) -> tuple[ChargeView, ...]:
    query = (Charge.live(Charge, CodeArticle).join(CodeArticle, JOIN.LEFT_OUTER)
             .where((Charge.case == case_id) & (Charge.person == person_id)))
    return tuple(ChargeView(c.article.article if c.article else "", c.part,
                            getattr(c.article, f"title_{language}", "") if c.article else "",
                            c.wording) for c in query)


def _pace_met(case: Case) -> tuple[str, ...]:
    return tuple(name for name, _label in enums.PACE_CRITERIA if getattr(case, name))


def _detentions(person_id: int, today: date) -> tuple[DetentionView, ...]:
    query = (Detention.live(Detention, Facility).join(Facility, JOIN.LEFT_OUTER)
             .where(Detention.person == person_id).order_by(Detention.start))
    return tuple(DetentionView(d.id, facility_name(d.facility), d.kind,
                               d.start.iso() if d.start else "", d.end.iso() if d.end else "",
                               _days_held(d, today)) for d in query)


def _days_held(detention: Detention, today: date) -> int | None:
    if detention.start is None or detention.start.precision != "day":
        return None
    end = detention.end.last_day() if detention.end else today
    return days_between(detention.start.first_day(), min(end, today))


def _sentences(person_id: int) -> tuple[SentenceView, ...]:
    query = Sentence.live().where(Sentence.person == person_id).order_by(Sentence.date)
    return tuple(_sentence_view(s) for s in query)


def _sentence_view(s: Sentence) -> SentenceView:
    term = Term(s.years, s.months, s.days)
    start = s.term_start or s.date
    release = expected_release(start, term, s.credited_days) if start else None
    return SentenceView(s.id, s.date, s.court, s.kind, term.describe(), s.credited_days, release,
                        s.note)


def _actions(person_id: int) -> tuple[ActionView, ...]:
    linked = ActionPerson.live(ActionPerson.action).where(ActionPerson.person == person_id)
    query = Action.live().where(Action.id.in_(linked)).order_by(Action.date)
    return tuple(ActionView(a.id, a.kind, a.title, a.date.iso() if a.date else "", a.status)
                 for a in query)


def _reported_events(person_id: int) -> tuple[ReportedEventView, ...]:
    linked = (ReportedEventPerson.live(ReportedEventPerson.event)
              .where(ReportedEventPerson.person == person_id))
    query = (ReportedEvent.live(ReportedEvent, Source).join(Source)
             .where(ReportedEvent.id.in_(linked) & Source.is_live())
             .order_by(ReportedEvent.date, ReportedEvent.id))
    return tuple(ReportedEventView(e.id, e.kind, e.title, e.date.iso() if e.date else "",
                                   e.place, e.source.title) for e in query)
