# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp report dossier|brief|hearings`: PDF reports in kk, ru or en."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from caseapp.cli import common
from caseapp.cli.common import out
from caseapp.domain.enums import PersonStatus
from caseapp.domain.errors import Invalid
from caseapp.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help=_("print a dossier, a brief or a hearing schedule"))
    kinds = report.add_subparsers(dest="report_kind", required=True, metavar="KIND")
    dossier = kinds.add_parser("dossier", help=_("everything about one person"))
    dossier.add_argument("person", help=_("uid or a name that matches one person"))
    brief = kinds.add_parser("brief", help=_("summary table and a section per person"))
    chosen = brief.add_mutually_exclusive_group(required=True)
    chosen.add_argument("--tag")
    chosen.add_argument("--status")
    chosen.add_argument("--person", action="append", help=_("uid or name (repeatable)"))
    hearings = kinds.add_parser("hearings", help=_("hearings in the next days"))
    hearings.add_argument("--days", type=int, default=14)
    for parser, func in ((dossier, cmd_dossier), (brief, cmd_brief), (hearings, cmd_hearings)):
        _common_options(parser)
        parser.set_defaults(func=func)


def _common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", default="en", help=_("report language: kk, ru or en"))
    parser.add_argument("-o", "--output", type=Path, required=True, help=_("PDF file to write"))
    parser.add_argument("--public", action="store_true",
                        help=_("for public distribution: leave out relatives, contacts, addresses, "
                               "birth dates and private notes"))
    parser.add_argument("--date", help=_("report date YYYY-MM-DD (default today; fixes the PDF)"))
    parser.add_argument("--organisation", default=os.environ.get("CASEAPP_ORGANISATION", ""))
    common.add_db_option(parser)


def _options(book, args: argparse.Namespace):
    if args.lang not in ("kk", "ru", "en"):
        raise Invalid(_("--lang must be kk, ru or en, not “{lang}”").format(lang=args.lang))
    try:
        when = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise Invalid(_("--date needs YYYY-MM-DD, got “{value}”").format(value=args.date)) from None
    if args.output.suffix.lower() != ".pdf":
        raise Invalid(_("the output file should end in .pdf: {path}").format(path=args.output))
    return book.reports.options(language=args.lang, public=args.public, generated_on=when,
                                organisation=args.organisation)


def cmd_dossier(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        options = _options(book, args)
        book.reports.dossier(book.persons.resolve(args.person), args.output, options)
    out(_("Wrote {path}").format(path=args.output))
    return 0


def cmd_brief(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        options = _options(book, args)
        if args.tag:
            ids, chosen_by = book.reports.persons_with_tag(args.tag), {"tag": args.tag}
        elif args.status:
            status = PersonStatus.parse(args.status).value
            ids, chosen_by = book.reports.persons_with_status(status), {"status": status}
        else:
            ids, chosen_by = [book.persons.resolve(ref) for ref in args.person], {}
        book.reports.brief(ids, args.output, options, **chosen_by)
    out(_("Wrote {path} ({count} persons)").format(path=args.output, count=len(ids)))
    return 0


def cmd_hearings(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        book.reports.hearings(args.output, _options(book, args), days=args.days)
    out(_("Wrote {path}").format(path=args.output))
    return 0
