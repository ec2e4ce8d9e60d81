# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp deadlines` lists the procedural deadlines ahead; `caseapp deadline-mark`
marks one done, not applicable or open again."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from caseapp.cli import common
from caseapp.cli.basic_cmds import MAX_DAYS
from caseapp.cli.common import out
from caseapp.domain.enums import DeadlineKind, DeadlineState
from caseapp.domain.errors import Invalid
from caseapp.domain.views import DeadlineRow
from caseapp.i18n import _, ngettext


def register(sub: argparse._SubParsersAction) -> None:
    listing = _add(sub, "deadlines", _("list procedural deadlines (appeal, detention limit, "
                                       "parole, end of term)"), cmd_deadlines)
    listing.add_argument("--days", type=int, metavar="N", default=30,
                         help=_("how many days ahead (default 30)"))
    listing.add_argument("--all", action="store_true",
                         help=_("also those marked done or not applicable"))
    listing.add_argument("--format", default="text", choices=("text", "json"))
    mark = _add(sub, "deadline-mark", _("mark a deadline done or not applicable"),
                cmd_deadline_mark)
    mark.add_argument("key", help=_("the deadline's key as `caseapp deadlines` shows it"))
    mark.add_argument("state", help=common.one_of(DeadlineState))
    mark.add_argument("--note", default="")


def _add(sub: argparse._SubParsersAction, name: str, help_text: str,
         func: Any) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    common.add_db_option(parser)
    parser.set_defaults(func=func)
    return parser


def cmd_deadlines(args: argparse.Namespace) -> int:
    if not 0 <= args.days <= MAX_DAYS:
        raise Invalid(_("--days needs a number of days from 0 to {most}").format(most=MAX_DAYS))
    today = date.today()
    with common.open_book(args) as book:
        rows = book.deadlines.upcoming(args.days, today=today, open_only=not args.all)
    if args.format == "json":
        out(json.dumps([as_json(row, today) for row in rows], ensure_ascii=False, indent=1))
        return 0
    common.table([_text_row(row, today) for row in rows],
                 (_("due"), _("deadline"), _("who"), _("case"), _("state"), _("key")))
    out(ngettext("{count} deadline in the next {days} days",
                 "{count} deadlines in the next {days} days", len(rows)).format(
        count=len(rows), days=args.days))
    if any(not row.deadline.rule.checked for row in rows):
        out(_("* the figure of this rule was not checked against the code's text "
              "(docs/deadlines.md)"))
    return 0


def _text_row(row: DeadlineRow, today: date) -> tuple[str, ...]:
    deadline = row.deadline
    mark = "" if deadline.rule.checked else " *"
    return (deadline.due.isoformat(), deadline.describe(today) + mark, row.who,
            row.case_number, DeadlineState(deadline.state).label(), deadline.short_key)


def as_json(row: DeadlineRow, today: date) -> dict[str, Any]:
    deadline = row.deadline
    return {"key": deadline.key, "kind": deadline.kind,
            "label": DeadlineKind(deadline.kind).label(), "due": deadline.due.isoformat(),
            "days_left": (deadline.due - today).days, "text": deadline.describe(today),
            "state": deadline.state, "who": row.who, "case": row.case_number,
            "article": deadline.rule.article, "checked": deadline.rule.checked}


def cmd_deadline_mark(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        deadline = book.deadlines.resolve(args.key)
        book.deadlines.mark(deadline.key, args.state, args.note)
    out(_("Marked {key} {state}").format(
        key=deadline.short_key, state=DeadlineState.parse(args.state).label()))
    return 0
