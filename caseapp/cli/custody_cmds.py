# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp facility add|list`, `caseapp detention add`, `caseapp sentence add`."""

from __future__ import annotations

import argparse

from caseapp.cli import common
from caseapp.cli.common import action, command_group, one_of, out
from caseapp.domain import records
from caseapp.domain.enums import DetentionKind, FacilityKind, SentenceKind
from caseapp.domain.typed import read_day, read_partial
from caseapp.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    facilities = command_group(sub, "facility", _("add and list places of detention"))
    add = action(facilities, "add", _("add a facility"), cmd_facility_add)
    add.add_argument("name", help=_("e.g. “СИЗО ЛА-155/18”"))
    add.add_argument("--kind", default="other",
                     help=one_of(FacilityKind))
    add.add_argument("--city", default="")
    add.add_argument("--region", default="")
    add.add_argument("--address", default="", help=_("postal address"))
    action(facilities, "list", _("list facilities"), cmd_facility_list)
    _register_detention(command_group(sub, "detention", _("record time in custody")))
    _register_sentence(command_group(sub, "sentence", _("record sentences")))


def _register_detention(actions: argparse._SubParsersAction) -> None:
    add = action(actions, "add", _("add a detention to a person's timeline"), cmd_detention_add)
    add.add_argument("person", help=_("uid or a name that matches one person"))
    add.add_argument("--facility", help=_("facility name or uid"))
    add.add_argument("--kind", default="pretrial",
                     help=one_of(DetentionKind))
    add.add_argument("--start", help=_("2024, 03.2024 or 14.03.2024"))
    add.add_argument("--end", help=_("2024, 03.2024 or 14.03.2024"))
    add.add_argument("--case", help=_("case number or uid"))


def _register_sentence(actions: argparse._SubParsersAction) -> None:
    add = action(actions, "add", _("add a sentence"), cmd_sentence_add)
    add.add_argument("person", help=_("uid or a name that matches one person"))
    add.add_argument("--date", help=_("day of the verdict: 14.03.2024"))
    add.add_argument("--kind", default="prison", help=one_of(SentenceKind))
    for unit in ("years", "months", "days"):
        add.add_argument(f"--{unit}", type=int, default=0)
    add.add_argument("--credited-days", type=int, default=0,
                     help=_("pre-trial days counted towards the term"))
    add.add_argument("--court", default="")
    add.add_argument("--case", help=_("case number or uid"))


def cmd_facility_add(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        facility, _changes = book.custody.add_facility(records.Facility(
            name=args.name.strip(), kind=FacilityKind.parse(args.kind).value,
            city=args.city.strip(), region=args.region.strip(),
            postal_address=args.address.strip()))
    out(_("Added facility {name} ({uid})").format(name=facility.name, uid=facility.uid))
    return 0


def cmd_facility_list(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        found = book.custody.facilities()
    common.table([(f.uid[:8], f.name, FacilityKind(f.kind).label(), f.city) for f in found],
                 (_("uid"), _("name"), _("kind"), _("city")))
    return 0


def cmd_detention_add(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        book.custody.add_detention(records.Detention(
            person_id=book.persons.resolve(args.person),
            facility_id=book.custody.resolve_facility(args.facility) if args.facility else None,
            case_id=book.cases.resolve(args.case) if args.case else None,
            kind=DetentionKind.parse(args.kind).value,
            start=read_partial(args.start, "--start"), end=read_partial(args.end, "--end")))
    out(_("Detention recorded"))
    return 0


def cmd_sentence_add(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        book.custody.add_sentence(records.Sentence(
            person_id=book.persons.resolve(args.person), date=read_day(args.date, "--date"),
            case_id=book.cases.resolve(args.case) if args.case else None,
            kind=SentenceKind.parse(args.kind).value, years=args.years, months=args.months,
            days=args.days, credited_days=args.credited_days, court=args.court.strip()))
    out(_("Sentence recorded"))
    return 0
