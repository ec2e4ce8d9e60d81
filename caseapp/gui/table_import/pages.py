# SPDX-License-Identifier: GPL-3.0-or-later
"""The three steps of the import wizard: the file and what it holds; the column mapping
with a preview of the first rows; the dry run's report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.table_import import ImportReport

from caseapp.gui.common.forms import paragraph
from caseapp.gui.table_import.models import (
    FIELD,
    ErrorsModel,
    FieldDelegate,
    MappingModel,
    translate,
)


def entity_labels() -> dict[str, str]:
    return {"persons": translate("TableImport", "Persons"),
            "cases": translate("TableImport", "Cases (with charges)"),
            "facilities": translate("TableImport", "Facilities"),
            "detentions": translate("TableImport", "Detentions"),
            "hearings": translate("TableImport", "Hearings")}


class FilePage(QWidget):
    """Step 1. Attributes: ``path`` (line), ``entity``, ``sheet`` and ``saved`` (combos)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Spreadsheet file"))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("&File:"), row)
        self.entity = QComboBox(self)
        for key, label in entity_labels().items():
            self.entity.addItem(label, key)
        form.addRow(self.tr("&Import as:"), self.entity)
        self.sheet = QComboBox(self)
        self.sheet.setEnabled(False)
        form.addRow(self.tr("&Sheet:"), self.sheet)
        self.saved = QComboBox(self)
        form.addRow(self.tr("Saved &mapping:"), self.saved)
        form.addRow(paragraph(self, self.tr(
            "CSV (UTF-8, UTF-16 or Windows-1251; comma, semicolon or tab) or XLSX. The "
            "header row is found even below a title.")))
        self.path.textChanged.connect(self.changed)
        self.entity.currentIndexChanged.connect(self.changed)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a spreadsheet"), self.path.text(),
            self.tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if chosen:
            self.path.setText(chosen)

    def options(self) -> tuple[Path, str, str | None, str]:
        """(file, entity, sheet or None, saved mapping name or "")."""
        sheet = self.sheet.currentText() if self.sheet.isEnabled() else None
        return (Path(self.path.text().strip()), str(self.entity.currentData()), sheet or None,
                str(self.saved.currentData() or ""))

    def set_saved(self, names: list[str]) -> None:
        current = self.saved.currentData()
        self.saved.clear()
        self.saved.addItem(self.tr("— guess from the headings —"), "")
        for name in names:
            self.saved.addItem(name, name)
        self.saved.setCurrentIndex(max(self.saved.findData(current), 0))

    def set_sheets(self, names: tuple[str, ...], current: str) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(list(names))
        self.sheet.setCurrentText(current)
        self.sheet.setEnabled(len(names) > 1)
        self.sheet.blockSignals(False)



class MappingPage(QWidget):
    """Step 2. Attributes: ``model`` (MappingModel), ``table``, ``keep_unmapped``,
    ``save_as`` (a name to save the mapping under) and ``source`` (how the file was read)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.source = QLabel(self)
        self.source.setWordWrap(True)
        column.addWidget(self.source)
        self.model = MappingModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(FIELD, FieldDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Columns and the fields they go to"))
        column.addWidget(self.table, 1)
        self.keep_unmapped = QCheckBox(self.tr("&Keep columns not imported in the notes, "
                                               "as “Column: value”"), self)
        column.addWidget(self.keep_unmapped)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Save this mapping &as:"), self))
        self.save_as = QLineEdit(self)
        self.save_as.setAccessibleName(self.tr("Name to save the mapping under"))
        row.addWidget(self.save_as, 1)
        column.addLayout(row)

    def show_source(self, source: str, rows: int, header_line: int) -> None:
        self.source.setText(self.tr("Read as {source}; headings on line {line}; {rows} rows. "
                                    "Choose what each column is imported as.").format(
            source=source, line=header_line, rows=rows))


class ReportPage(QWidget):
    """Step 3. Attributes: ``summary`` (label) and ``errors`` (ErrorsModel in ``table``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        self.summary = paragraph(self, "")
        column.addWidget(self.summary)
        self.errors = ErrorsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.errors)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Rows that will not be imported"))
        column.addWidget(self.table, 1)

    def show_report(self, report: ImportReport) -> None:
        text = self.tr("Rows: {rows}. New: {created}; updated: {updated}; unchanged: "
                       "{unchanged}; not imported: {skipped}.").format(
            rows=report.rows, created=report.created, updated=report.updated,
            unchanged=report.unchanged, skipped=report.skipped)
        if report.unmapped:
            text += "\n" + self.tr("Columns not imported: {columns}").format(
                columns=", ".join(report.unmapped))
        self.summary.setText(text)
        self.errors.set_rows(report.errors)
