# SPDX-License-Identifier: GPL-3.0-or-later
"""`caseapp table import FILE --entity …`: a spreadsheet's rows checked (``--dry-run``)
or imported as one undoable command, with a line-numbered report in text or JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from caseapp.cli import common
from caseapp.cli.common import action, out
from caseapp.domain.errors import Invalid
from caseapp.domain.table_fields import ENTITIES, merged_mapping, parse_map_options
from caseapp.domain.table_import import ImportOptions, ImportReport
from caseapp.i18n import _


def register_action(actions: argparse._SubParsersAction) -> None:
    parser = action(actions, "import", _("import persons, cases, facilities, detentions or "
                                         "hearings from a CSV or XLSX file"), cmd_import)
    parser.add_argument("file", type=Path, help=_("a .csv or .xlsx file"))
    parser.add_argument("--entity", required=True, choices=ENTITIES)
    parser.add_argument("--sheet", help=_("the worksheet of an XLSX file (default: the first)"))
    parser.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                        help=_("import a column into a field, or “COLUMN=” to leave it out "
                               "(repeatable; overrides the guess)"))
    parser.add_argument("--mapping", metavar="NAME", help=_("use a saved column mapping"))
    parser.add_argument("--save-mapping", metavar="NAME",
                        help=_("save the mapping used under this name"))
    parser.add_argument("--keep-unmapped", action="store_true",
                        help=_("write unmapped columns into notes as “Column: value”"))
    parser.add_argument("--dry-run", action="store_true",
                        help=_("report what would happen; change nothing"))
    parser.add_argument("--format", choices=("text", "json"), default="text")


def cmd_import(args: argparse.Namespace) -> int:
    with common.open_book(args) as book:
        imports = book.table_import
        sheet = imports.read(args.file, sheet=args.sheet)
        saved = imports.saved_mapping(args.mapping, args.entity) if args.mapping else {}
        options = parse_map_options(args.entity, args.map)
        _check_columns(options, sheet.headings)
        mapping = merged_mapping(imports.guess(args.entity, sheet.headings), saved, options)
        if args.save_mapping:
            imports.save_mapping(args.save_mapping, args.entity, mapping)
        report, _changes = imports.run(
            sheet, ImportOptions(args.entity, mapping, args.keep_unmapped),
            dry_run=args.dry_run)
    if args.format == "json":
        out(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
    else:
        print_report(report, sheet.source)
    return 0


def _check_columns(options: dict[str, str], headings: tuple[str, ...]) -> None:
    missing = [column for column in options if column not in headings]
    if missing:
        raise Invalid(_("The table has no column “{column}”; its columns are: {columns}").format(
            column=missing[0], columns=", ".join(headings)), field="map")


def print_report(report: ImportReport, source: str) -> None:
    out(_("Read {rows} rows ({source})").format(rows=report.rows, source=source))
    for column, field in report.mapping.items():
        out(f"  {column} → {field}")
    if report.unmapped:
        out(_("Not imported columns: {columns}").format(columns=", ".join(report.unmapped)))
    heading = _("Would create {created}, update {updated}, leave {unchanged} unchanged, "
                "skip {skipped}") if report.dry_run else _(
        "Created {created}, updated {updated}, left {unchanged} unchanged, skipped {skipped}")
    out(heading.format(created=report.created, updated=report.updated,
                       unchanged=report.unchanged, skipped=report.skipped))
    for error in report.errors:
        where = f"{error.line}" + (f" [{error.column}]" if error.column else "")
        out(_("line {where}: {reason}").format(where=where, reason=error.reason))
