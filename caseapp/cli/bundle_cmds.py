# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp bundle export|import|conflicts|resolve`: exchange work without a server.

An encrypted database writes encrypted bundles; their passphrase comes from
CASEAPP_BUNDLE_PASSPHRASE or is typed (twice when a bundle is written).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from caseapp.cli import common
from caseapp.cli import passphrase as ask
from caseapp.cli.common import out
from caseapp.domain.errors import Invalid
from caseapp.i18n import _, ngettext

BUNDLE_VARIABLE = "CASEAPP_BUNDLE_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    actions = common.command_group(sub, "bundle", _(
        "exchange records with another volunteer's caseapp through a file"))
    export = common.action(actions, "export", _("write records to a bundle file"), cmd_export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.caseapp")
    export.add_argument("--since", type=_day, metavar="YYYY-MM-DD",
                        help=_("only records changed since this day"))
    export.add_argument("--tag", default="", help=_("only persons, cases and actions with "
                                                    "this tag, and what belongs to them"))
    export.add_argument("--person", action="append", default=[], metavar="P", help=_(
        "only this person (name or uid) and what belongs to them; may be repeated"))
    imported = common.action(actions, "import", _("merge a bundle into this database"),
                             cmd_import)
    imported.add_argument("file", type=Path)
    imported.add_argument("--dry-run", action="store_true", help=_(
        "say what would change, change nothing"))
    imported.add_argument("--format", choices=("text", "json"), default="text")
    common.action(actions, "conflicts", _("list fields changed on both sides"), cmd_conflicts)
    resolve = common.action(actions, "resolve", _("keep one value of a conflict"), cmd_resolve)
    resolve.add_argument("uid")
    resolve.add_argument("field")
    resolve.add_argument("--take", choices=("mine", "theirs"), required=True)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("“{text}” is not a day like 2024-03-15").format(
            text=text)) from None


def cmd_export(args: argparse.Namespace) -> int:
    with common.open_book(args, daily_backup=False) as book:
        persons = tuple(book.persons.resolve(reference) for reference in args.person)
        key = ask.new(BUNDLE_VARIABLE) if book.encrypted else None
        summary = book.bundles.export(args.output, since=args.since, tag=args.tag,
                                      person_ids=persons, passphrase=key)
    message = (_("Wrote {count} records and {files} files to {path} (encrypted)")
               if summary.sealed else _("Wrote {count} records and {files} files to {path}"))
    out(message.format(count=summary.records, files=summary.attachments, path=summary.path))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        key = (ask.existing(_("Bundle passphrase: "), BUNDLE_VARIABLE)
               if book.bundles.needs_passphrase(args.file) else None)
        report, _changes = book.bundles.import_bundle(args.file, dry_run=args.dry_run,
                                                      passphrase=key)
    summary = report.as_dict()
    if args.format == "json":
        out(json.dumps({"dry_run": args.dry_run, **summary}, ensure_ascii=False))
        return 0
    out((_("Would import: {created} new, {updated} updated, {unchanged} unchanged")
         if args.dry_run else _("Imported: {created} new, {updated} updated, {unchanged} "
                                "unchanged")).format(**summary))
    for skipped in summary["skipped"]:
        out(_("skipped {table} {uid}: {reason}").format(**skipped))
    conflicts = len(summary["conflicts"])
    if conflicts:
        out(ngettext("{count} field was changed on both sides: see “caseapp bundle conflicts”",
                     "{count} fields were changed on both sides: see “caseapp bundle "
                     "conflicts”", conflicts).format(count=conflicts))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with common.open_book(args, daily_backup=False) as book:
        found = book.bundles.conflicts()
    if not found:
        out(_("No conflicts"))
        return 0
    common.table([(c.uid[:8], c.table, c.label, c.field, _shown(c.mine), _shown(c.theirs))
                  for c in found],
                 (_("uid"), _("kind"), _("name"), _("field"), _("mine"), _("theirs")))
    return 0


def _shown(value: object) -> str:
    return "—" if value is None else str(value)


def cmd_resolve(args: argparse.Namespace) -> int:
    if not args.field.strip():
        raise Invalid(_("name the field to resolve"))
    with common.open_book(args) as book:
        book.bundles.resolve(args.uid, args.field, args.take)
    out(_("Kept {which} for “{field}”").format(
        which=_("mine") if args.take == "mine" else _("theirs"), field=args.field))
    return 0
