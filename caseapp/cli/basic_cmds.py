# SPDX-License-Identifier: GPL-3.0-or-later
"""Everyday reads and the trash: search, hearings, trash list|restore|purge."""

from __future__ import annotations

import argparse
from pathlib import Path

from caseapp.cli import common
from caseapp.cli.common import out
from caseapp.core import settings as preferences
from caseapp.domain.errors import Invalid
from caseapp.i18n import _, ngettext

#: The longest look-ahead for `hearings --upcoming` (a century; more overflows a date).
MAX_DAYS = 36500


def register(sub: argparse._SubParsersAction) -> None:
    search = _add(sub, "search", _("find persons, cases and sources in any spelling"), cmd_search)
    search.add_argument("text", nargs="+")
    hearings = _add(sub, "hearings", _("list hearings"), cmd_hearings)
    hearings.add_argument("--upcoming", "--days", dest="upcoming", type=int, metavar="DAYS",
                          default=14, help=_("hearings from today to this many days later"))
    hearings.add_argument("--ics", action="store_true", help=_(
        "write them as a calendar file (.ics) instead of listing them; needs -o"))
    hearings.add_argument("-o", "--output", type=Path, metavar="FILE.ics")
    hearings.add_argument("--time-zone", metavar="ZONE", help=_(
        "time zone of the hearing times (default: the setting, Asia/Almaty)"))
    trash = _add(sub, "trash", _("list, restore or purge deleted records"), None)
    actions = trash.add_subparsers(dest="trash_command", required=True, metavar="ACTION")
    _add(actions, "list", _("show what is in the trash"), cmd_trash_list)
    _add(actions, "restore", _("bring a record back"), cmd_trash_restore).add_argument("uid")
    purge = _add(actions, "purge", _("delete for good (cannot be undone)"), cmd_trash_purge)
    purge.add_argument("uid", nargs="?")
    purge.add_argument("--all", action="store_true", help=_("purge everything in the trash"))
    purge.add_argument("--and-backups", action="store_true", help=_(
        "then replace the existing backups, which still hold the purged records, with one "
        "fresh backup"))


def _add(sub, name: str, help_text: str, func) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text, description=help_text)
    common.add_db_option(parser)
    if func is not None:
        parser.set_defaults(func=func)
    return parser


def cmd_search(args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    with common.open_book(args) as book:
        hits = book.search(text)
    if not hits:
        out(_("Nothing matches “{text}”").format(text=text))
        return 0
    common.table([(h.uid[:8], h.entity, h.label) for h in hits],
                 (_("uid"), _("kind"), _("name")))
    return 0


def cmd_hearings(args: argparse.Namespace) -> int:
    if not 0 <= args.upcoming <= MAX_DAYS:
        raise Invalid(_("--upcoming needs a number of days from 0 to {most}").format(
            most=MAX_DAYS))
    if args.ics:
        return _write_calendar(args)
    with common.open_book(args) as book:
        rows = book.hearings.upcoming(args.upcoming)
    common.table([(str(h.date), h.time.strftime("%H:%M") if h.time else "", h.court,
                   h.case_number, ", ".join(h.defendants)) for h in rows],
                 (_("date"), _("time"), _("court"), _("case"), _("defendants")))
    out(_("{count} hearings in the next {days} days").format(count=len(rows), days=args.upcoming))
    return 0


def _write_calendar(args: argparse.Namespace) -> int:
    if args.output is None:
        raise Invalid(_("--ics needs -o FILE.ics: where to write the calendar"))
    zone = args.time_zone or preferences.load().calendar_time_zone
    with common.open_book(args) as book:
        count = book.hearings.write_calendar(args.output, book.hearings.coming(args.upcoming),
                                             zone_name=zone)
    out(ngettext("Wrote {count} hearing to {path}", "Wrote {count} hearings to {path}",
                 count).format(count=count, path=args.output))
    return 0


def cmd_trash_list(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        rows = book.trash.list()
    common.table([(r.uid[:8], r.table, r.label, r.deleted_at[:19]) for r in rows],
                 (_("uid"), _("kind"), _("name"), _("deleted")))
    return 0


def cmd_trash_restore(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        row = book.trash.find(args.uid)
        book.trash.restore(row.uid)
    out(_("Restored {label}").format(label=row.label))
    return 0


def cmd_trash_purge(args: argparse.Namespace) -> int:
    if not args.uid and not args.all:
        raise Invalid(_("name a uid to purge, or use --all"))
    with common.open_book(args) as book:
        count, _changes = book.trash.purge(None if args.all else [args.uid])
        out(ngettext("Purged {count} record", "Purged {count} records", count).format(
            count=count))
        if args.and_backups:
            fresh, removed = book.backups.replace_with_fresh()
            out(_("Kept {path}; deleted {count} older backups").format(path=fresh, count=removed))
        elif held := book.backups.count():
            out(ngettext("{count} backup made before still holds the purged records; “caseapp "
                         "backup prune” replaces it with a fresh backup",
                         "{count} backups made before still hold the purged records; “caseapp "
                         "backup prune” replaces them with one fresh backup", held).format(
                count=held))
    return 0
