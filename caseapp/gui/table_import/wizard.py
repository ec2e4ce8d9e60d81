# SPDX-License-Identifier: GPL-3.0-or-later
"""The import wizard: choose a file and what it holds → check the column mapping against a
preview of the first rows → see the dry run's report → import.

Reading the file, the dry run and the import run on the database worker with a delayed
progress dialog whose Cancel stops them; the import is one command, so Edit ▸ Undo
("Undo Import Persons") takes all of it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QStackedWidget, QWidget

from caseapp.domain.table_fields import fields_of, merged_mapping
from caseapp.domain.table_import import ImportOptions

from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.ops import CasebookOp, Job, OpHost, QueryOp
from caseapp.gui.table_import.pages import FilePage, MappingPage, ReportPage

FILE, MAPPING, REPORT = 0, 1, 2


class ImportHost(OpHost, Protocol):
    def show_message(self, text: str) -> None: ...


class TableImportDialog(BaseDialog):
    """Attributes: the pages ``file_page``, ``mapping_page``, ``report_page``; buttons
    ``back_button``, ``next_button``, ``check_button``, ``import_button``; ``sheet`` (the
    table read, or None) and ``checked`` (the options the last dry run used, or None)."""

    ASK_BEFORE_DISCARD = False

    def __init__(self, host: ImportHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Import Spreadsheet"), parent)
        self.import_host = host
        self.sheet: Any = None
        self.checked: ImportOptions | None = None
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.report_page = ReportPage(self)
        self.stack = QStackedWidget(self)
        for page in (self.file_page, self.mapping_page, self.report_page):
            self.stack.addWidget(page)
        self.add_widget(self.stack)
        self.back_button = self._button(self.tr("‹ &Back"))
        self.next_button = self._button(self.tr("&Next ›"))
        self.check_button = self._button(self.tr("&Check"))
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self._layout.addWidget(self.buttons)
        self._connect()
        self.file_page.set_saved(self._saved_names())
        self.show_step(FILE)

    def _button(self, text: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setAutoDefault(False)
        return button

    def _connect(self) -> None:
        self.back_button.clicked.connect(lambda: self.show_step(self.stack.currentIndex() - 1))
        self.next_button.clicked.connect(self.read_file)
        self.check_button.clicked.connect(self.dry_run)
        self.file_page.changed.connect(self._file_changed)
        self.file_page.sheet.currentIndexChanged.connect(lambda _i: self.read_file())

    def _file_changed(self) -> None:
        self.file_page.set_saved(self._saved_names())
        self._update_buttons()

    def _saved_names(self) -> list[str]:
        entity = self.file_page.entity.currentData()
        saved = self.host.casebook.table_import.saved_mappings()
        return sorted(name for name, m in saved.items() if m.entity == entity)

    def show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(max(step, FILE))
        self.clear_errors()
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.stack.currentIndex()
        self.back_button.setVisible(step != FILE)
        self.next_button.setVisible(step == FILE)
        self.next_button.setEnabled(bool(self.file_page.path.text().strip()))
        self.check_button.setVisible(step == MAPPING)
        self.import_button.setVisible(step == REPORT)

    # -- step 1 → 2: read the file and guess (or load) the mapping

    def read_file(self) -> None:
        path, entity, sheet, saved = self.file_page.options()
        if not str(path).strip() or self.stack.currentIndex() != FILE:
            return
        QueryOp(self.host, lambda book, job: _read(book, path, entity, sheet, saved),
                parent=self).with_progress(self.tr("Reading the file…")).success(
            lambda result: self.show_mapping(entity, *result)).failure(
            self._failed).run_in_background()

    def show_mapping(self, entity: str, sheet: Any, mapping: dict[str, str]) -> None:
        self.sheet = sheet
        self.file_page.set_sheets(sheet.sheets, sheet.source.removeprefix("XLSX: "))
        self.mapping_page.model.load(sheet.headings, [cells for _line, cells in sheet.rows],
                                     mapping, fields_of(entity))
        self.mapping_page.show_source(sheet.source, len(sheet.rows), sheet.header_line)
        self.mapping_page.table.resizeColumnsToContents()
        self.show_step(MAPPING)

    # -- step 2 → 3: the dry run

    def options(self) -> ImportOptions:
        return ImportOptions(str(self.file_page.entity.currentData()),
                             {h: f for h, f in self.mapping_page.model.mapping().items() if f},
                             self.mapping_page.keep_unmapped.isChecked())

    def dry_run(self) -> None:
        options, sheet, name = self.options(), self.sheet, self.mapping_page.save_as.text()
        self.run_job(lambda book, job: _check(book, job, sheet, options, name.strip()),
                     self.tr("Checking the rows…"), lambda result: self.show_report(
                         options, result[0]))

    def show_report(self, options: ImportOptions, report: Any) -> None:
        self.checked = options
        self.report_page.show_report(report)
        self.show_step(REPORT)

    def run_job(self, op: Callable[[Any, Job], Any], label: str,
                success: Callable[[Any], None]) -> None:
        QueryOp(self.host, op, parent=self).with_progress(label).success(success).failure(
            self._failed).run_in_background()

    # -- step 3: import (one command)

    def save(self) -> None:
        options, sheet = self.checked, self.sheet
        if options is None or sheet is None:
            return
        self.import_button.setEnabled(False)
        CasebookOp(self.host, lambda book, job: book.table_import.run(
            sheet, options, dry_run=False, progress=job.report, abort=job.abort),
            parent=self, origin=self).with_progress(self.tr("Importing…")).success(
            self._saved).failure(self._failed).run_in_background()

    def _failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        super()._failed(exc)

    def saved_message(self, result: object) -> str:
        report: Any = result[0] if isinstance(result, tuple) else result
        return self.tr("Imported: {created} new, {updated} updated, {skipped} not imported. "
                       "Edit ▸ Undo takes the import back.").format(
            created=report.created, updated=report.updated, skipped=report.skipped)


def _read(book: Any, path: Any, entity: str, sheet: str | None,
          saved: str) -> tuple[Any, dict[str, str]]:
    """Runs on the worker: the table and its mapping (the guess, or a saved one over it)."""
    imports = book.table_import
    table = imports.read(path, sheet=sheet)
    stored = imports.saved_mapping(saved, entity) if saved else {}
    return table, merged_mapping(imports.guess(entity, table.headings), stored)


def _check(book: Any, job: Job, sheet: Any, options: ImportOptions, name: str) -> Any:
    """Runs on the worker: save the mapping when named, then the dry run."""
    if name:
        book.table_import.save_mapping(name, options.entity, options.mapping)
    return book.table_import.run(sheet, options, dry_run=True, progress=job.report,
                                 abort=job.abort)
