# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp action add|list|done|reply`: letters, petitions, pickets and appeals of the group."""

from __future__ import annotations

import argparse
from datetime import date, timedelta

from caseapp.cli import common
from caseapp.cli.common import action, command_group, one_of, out
from caseapp.core.edits import ActionEdit
from caseapp.domain.enums import ActionKind, ActionStatus
from caseapp.domain.errors import Invalid
from caseapp.domain.typed import read_day, read_partial
from caseapp.i18n import _


def register(sub: argparse._SubParsersAction) -> None:
    actions = command_group(sub, "action", _("add, list and complete campaign actions"))
    add = action(actions, "add", _("add a campaign action"), cmd_add)
    add.add_argument("title", help=_("what is done, e.g. “Letter to the prosecutor”"))
    add.add_argument("--kind", default="letter",
                     help=one_of(ActionKind))
    add.add_argument("--date", help=_("when: 2024, 03.2024 or 14.03.2024"))
    add.add_argument("--due", help=_("due date: 14.03.2024"))
    add.add_argument("--status", default="planned", help=one_of(ActionStatus))
    add.add_argument("--person", action="append", default=[], metavar="PERSON",
                     help=_("a person it is for: uid or a name (repeatable)"))
    add.add_argument("--case", action="append", default=[], metavar="CASE",
                     help=_("a case it is for: case number or uid (repeatable)"))
    add.add_argument("--responsible", default="")
    add.add_argument("--notes", default="")
    listing = action(actions, "list", _("list campaign actions"), cmd_list)
    listing.add_argument("--status")
    listing.add_argument("--kind")
    listing.add_argument("--due-within", type=int, metavar="DAYS",
                         help=_("planned actions due in the next DAYS days"))
    listing.add_argument("--search", default="", help=_("words in any spelling"))
    done = action(actions, "done", _("mark an action as done"), cmd_done)
    done.add_argument("action", help=_("the action's uid (or its first characters)"))
    reply = action(actions, "reply", _("record the reply to a letter"), cmd_reply)
    reply.add_argument("action", help=_("the action's uid (or its first characters)"))
    reply.add_argument("--text", required=True, help=_("what the addressee answered"))


def cmd_add(args: argparse.Namespace) -> int:
    values = {"title": args.title.strip(), "kind": ActionKind.parse(args.kind).value,
              "date": read_partial(args.date, "--date"), "due_date": read_day(args.due, "--due"),
              "status": ActionStatus.parse(args.status).value,
              "responsible": args.responsible.strip() or common.operator_name(),
              "notes": args.notes.strip()}
    with common.open_book(args) as book:
        persons = tuple(book.persons.resolve(name) for name in args.person)
        cases = tuple(book.cases.resolve(number) for number in args.case)
        stored, _changes = book.actions.save(ActionEdit(None, values, persons, cases))
    out(_("Added action “{title}” ({uid})").format(title=stored.title, uid=stored.uid))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    if args.due_within is not None and not 0 <= args.due_within <= 36500:
        raise Invalid(_("--due-within needs a number of days from 0 to 36500"))
    due_by = date.today() + timedelta(days=args.due_within) if args.due_within is not None else None
    status = ActionStatus.parse(args.status).value if args.status else None
    kind = ActionKind.parse(args.kind).value if args.kind else None
    with common.open_book(args) as book:
        rows = book.actions.rows(book.actions.ids(text=args.search, status=status, kind=kind,
                                                  due_by=due_by))
    common.table([(r.uid[:8], r.date, ActionKind(r.kind).label(), r.title,
                   ActionStatus(r.status).label(), str(r.due_date or ""), r.persons)
                  for r in rows],
                 (_("uid"), _("date"), _("kind"), _("title"), _("status"), _("due"),
                  _("persons")))
    out(_("{count} actions").format(count=len(rows)))
    return 0


def cmd_done(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        book.actions.mark_done(book.actions.resolve(args.action))
    out(_("Marked as done"))
    return 0


def cmd_reply(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        book.actions.record_reply(book.actions.resolve(args.action), args.text)
    out(_("Recorded the reply"))
    return 0
