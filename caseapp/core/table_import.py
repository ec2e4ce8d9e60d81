# SPDX-License-Identifier: GPL-3.0-or-later
"""Spreadsheet import (CSV, XLSX) of persons, cases, facilities, detentions and hearings.

``read`` finds the table and ``guess`` its column mapping; ``run`` checks every row
against the stored records and reports what would be created, updated, left unchanged or
skipped, with each bad row's line, column and reason. With ``dry_run=False`` the same
pass writes the accepted rows as one command: one transaction, one undo step ("Import
Persons"), one change record; cancelling or an error leaves the file as it was.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from caseapp.core import commands, table_mappings, table_persons
from caseapp.core.manager import Manager
from caseapp.core.progress import Progress, Ticker
from caseapp.core.table_records import READERS, Lookup, Planned
from caseapp.core.table_rows import Columns
from caseapp.domain.changes import Changes
from caseapp.domain.errors import Invalid
from caseapp.domain.table_fields import fields_of, guess_mapping, known_heading_count
from caseapp.domain.table_import import ImportOptions, ImportReport, RowError
from caseapp.i18n import N_, _
from caseapp.importer.table_read import Sheet, read_table

#: Rows between two progress reports (and checks of Cancel).
TICK_ROWS = 250
#: Columns whose values make two rows of a file the same record (persons: by identity).
SAME_RECORD = {"facilities": ("name",), "cases": ("case_number", "person"),
               "detentions": ("person", "start", "kind"),
               "hearings": ("case_number", "person", "date")}
COMMAND_NAMES = {"persons": N_("Import Persons"), "cases": N_("Import Cases"),
                 "facilities": N_("Import Facilities"), "detentions": N_("Import Detentions"),
                 "hearings": N_("Import Hearings")}


class TableImports(Manager):
    """Reads: read, guess, mappings. Command: run (a dry run unless told otherwise)."""

    def read(self, path: Path, *, sheet: str | None = None) -> Sheet:
        """The table of a CSV or XLSX file, its header row found (Invalid if unreadable)."""
        return read_table(Path(path), sheet=sheet, heading_score=known_heading_count)

    def guess(self, entity: str, headings: tuple[str, ...] | list[str]) -> dict[str, str]:
        fields_of(entity)
        return guess_mapping(entity, headings)

    def saved_mappings(self) -> dict[str, table_mappings.SavedMapping]:
        return table_mappings.load_all()

    def saved_mapping(self, name: str, entity: str) -> dict[str, str]:
        return table_mappings.get(name, entity)

    def save_mapping(self, name: str, entity: str, mapping: dict[str, str]) -> None:
        table_mappings.save(name, entity, mapping)

    def run(self, sheet: Sheet, options: ImportOptions, *, dry_run: bool = True,
            progress: Progress | None = None, abort: threading.Event | None = None
            ) -> tuple[ImportReport, Changes]:
        """Check (and unless ``dry_run``, import) every row of ``sheet``."""
        fields_of(options.entity)
        columns = Columns(sheet.headings, options)
        report = ImportReport(options.entity, mapping={h: f for h, f in options.mapping.items()
                                                        if f and h in sheet.headings},
                              unmapped=list(columns.unmapped), dry_run=dry_run)
        ticker = Ticker(len(sheet.rows), progress, abort)
        if dry_run:
            self._plan(sheet, columns, report, ticker)
            return report, Changes()
        name = _(COMMAND_NAMES[options.entity])

        def work(journal: Any) -> None:
            write = self._plan(sheet, columns, report, ticker)
            ticker.check()
            if progress is not None:
                progress(1.0, _("Writing…"))
            write(journal)

        return report, commands.run(self.book, name, work)[1]

    def _plan(self, sheet: Sheet, columns: Columns, report: ImportReport,
              ticker: Ticker) -> Any:
        if report.entity == "persons":
            return self._plan_persons(sheet, columns, report, ticker)
        return self._plan_records(sheet, columns, report, ticker)

    def _plan_persons(self, sheet: Sheet, columns: Columns, report: ImportReport,
                      ticker: Ticker) -> Any:
        known, plan = table_persons.Identities(), table_persons.PersonPlan()
        name_column = columns.heading.get("name") or columns.heading.get("family_name", "")
        for number, (line, cells) in enumerate(sheet.rows, start=1):
            row = columns.row(line, cells)
            draft = table_persons.read_person(row)
            outcome, reason = ("skipped", "") if row.errors else _guarded(
                row.errors, line, lambda d=draft: table_persons.plan_row(plan, known, d))
            if reason:
                row.errors.append(RowError(line, name_column, reason))
            if outcome != "matched":
                _count(report, row.errors, outcome)
            _tick(ticker, number)
        for outcome in table_persons.classify_matches(plan):
            _count(report, [], outcome)
        return lambda journal: table_persons.write(self.book, journal, plan)

    def _plan_records(self, sheet: Sheet, columns: Columns, report: ImportReport,
                      ticker: Ticker) -> Any:
        table, key_column, reader = READERS[report.entity]
        lookup = Lookup(self.book, table, key_column)
        writes: list[Any] = []
        seen: dict[tuple[str, ...], int] = {}
        for number, (line, cells) in enumerate(sheet.rows, start=1):
            row = columns.row(line, cells)
            key = (row.text("uid"),) if row.text("uid") else tuple(
                row.text(f).casefold() for f in SAME_RECORD[report.entity])
            if key in seen:
                row.fail("", _("the same record as line {line}; imported once").format(
                    line=seen[key]))
                planned: Planned | None = None
            else:
                seen[key] = line
                planned = _guarded_record(row.errors, line, lambda r=row: reader(lookup, r))
            if planned is not None and planned.write is not None:
                writes.append(planned.write)
            _count(report, row.errors, planned.outcome if planned else "skipped")
            _tick(ticker, number)
        return lambda journal: [write(journal) for write in writes]


def _guarded(errors: list[RowError], line: int, plan: Any) -> tuple[str, str]:
    try:
        return plan()
    except Invalid as exc:
        errors.append(RowError(line, "", str(exc)))
        return "skipped", ""


def _guarded_record(errors: list[RowError], line: int, plan: Any) -> Planned | None:
    try:
        return plan()
    except Invalid as exc:
        errors.append(RowError(line, "", str(exc)))
        return None


def _count(report: ImportReport, errors: list[RowError], outcome: str) -> None:
    report.rows += 1
    report.errors.extend(errors)
    report.count("skipped" if errors else outcome)


def _tick(ticker: Ticker, number: int) -> None:
    if number % TICK_ROWS == 0:
        ticker.tick(_("Row {count}").format(count=number), TICK_ROWS)
