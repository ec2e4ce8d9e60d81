# SPDX-License-Identifier: GPL-3.0-or-later
"""Procedural deadlines: the law's time limits as data, and the dates they give a case.

The rules of each jurisdiction are a JSON file in ``domain/data/deadlines`` (``KZ.json``
first), each rule citing its article and saying whether its figure was checked against
a quotation of the code. This module reads them and turns a person's verdicts,
sentences and detentions into dated deadlines: the appeal window after a verdict, the
two-month limit of pre-trial detention, parole eligibility and the end of the term. It
is pure: the store gathers the records, the core adds what the volunteer marked.

A deadline is named by a stable ``key`` (its rule and the uid of the record it comes
from), so a "done" or "not applicable" mark stays on it when the records are edited.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from fractions import Fraction
from functools import cache
from pathlib import Path
from typing import Any

from caseapp.domain import records
from caseapp.domain.enums import DeadlineKind, DeadlineState
from caseapp.domain.errors import Invalid
from caseapp.domain.terms import Plural, Term, add_months, expected_release
from caseapp.i18n import N_, _, ngettext

RULES_FOLDER = Path(__file__).parent / "data" / "deadlines"
#: Sentence kinds with a custodial term whose end and parole are counted.
TERM_KINDS = ("prison", "restricted_freedom")
#: Detention kinds the pre-trial limit applies to.
LIMITED_DETENTIONS = ("pretrial",)


@dataclass(frozen=True)
class Rule:
    """One time limit: what starts it (``start``), how long it runs (None: not known),
    the article it comes from and whether its figure was checked."""

    id: str
    kind: str
    start: str
    period: Term | None
    article: str
    checked: bool
    source: str
    shares: dict[str, Fraction] = field(default_factory=dict)


@dataclass(frozen=True)
class Rules:
    """The rules of one jurisdiction; ``gravity_limits`` grade a crime by the maximum
    months of its article ((gravity, up to months or None for any more), lightest first)."""

    jurisdiction: str
    rules: tuple[Rule, ...]
    gravity_limits: tuple[tuple[str, int | None], ...] = ()

    def rule(self, kind: str) -> Rule | None:
        return next((rule for rule in self.rules if rule.kind == kind), None)

    def gravity(self, maximum_months: int | None) -> str | None:
        """The gravity of a crime whose article allows ``maximum_months`` at most."""
        if maximum_months is None:
            return None
        for gravity, limit in self.gravity_limits:
            if limit is None or maximum_months <= limit:
                return gravity
        return None


def rules_for(jurisdiction: str) -> Rules | None:
    """The shipped rules of a jurisdiction ("KZ"), or None where caseapp has none."""
    code = jurisdiction.strip().upper()
    return _shipped_rules(code) if code.isalpha() else None


@cache
def _shipped_rules(code: str) -> Rules | None:
    path = RULES_FOLDER / f"{code}.json"
    return parse_rules(path.read_text(encoding="utf-8"), path.name) if path.is_file() else None


def parse_rules(text: str, name: str) -> Rules:
    """Rules from a JSON text; a malformed file is refused naming the file and the fault."""
    try:
        data = json.loads(text)
        return Rules(str(data["jurisdiction"]), tuple(_rule(item) for item in data["rules"]),
                     tuple((str(g), _optional_int(m)) for g, m in
                           data.get("gravity", {}).get("by_maximum_months", [])))
    except (ValueError, KeyError, TypeError, ZeroDivisionError, Invalid) as exc:
        raise Invalid(_("The deadline rules in {file} cannot be read: {problem}").format(
            file=name, problem=exc)) from None


def _rule(item: dict[str, Any]) -> Rule:
    DeadlineKind(item["kind"])  # an unknown kind is refused here, not at display time
    period = item.get("period")
    return Rule(str(item["id"]), item["kind"], str(item["from"]),
                Term(**{k: int(v) for k, v in period.items()}) if period else None,
                str(item.get("article", "")), bool(item["checked"]), str(item.get("source", "")),
                {str(g): Fraction(int(n), int(d)) for g, (n, d) in item.get("shares", {}).items()})


def _optional_int(value: object) -> int | None:
    return None if value is None else int(str(value))


@dataclass(frozen=True)
class Deadline:
    """One dated deadline of a person (or of a case's defendants: ``person_id`` None)."""

    key: str
    kind: str
    due: date
    rule: Rule
    person_id: int | None = None
    case_id: int | None = None
    state: str = DeadlineState.OPEN.value

    @property
    def is_open(self) -> bool:
        return self.state == DeadlineState.OPEN.value

    @property
    def short_key(self) -> str:
        """The key as lists show it: the rule and the first 8 characters of the uid."""
        rule_id, _sep, uid = self.key.partition(":")
        return f"{rule_id}:{uid[:8]}"

    def describe(self, today: date, ngettext: Plural = ngettext,
                 gettext: Callable[[str], str] = _) -> str:
        """"appeal window closes in 3 days", "… today", "appeal window closed 2 days ago"."""
        days = (self.due - today).days
        if days == 0:
            return gettext(_TODAY).format(what=DeadlineKind(self.kind).label(gettext))
        if days > 0:
            return ngettext("{what} in {n} day", "{what} in {n} days", days).format(
                what=DeadlineKind(self.kind).label(gettext), n=days)
        return ngettext("{what} {n} day ago", "{what} {n} days ago", -days).format(
            what=gettext(_PAST[self.kind]), n=-days)


#: What a deadline that falls today says.
_TODAY = N_("{what} today")
#: What a deadline that has passed says (DeadlineKind labels say what comes due).
_PAST = {
    "appeal": N_("appeal window closed"),
    "cassation": N_("cassation window closed"),
    "detention_limit": N_("pre-trial detention limit reached"),
    "parole": N_("became eligible for parole"),
    "sentence_end": N_("sentence ended"),
}


@dataclass(frozen=True)
class Facts:
    """What deadlines are derived from, as the store reads it.

    ``jurisdictions`` maps case ids to their jurisdiction ("KZ" for records without a
    case); ``maximum_months`` maps (person id, case id) to the longest maximum term of
    the articles the person is charged with in that case.
    """

    sentences: tuple[records.Sentence, ...] = ()
    detentions: tuple[records.Detention, ...] = ()
    verdict_hearings: tuple[records.Hearing, ...] = ()
    jurisdictions: dict[int, str] = field(default_factory=dict)
    maximum_months: dict[tuple[int, int | None], int] = field(default_factory=dict)
    default_jurisdiction: str = "KZ"

    def rules(self, case_id: int | None) -> Rules | None:
        found = self.jurisdictions.get(case_id) if case_id is not None else None
        return rules_for(found or self.default_jurisdiction)


def derive(facts: Facts) -> list[Deadline]:
    """Every deadline the facts give, soonest first."""
    found = [*_from_sentences(facts), *_from_detentions(facts), *_from_hearings(facts)]
    return sorted(found, key=lambda d: (d.due, d.key))


def with_marks(deadlines: Iterable[Deadline], marks: dict[str, str]) -> list[Deadline]:
    """The deadlines with the states the volunteer gave them (key → state)."""
    return [replace(d, state=marks[d.key]) if d.key in marks else d for d in deadlines]


def between(deadlines: Iterable[Deadline], start: date, end: date, *,
            open_only: bool = True) -> list[Deadline]:
    return [d for d in deadlines if start <= d.due <= end and (d.is_open or not open_only)]


def _from_sentences(facts: Facts) -> Iterator[Deadline]:
    for sentence in facts.sentences:
        rules = facts.rules(sentence.case_id)
        if rules is not None:
            gravity = rules.gravity(facts.maximum_months.get((sentence.person_id,
                                                              sentence.case_id)))
            yield from sentence_deadlines(sentence, rules, gravity)


def sentence_deadlines(sentence: records.Sentence, rules: Rules,
                       gravity: str | None = None) -> Iterator[Deadline]:
    """Appeal window from the verdict; parole and the end of a custodial term."""
    def made(rule: Rule, due: date) -> Deadline:
        return Deadline(f"{rule.id}:{sentence.uid}", rule.kind, due, rule,
                        sentence.person_id, sentence.case_id)

    appeal = rules.rule("appeal")
    if appeal and appeal.period and sentence.date:
        yield made(appeal, window_end(sentence.date, appeal.period))
    start, term = sentence.term_start or sentence.date, _term(sentence)
    if start is None or term is None or sentence.kind not in TERM_KINDS:
        return
    end = rules.rule("sentence_end")
    release = expected_release(start, term, sentence.credited_days)
    if end and release:
        yield made(end, release)
    parole = rules.rule("parole")
    share = parole.shares.get(gravity or "") if parole else None
    if parole and share is not None:
        yield made(parole, parole_date(start, term, share, sentence.credited_days))


def _term(sentence: records.Sentence) -> Term | None:
    term = Term(sentence.years, sentence.months, sentence.days)
    return None if term.is_empty else term


def _from_detentions(facts: Facts) -> Iterator[Deadline]:
    for detention in facts.detentions:
        rules = facts.rules(detention.case_id)
        limit = rules.rule("detention_limit") if rules else None
        if limit is not None:
            yield from detention_deadlines(detention, limit)


def detention_deadlines(detention: records.Detention, rule: Rule) -> Iterator[Deadline]:
    """The limit of a pre-trial detention that started on a known day and had not ended
    before it (one that ended earlier needs no deadline)."""
    start = detention.start
    if (detention.kind not in LIMITED_DETENTIONS or rule.period is None or start is None
            or start.precision != "day"):
        return
    due = window_end(start.first_day(), rule.period)
    if detention.end is None or detention.end.last_day() > due:
        yield Deadline(f"{rule.id}:{detention.uid}", rule.kind, due, rule,
                       detention.person_id, detention.case_id)


def _from_hearings(facts: Facts) -> Iterator[Deadline]:
    """The appeal window after a verdict hearing whose case has no sentence of that day
    recorded (the sentence's own deadline names the person)."""
    sentenced = {(s.case_id, s.date) for s in facts.sentences}
    for hearing in facts.verdict_hearings:
        rules = facts.rules(hearing.case_id)
        appeal = rules.rule("appeal") if rules else None
        if (appeal and appeal.period and hearing.date
                and (hearing.case_id, hearing.date) not in sentenced):
            yield Deadline(f"{appeal.id}:{hearing.uid}", appeal.kind,
                           window_end(hearing.date, appeal.period), appeal,
                           None, hearing.case_id)


def window_end(start: date, period: Term) -> date:
    """The last day of a period that starts the day after ``start`` (the event's own day
    is not counted): 15 days from 1 March end on 16 March, 2 months from 10 January on
    10 March (the last day of a shorter month)."""
    months = add_months(start, period.years * 12 + period.months)
    return months + timedelta(days=period.days)


def parole_date(start: date, term: Term, share: Fraction, credited_days: int = 0) -> date:
    """The first day on which ``share`` of the term has been served: the share of the
    term's days, rounded up to a whole day, counted from ``start`` less the credited
    pre-trial days."""
    end = expected_release(start, term)
    if end is None:
        raise Invalid(_("A term is needed to count parole"), field="term")
    served = math.ceil((end - start).days * share)
    return start + timedelta(days=served - credited_days)
