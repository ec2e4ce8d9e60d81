# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp case add|list|charge|party` and `caseapp hearing add|outcome`."""

from __future__ import annotations

import argparse

from caseapp.cli import code_cmds, common
from caseapp.cli.common import action, command_group, one_of, out
from caseapp.core.edits import CaseEdit, PartyEdit, PersonChoice
from caseapp.domain import records
from caseapp.domain.enums import CaseStatus, HearingKind, PartyRole
from caseapp.domain.typed import read_day, read_partial, read_time
from caseapp.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    _register_cases(command_group(sub, "case", _("add and list cases, charges and parties")))
    _register_hearings(command_group(sub, "hearing", _("add hearings and record outcomes")))


def _register_cases(actions: argparse._SubParsersAction) -> None:
    add = action(actions, "add", _("add a case"), cmd_case_add)
    add.add_argument("number", help=_("case number, e.g. 2024-0117"))
    add.add_argument("--title", default="")
    add.add_argument("--opened", help=_("date opened: 2024, 03.2024 or 14.03.2024"))
    add.add_argument("--status", default="investigation",
                     help=one_of(CaseStatus))
    add.add_argument("--defendant", action="append", default=[], metavar="PERSON",
                     help=_("a defendant: uid or a name that matches one person (repeatable)"))
    add.add_argument("--tag", action="append", default=[])
    listing = action(actions, "list", _("list cases"), cmd_case_list)
    listing.add_argument("--status")
    listing.add_argument("--tag")
    listing.add_argument("--search", default="", help=_("words in any spelling"))
    charge = action(actions, "charge", _("charge a person in a case"), cmd_case_charge)
    charge.add_argument("case", help=_("case number or uid"))
    charge.add_argument("person", help=_("uid or a name that matches one person"))
    charge.add_argument("article", help=_("article number (274, 207.3) or words of its title"))
    charge.add_argument("--part", default="")
    code_cmds.add_code_options(charge, country_default="KZ")
    charge.add_argument("--wording", default="")
    party = action(actions, "party", _("add a party to a case"), cmd_case_party)
    party.add_argument("case", help=_("case number or uid"))
    party.add_argument("person", help=_("uid or a name that matches one person"))
    party.add_argument("--role", default="defendant",
                       help=one_of(PartyRole))


def _register_hearings(actions: argparse._SubParsersAction) -> None:
    add = action(actions, "add", _("add a hearing to a case"), cmd_hearing_add)
    add.add_argument("case", help=_("case number or uid"))
    add.add_argument("--date", required=True, help=_("14.08.2024 or 2024-08-14"))
    add.add_argument("--time", help=_("HH:MM"))
    add.add_argument("--court", default="")
    add.add_argument("--kind", default="trial",
                     help=one_of(HearingKind))
    add.add_argument("--judge", default="")
    outcome = action(actions, "outcome", _("record what a hearing decided"), cmd_hearing_outcome)
    outcome.add_argument("hearing", help=_("the hearing's uid (or its first characters)"))
    outcome.add_argument("text", help=_("the outcome, e.g. “adjourned to 3 May”"))


def cmd_case_add(args: argparse.Namespace) -> int:
    values = {"case_number": args.number.strip(), "title": args.title.strip(),
              "opened": read_partial(args.opened, "--opened"),
              "status": CaseStatus.parse(args.status).value}
    with common.open_book(args) as book:
        parties = tuple(PartyEdit(index, None, PersonChoice(book.persons.resolve(name), name))
                        for index, name in enumerate(args.defendant))
        case, _changes = book.cases.save(CaseEdit(None, values, parties, (), tuple(args.tag)))
    out(_("Added case {number} ({uid})").format(number=case.case_number, uid=case.uid))
    return 0


def cmd_case_list(args: argparse.Namespace) -> int:
    status = CaseStatus.parse(args.status).value if args.status else None
    with common.open_book(args) as book:
        rows = book.cases.rows(book.cases.ids(text=args.search, status=status, tag=args.tag))
    common.table([(r.uid[:8], r.case_number, r.title, CaseStatus(r.status).label(),
                   r.defendants, r.articles) for r in rows],
                 (_("uid"), _("number"), _("title"), _("status"), _("defendants"),
                  _("articles")))
    out(_("{count} cases").format(count=len(rows)))
    return 0


def cmd_case_charge(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        case_id, person_id = book.cases.resolve(args.case), book.persons.resolve(args.person)
        article_id = book.codes.resolve(args.article, country=args.country, code=args.code)
        book.cases.add_charge(case_id, person_id, article_id, part=args.part.strip(),
                              wording=args.wording.strip())
        charged = book.codes.row(article_id)
    out(_("Charged under article {article}").format(article=charged.label() if charged else ""))
    return 0


def cmd_case_party(args: argparse.Namespace) -> int:
    role = PartyRole.parse(args.role).value
    with common.open_book(args) as book:
        book.cases.add_party(book.cases.resolve(args.case), book.persons.resolve(args.person),
                             role)
    out(_("Added to the case as {role}").format(role=PartyRole(role).label()))
    return 0


def cmd_hearing_add(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        hearing, _changes = book.hearings.add(records.Hearing(
            case_id=book.cases.resolve(args.case), date=read_day(args.date, "--date"),
            time=read_time(args.time, "--time"), court=args.court.strip(),
            kind=HearingKind.parse(args.kind).value, judge=args.judge.strip()))
    out(_("Added hearing on {date} ({uid})").format(date=hearing.date, uid=hearing.uid))
    return 0


def cmd_hearing_outcome(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        book.hearings.record_outcome(book.hearings.resolve(args.hearing), args.text)
    out(_("Outcome recorded"))
    return 0
