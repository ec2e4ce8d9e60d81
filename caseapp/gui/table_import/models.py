# SPDX-License-Identifier: GPL-3.0-or-later
"""The wizard's two tables: the column mapping with a preview of the first rows as they
will be read, and the dry run's bad rows (line, column, reason)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from caseapp.domain.table_import import RowError
from caseapp.importer.table_values import cell_text

from caseapp.gui.common.rows_model import RowsModel

PREVIEW_ROWS = 3
translate = QCoreApplication.translate
AnyIndex = QModelIndex | QPersistentModelIndex
COLUMN, FIELD = 0, 1


def field_labels() -> dict[str, str]:
    """Each field's name in the interface language ("" = not imported)."""
    return {
        "": translate("TableImport", "— not imported —"),
        "uid": translate("TableImport", "uid (record id)"),
        "name": translate("TableImport", "name"),
        "given_name": translate("TableImport", "given name"),
        "family_name": translate("TableImport", "family name"),
        "patronymic": translate("TableImport", "patronymic"),
        "alias": translate("TableImport", "other names"),
        "birth_date": translate("TableImport", "date of birth"),
        "death_date": translate("TableImport", "date of death"),
        "gender": translate("TableImport", "gender"),
        "citizenship": translate("TableImport", "citizenship"),
        "status": translate("TableImport", "status"),
        "place": translate("TableImport", "place"),
        "notes": translate("TableImport", "notes"),
        "source_url": translate("TableImport", "source link"),
        "tags": translate("TableImport", "tags"),
        "kind": translate("TableImport", "kind"),
        "city": translate("TableImport", "city"),
        "region": translate("TableImport", "region"),
        "postal_address": translate("TableImport", "postal address"),
        "coordinates": translate("TableImport", "coordinates"),
        "case_number": translate("TableImport", "case number"),
        "person": translate("TableImport", "person"),
        "article": translate("TableImport", "articles charged"),
        "jurisdiction": translate("TableImport", "country"),
        "opened": translate("TableImport", "date opened"),
        "facility": translate("TableImport", "facility"),
        "start": translate("TableImport", "from"),
        "end": translate("TableImport", "until"),
        "court": translate("TableImport", "court"),
        "date": translate("TableImport", "date"),
        "time": translate("TableImport", "time"),
        "judge": translate("TableImport", "judge"),
        "outcome": translate("TableImport", "outcome"),
    }


# The role that gives the field's stored name ("birth_date") rather than its label.
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class MappedColumn:
    heading: str
    field: str
    preview: tuple[str, ...]


class MappingModel(RowsModel[MappedColumn]):
    """One row per spreadsheet column: its heading, the field it goes to (editable) and its
    first values. ``choices`` are the fields of the chosen entity."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choices: tuple[str, ...] = ("",)
        self.labels = field_labels()

    def load(self, headings: Sequence[str], rows: Sequence[Sequence[Any]],
             mapping: dict[str, str], choices: Sequence[str]) -> None:
        self.choices = ("", *choices)
        self.set_rows([MappedColumn(h, mapping.get(h, ""), tuple(
            cell_text(r[i]) for r in rows[:PREVIEW_ROWS])) for i, h in enumerate(headings)])

    def mapping(self) -> dict[str, str]:
        return {row.heading: row.field for row in self._rows}

    def column_titles(self) -> Sequence[str]:
        titles = [self.tr("Column"), self.tr("Import as")]
        return titles + [self.tr("Row {number}").format(number=n + 1)
                         for n in range(PREVIEW_ROWS)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None:
            return None
        match role:
            case Qt.ItemDataRole.DisplayRole | Qt.ItemDataRole.EditRole:
                return self._text(row, index.column())
            case _ if role == FIELD_ROLE:
                return row.field
        return None

    def _text(self, row: MappedColumn, column: int) -> str:
        if column == COLUMN:
            return row.heading
        if column == FIELD:
            return self.labels.get(row.field, row.field)
        position = column - 2
        return row.preview[position] if position < len(row.preview) else ""

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == FIELD else flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_of(index)
        if row is None or index.column() != FIELD or value not in self.choices:
            return False
        for other in self._rows:  # a field takes one column
            if value and other is not row and other.field == value:
                other.field = ""
        row.field = value
        self.dataChanged.emit(self.index(0, FIELD), self.index(self.rowCount() - 1, FIELD))
        return True


class FieldDelegate(QStyledItemDelegate):
    """A drop-down of the entity's fields for the "Import as" column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        model = index.model()
        assert isinstance(model, MappingModel), "the delegate edits the mapping table"
        editor = QComboBox(parent)
        for choice in model.choices:
            editor.addItem(model.labels.get(choice, choice), choice)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(FIELD_ROLE)), 0))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


class ErrorsModel(RowsModel[RowError]):
    """The bad rows of the dry run."""

    def column_titles(self) -> Sequence[str]:
        return [self.tr("Line"), self.tr("Column"), self.tr("Reason")]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        error = self.row_of(index)
        if error is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (str(error.line), error.column, error.reason)[index.column()]
