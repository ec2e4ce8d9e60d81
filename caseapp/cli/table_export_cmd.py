# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp table export ENTITY`: any list, with the list's filters, as CSV, XLSX or JSON.

The ``table`` command group (cli/table_cmds.py) holds it beside ``import``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from caseapp.cli import common
from caseapp.cli.common import out
from caseapp.core.exports import ENTITIES
from caseapp.exchange.sheets import FORMATS
from caseapp.i18n import _, ngettext


def register_action(actions: argparse._SubParsersAction) -> None:
    parser = common.action(actions, "export", _(
        "write a list (with the list's search and filters) as CSV, XLSX or JSON"), cmd_export)
    parser.add_argument("entity", choices=tuple(ENTITIES), metavar="ENTITY",
                        help=_("one of: {values}").format(values=", ".join(ENTITIES)))
    parser.add_argument("--format", choices=FORMATS, default=None, help=_(
        "csv, xlsx or json (default: from the file's extension, else csv)"))
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    parser.add_argument("--public", action="store_true", help=_(
        "for public distribution: leave out what the reports' public option leaves out"))
    parser.add_argument("--text", default="", metavar="QUERY", help=_("search text"))
    parser.add_argument("--status", help=_("only records with this status"))
    parser.add_argument("--tag", help=_("only records with this tag"))


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "csv"


def cmd_export(args: argparse.Namespace) -> int:
    with common.open_book(args, daily_backup=False) as book:
        query = book.exports.query(args.entity, text=args.text, status=args.status, tag=args.tag)
        count = book.exports.write(args.entity, args.output, _format(args), query,
                                   public=args.public)
    out(ngettext("Wrote {count} record to {path}", "Wrote {count} records to {path}",
                 count).format(count=count, path=args.output))
    return 0
