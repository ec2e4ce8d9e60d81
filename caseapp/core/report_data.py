# SPDX-License-Identifier: GPL-3.0-or-later
"""Maps what the store knows about a person to the plain data the reports draw."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from caseapp.core.case_stage import case_stage
from caseapp.core.case_titles import in_language
from caseapp.domain import records
from caseapp.domain.deadlines import Deadline
from caseapp.reports import data as rd
from caseapp.store import codes as code_store
from caseapp.store.reports import PersonBundle


class _Sources:
    """Numbers the sources of one person file in the order facts first cite them."""

    def __init__(self, found: PersonBundle) -> None:
        self.found = found
        self.order: list[int] = []

    def of(self, uid: str) -> tuple[int, ...]:
        indexes = []
        for source_id in self.found.citations.get(uid, []):
            if source_id not in self.order:
                self.order.append(source_id)
            indexes.append(self.order.index(source_id))
        return tuple(dict.fromkeys(indexes))

    def refs(self) -> tuple[rd.SourceRef, ...]:
        return tuple(_source_ref(self.found.sources[pk]) for pk in self.order)


def _source_ref(source: records.Source) -> rd.SourceRef:
    return rd.SourceRef(source.title, source.publisher, source.published, source.url, source.kind)


def person_ref(person: records.Person, aliases: list[records.PersonName]) -> rd.PersonRef:
    return rd.PersonRef(person.display_name, _aliases(aliases))


def _aliases(aliases: list[records.PersonName]) -> tuple[rd.Alias, ...]:
    return tuple(rd.Alias(a.text, a.script, a.language, a.kind) for a in aliases)


def person_file(found: PersonBundle, language: str, today: date,
                deadlines: Sequence[Deadline] = ()) -> rd.PersonFile:
    """The report data of one person; ``today`` (the report date) decides case stages;
    ``deadlines`` are the person's procedural deadlines (core.deadlines)."""
    sources = _Sources(found)
    identity = _identity(found, sources)
    detentions = tuple(_detention(d, f, sources) for d, f in found.detentions)
    cases = tuple(_case(c, found, (language, today), sources) for c in found.cases)
    hearings = tuple(_hearing(h, found, sources) for h in found.hearings)
    sentences = tuple(_sentence(s, found, sources) for s in found.sentences)
    actions = tuple(_action(a, sources) for a in found.actions)
    return rd.PersonFile(identity, detentions, cases, hearings, sentences, actions, sources.refs(),
                         tuple(_deadline(d) for d in deadlines))


def _deadline(deadline: Deadline) -> rd.DeadlineEntry:
    return rd.DeadlineEntry(deadline.kind, deadline.due, deadline.rule.article,
                            deadline.rule.checked, deadline.state)


def _identity(found: PersonBundle, sources: _Sources) -> rd.PersonInfo:
    person = found.person
    sources.of(person.uid)
    return rd.PersonInfo(
        display_name=person.display_name, aliases=_aliases(found.aliases), uid=person.uid,
        status=person.status, birth_date=person.birth_date, gender=person.gender,
        citizenship=person.citizenship, contacts=person.contacts,
        photo=found.photo,
        relatives=_relatives(found), private_notes=person.notes)


def _relatives(found: PersonBundle) -> tuple[rd.Relative, ...]:
    seen: dict[str, rd.Relative] = {}
    for parties in found.parties.values():
        for role, person, _aliases in parties:
            if role == "relative" and person.id != found.person.id:
                seen[person.uid] = rd.Relative(person.display_name, "", person.contacts)
    return tuple(seen.values())


def _detention(d: records.Detention, f: records.Facility | None,
               sources: _Sources) -> rd.DetentionEntry:
    return rd.DetentionEntry(f.name if f else "", f.kind if f else "other", f.city if f else "",
                           d.kind, d.start, d.end, d.note, sources.of(d.uid))


def _case(case: records.Case, found: PersonBundle, when: tuple[str, date],
          sources: _Sources) -> rd.CaseEntry:
    language, today = when
    charges = tuple(
        rd.ChargeEntry(_article_ref(charge, article), article.title(language) if article else "",
                     charge.wording, sources.of(charge.uid),
                     code_store.penalty(article) if article else None)
        for charge, article in found.charges if charge.case_id == case.id)
    met = tuple(name for name in rd_pace_fields() if getattr(case, name))
    stage = case_stage(case, found.hearings, found.sentences, today)
    return rd.CaseEntry(case.case_number, _case_title(case, found, language), stage, "",
                        case.opened, charges, met, case.pace_note, case.notes,
                        sources.of(case.uid))


def _case_title(case: records.Case, found: PersonBundle, language: str) -> str:
    """The case's title; one caseapp made ("Case of …") said in the report's language."""
    names = {p.display_name: person_ref(p, a).name_in(language)
             for _role, p, a in found.parties.get(case.pk, [])}
    return in_language(case.title, language, lambda name: names.get(name, name))


def rd_pace_fields() -> tuple[str, ...]:
    from caseapp.domain.enums import PACE_CRITERIA

    return tuple(name for name, _label in PACE_CRITERIA)


def _article_ref(charge: records.Charge, article: records.CodeArticle | None) -> str:
    number = article.article if article else ""
    part = charge.part or (article.part if article else "")
    return f"{number}.{part}" if number and part else number


def _hearing(h: records.Hearing, found: PersonBundle, sources: _Sources) -> rd.HearingEntry:
    parties = found.parties.get(h.case_id, [])
    case = next((c for c in found.cases if c.id == h.case_id), None)
    return rd.HearingEntry(
        h.date, h.time, h.court, h.kind, case.case_number if case else "", h.judge, h.outcome,
        tuple(person_ref(p, a) for role, p, a in parties if role == "defendant"),
        tuple(p.display_name for role, p, _a in parties if role == "lawyer"),
        tuple(o.strip() for o in h.observers.split(",") if o.strip()), h.notes, sources.of(h.uid))


def _sentence(s: records.Sentence, found: PersonBundle, sources: _Sources) -> rd.SentenceEntry:
    case = next((c for c in found.cases if c.id == s.case_id), None)
    return rd.SentenceEntry(s.date, s.court, case.case_number if case else "", s.kind, s.years,
                          s.months, s.days, s.credited_days, s.term_start or s.date, None, s.fine,
                          s.note, sources.of(s.uid))


def _action(a: records.Action, sources: _Sources) -> rd.ActionEntry:
    return rd.ActionEntry(a.date, a.kind, a.title, a.status, a.outcome, a.responsible, a.notes,
                        sources.of(a.uid))
