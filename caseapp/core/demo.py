# SPDX-License-Identifier: GPL-3.0-or-later
"""A realistic demo database of fictional people, for trying caseapp and for screenshots.

Deterministic (seeded), dated relative to ``today`` so that hearings are always
upcoming. Built in one transaction: cancelled or failed, it leaves nothing behind.
"""

from __future__ import annotations

import json
import random
import threading
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from caseapp.core import commands
from caseapp.core.persons import AliasInput
from caseapp.core.progress import Progress, Ticker
from caseapp.core.sources import content_hash
from caseapp.domain import names, records
from caseapp.domain.changes import Changes
from caseapp.domain.enums import ActionKind
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.terms import add_months
from caseapp.i18n import _
from caseapp.store import cases as case_store

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook
    from caseapp.core.journal import Journal

DEFENDANTS = 40
FEATURED = ("Ерлан", "Қуанышбаев", "male")
ARTICLES = ("174", "179", "182", "272", "274", "400", "405", "423", "434")
STATUSES = ("detained", "detained", "sentenced", "sentenced", "house_arrest", "released",
            "in_exile", "detained")
OUTCOMES = ("postponed", "custody extended", "motion rejected", "witnesses heard", "")


@dataclass
class DemoContext:
    """What the builder has created so far, for linking later records to it."""

    journal: Journal
    rng: random.Random
    today: date
    data: dict
    facilities: list[records.Facility] = field(default_factory=list)
    people: list[records.Person] = field(default_factory=list)
    cases: list[records.Case] = field(default_factory=list)
    used_names: set[str] = field(default_factory=lambda: {" ".join(FEATURED[:2])})


def build_demo(book: Casebook, *, today: date | None = None, progress: Progress | None = None,
               abort: threading.Event | None = None) -> Changes:
    """Fill an empty database with demo records (not undoable: a fresh start)."""
    data = json.loads((Path(__file__).with_name("data") / "demo_people.json").read_text("utf-8"))
    ticker = Ticker(DEFENDANTS + 3, progress, abort)  # people, each defendant, activists, sources

    def work(journal: Journal) -> None:
        context = DemoContext(journal, random.Random(2019), today or date.today(), data)
        _build(book, context, ticker)

    _result, changes = commands.run(book, _("Build Demo Database"), work)
    book.undo.clear()
    return changes


def _build(book: Casebook, ctx: DemoContext, ticker: Ticker) -> None:
    ctx.facilities = [ctx.journal.insert(records.Facility(**f)) for f in ctx.data["facilities"]]
    tags = [ctx.journal.insert(records.Tag(name=name)) for name in ctx.data["tags"]]
    helpers = _supporting_people(book, ctx)
    ticker.tick(_("People"))
    for index in range(DEFENDANTS):
        person = _defendant(book, ctx, index)
        _case_for(ctx, person, helpers, index)
        ctx.journal.insert(records.Tagging(tag_id=tags[index % len(tags)].pk,
                                           target_table="person", target_id=person.pk))
        ticker.tick(_("Cases"))
    _russian_activists(book, ctx)
    ticker.tick()
    _sources(ctx)
    ticker.tick(_("Sources"))


def _kazakh_name(ctx: DemoContext, index: int) -> tuple[str, str, str]:
    if index == 0:
        return FEATURED
    gender = "female" if index % 3 == 1 else "male"
    while True:
        given = ctx.rng.choice(ctx.data["female_given" if gender == "female" else "male_given"])
        surname = ctx.rng.choice(ctx.data["surnames"]) + ("а" if gender == "female" else "")
        if f"{given} {surname}" not in ctx.used_names:
            ctx.used_names.add(f"{given} {surname}")
            return given, surname, gender


def _add_kazakh_person(book: Casebook, ctx: DemoContext, index: int, status: str,
                       notes: str = "") -> records.Person:
    given, surname, gender = _kazakh_name(ctx, index)
    full = f"{given} {surname}"
    birth = PartialDate(ctx.rng.randint(1958, 2001), ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    person = records.Person(display_name=full, given_name=given, family_name=surname,
                            gender=gender, citizenship="KZ", status=status, notes=notes,
                            birth_date=birth if index % 4 else None)
    aliases = [AliasInput(names.fold_kazakh_spelling(full), "transliteration"),
               AliasInput(names.latin_spelling(full), "transliteration")]
    stored = book.persons.insert(ctx.journal, person, aliases)
    ctx.people.append(stored)
    return stored


def _supporting_people(book: Casebook, ctx: DemoContext) -> dict[str, list[records.Person]]:
    roles = {"lawyer": 6, "relative": 8, "judge": 4}
    found: dict[str, list[records.Person]] = {}
    offset = 100
    for role, count in roles.items():
        found[role] = [_add_kazakh_person(book, ctx, offset + i, "at_large",
                                          notes=_("Demo {role}").format(role=role))
                       for i in range(count)]
        offset += count
    return found


def _defendant(book: Casebook, ctx: DemoContext, index: int) -> records.Person:
    status = STATUSES[index % len(STATUSES)]
    notes = _("Journalist and civic activist; fictional demo record.") if index % 5 == 0 else ""
    return _add_kazakh_person(book, ctx, index, status, notes)


def _case_for(ctx: DemoContext, person: records.Person,
              helpers: dict[str, list[records.Person]], index: int) -> None:
    opened = ctx.today - timedelta(days=60 + 17 * index)
    case = ctx.journal.insert(records.Case(
        case_number=f"{opened.year}-{7510 + index:05d}-{index:03d}", status=_case_status(person),
        title=_("Case of {name}").format(name=person.display_name),
        opened=PartialDate.from_date(opened), pace_political_reasons=index % 2 == 0,
        pace_fundamental_rights=index % 3 == 0, pace_unfair_proceedings=index % 4 == 0))
    ctx.cases.append(case)
    _parties(ctx, case, person, helpers, index)
    for article in {ARTICLES[index % len(ARTICLES)], ARTICLES[(index * 5) % len(ARTICLES)]}:
        article_id = _article_id(article)
        ctx.journal.insert(records.Charge(case_id=case.pk, person_id=person.pk,
                                          article_id=article_id, part=str(1 + index % 3)))
    _custody(ctx, person, case, opened, index)
    _hearings(ctx, case, opened, helpers, index)
    _action(ctx, person, case, index)


def _case_status(person: records.Person) -> str:
    return {"sentenced": "sentenced", "released": "closed"}.get(person.status, "trial")


def _article_id(article: str) -> int | None:
    return case_store.article_id("KZ", "criminal", article)


def _parties(ctx: DemoContext, case: records.Case, person: records.Person,
             helpers: dict[str, list[records.Person]], index: int) -> None:
    links = [(person, "defendant"), (helpers["lawyer"][index % 6], "lawyer"),
             (helpers["judge"][index % 4], "judge")]
    if index % 2 == 0:
        links.append((helpers["relative"][index % 8], "relative"))
    for who, role in links:
        ctx.journal.insert(records.CaseParty(case_id=case.pk, person_id=who.pk, role=role))


def _custody(ctx: DemoContext, person: records.Person, case: records.Case, opened: date,
             index: int) -> None:
    if person.status in ("in_exile",):
        return
    arrested = opened + timedelta(days=2)
    kind = "house_arrest" if person.status == "house_arrest" else "pretrial"
    pretrial_end = None
    if person.status in ("sentenced", "released"):
        pretrial_end = arrested + timedelta(days=90 + index)
    facility = ctx.facilities[index % 2 * 4] if kind == "pretrial" else None
    ctx.journal.insert(records.Detention(
        person_id=person.pk, case_id=case.pk, facility_id=facility.pk if facility else None,
        kind=kind, start=PartialDate.from_date(arrested),
        end=PartialDate.from_date(pretrial_end) if pretrial_end else None))
    if pretrial_end:
        _sentence(ctx, person, case, arrested, pretrial_end, index)


def _sentence(ctx: DemoContext, person: records.Person, case: records.Case, arrested: date,
              verdict: date, index: int) -> None:
    years, months, days = 1 + index % 7, (index * 3) % 12, 0
    if index % 8 == 2:
        years, months, days = _term_ending(arrested, ctx.today + timedelta(days=20 + index))
    ctx.journal.insert(records.Sentence(
        person_id=person.pk, case_id=case.pk, date=verdict, court=ctx.data["courts"][index % 6],
        kind="prison", years=years, months=months, days=days,
        credited_days=(verdict - arrested).days, term_start=verdict))
    released = person.status == "released"
    colony = ctx.facilities[2 + index % 2]
    ctx.journal.insert(records.Detention(
        person_id=person.pk, case_id=case.pk, facility_id=colony.pk, kind="colony",
        start=PartialDate.from_date(verdict + timedelta(days=20)),
        end=PartialDate.from_date(ctx.today - timedelta(days=10)) if released else None))


def _term_ending(start: date, release: date) -> tuple[int, int, int]:
    """A years/months/days term that, counted from ``start``, ends on ``release``."""
    months = (release.year - start.year) * 12 + release.month - start.month
    while add_months(start, months) > release:
        months -= 1
    return months // 12, months % 12, (release - add_months(start, months)).days


def _hearings(ctx: DemoContext, case: records.Case, opened: date,
              helpers: dict[str, list[records.Person]], index: int) -> None:
    judge = helpers["judge"][index % 4].display_name
    court = ctx.data["courts"][index % 6]
    for step in range(1, 3 + index % 2):
        when = opened + timedelta(days=21 * step)
        if when < ctx.today:
            ctx.journal.insert(records.Hearing(
                case_id=case.pk, court=court, date=when, time=time(10 + step, 0),
                kind="preliminary" if step == 1 else "trial", judge=judge,
                outcome=OUTCOMES[(index + step) % len(OUTCOMES)]))
    if case.status in ("trial", "sentenced"):
        upcoming = ctx.today + timedelta(days=1 + index % 20)
        ctx.journal.insert(records.Hearing(
            case_id=case.pk, court=court, date=upcoming, time=time(9 + index % 7, 30),
            kind="appeal" if case.status == "sentenced" else "trial", judge=judge,
            observers=_("Two volunteers, one embassy observer") if index % 3 == 0 else ""))


def _action(ctx: DemoContext, person: records.Person, case: records.Case, index: int) -> None:
    kinds = ("letter", "petition", "un_osce_appeal", "statement", "embassy_contact", "picket")
    kind = kinds[index % len(kinds)]
    done = index % 3 == 0
    action = ctx.journal.insert(records.Action(
        kind=kind, title=_("{kind} for {name}").format(kind=_capitalised(ActionKind(kind).label()),
                                                        name=person.display_name),
        date=PartialDate.from_date(ctx.today - timedelta(days=index)),
        due_date=ctx.today + timedelta(days=index % 15 - 5),
        status="done" if done else "planned", responsible="Volunteer A",
        outcome=_("Acknowledged") if done else ""))
    ctx.journal.insert(records.ActionPerson(action_id=action.pk, person_id=person.pk))
    ctx.journal.insert(records.ActionCase(action_id=action.pk, case_id=case.pk))


def _capitalised(label: str) -> str:
    return label[:1].upper() + label[1:]


def _russian_activists(book: Casebook, ctx: DemoContext) -> None:
    for given, family, gender in ctx.data["russian"]:
        person = records.Person(display_name=f"{given} {family}", given_name=given,
                                family_name=family, gender=gender, citizenship="KZ",
                                status="at_large", notes=_("Civic activist (demo)"))
        latin = AliasInput(names.latin_spelling(person.display_name), "transliteration")
        ctx.people.append(book.persons.insert(ctx.journal, person, [latin]))


def _sources(ctx: DemoContext) -> None:
    for index, person in enumerate(ctx.people[18:24]):
        city = ctx.data["cities"][index % 8]
        text = _("{name} was detained in {city} after a peaceful picket, a court ruled on "
                 "{day}.").format(name=person.display_name, city=city,
                                  day=(ctx.today - timedelta(days=30 + index)).strftime("%d.%m.%Y"))
        source = ctx.journal.insert(records.Source(
            kind="news", title=_("Activist detained in {city}").format(city=city),
            url=f"https://example.org/news/{1000 + index}", publisher="Demo News",
            language="ru", published=PartialDate.from_date(ctx.today - timedelta(days=29 + index)),
            full_text=text, content_hash=content_hash(text)))
        ctx.journal.insert(records.Citation(source_id=source.pk, target_table="person",
                                            target_uid=person.uid, quote=text[:80], start=0,
                                            end=min(80, len(text))))
