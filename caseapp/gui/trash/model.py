# SPDX-License-Identifier: GPL-3.0-or-later
"""The rows of the trash as a table: what kind of record, its name, when it was deleted.

The trash is small (what volunteers deleted and did not purge), so the model holds
every row; a QSortFilterProxyModel sorts and filters it in memory.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
)

from caseapp.domain.views import TrashRow

from caseapp.gui.common.formatting import format_timestamp
from caseapp.gui.common.rows_model import AnyIndex, RowsModel
from caseapp.gui.common.translatable import QT_TRANSLATE_NOOP

SORT_ROLE = Qt.ItemDataRole.UserRole + 10

#: Names of the record kinds, by table; translated when shown.
KIND_LABELS = {
    "person": QT_TRANSLATE_NOOP("Trash", "Person"),
    "person_name": QT_TRANSLATE_NOOP("Trash", "Name of a person"),
    "case_file": QT_TRANSLATE_NOOP("Trash", "Case"),
    "case_party": QT_TRANSLATE_NOOP("Trash", "Party to a case"),
    "code_article": QT_TRANSLATE_NOOP("Trash", "Code article"),
    "charge": QT_TRANSLATE_NOOP("Trash", "Charge"),
    "facility": QT_TRANSLATE_NOOP("Trash", "Facility"),
    "detention": QT_TRANSLATE_NOOP("Trash", "Detention"),
    "hearing": QT_TRANSLATE_NOOP("Trash", "Hearing"),
    "sentence": QT_TRANSLATE_NOOP("Trash", "Sentence"),
    "action": QT_TRANSLATE_NOOP("Trash", "Campaign action"),
    "action_person": QT_TRANSLATE_NOOP("Trash", "Person in an action"),
    "action_case": QT_TRANSLATE_NOOP("Trash", "Case in an action"),
    "source": QT_TRANSLATE_NOOP("Trash", "Source"),
    "citation": QT_TRANSLATE_NOOP("Trash", "Citation"),
    "organization": QT_TRANSLATE_NOOP("Trash", "Organisation"),
    "tag": QT_TRANSLATE_NOOP("Trash", "Tag"),
    "tagging": QT_TRANSLATE_NOOP("Trash", "Tag on a record"),
}


def kind_label(table: str) -> str:
    label = KIND_LABELS.get(table)
    return QCoreApplication.translate("Trash", label) if label else table


class Column(IntEnum):
    KIND = 0
    LABEL = 1
    DELETED = 2


class TrashModel(RowsModel[TrashRow]):
    """Every TrashRow; ``SORT_ROLE`` gives the raw timestamp so dates sort right."""

    def column_titles(self) -> tuple[str, ...]:
        """In the order of ``Column``."""
        return self.tr("Kind"), self.tr("Record"), self.tr("Deleted")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None:
            return None
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._display(row, Column(index.column()))
            case Qt.ItemDataRole.ToolTipRole:
                return self.tr("uid {uid}").format(uid=row.uid)
            case _ if role == SORT_ROLE:
                if index.column() == Column.DELETED:
                    return row.deleted_at
                return self._display(row, Column(index.column())).casefold()
        return None

    def _with_along(self, label: str, along: int) -> str:
        """A trashed record's name, with how many records went to the trash with it."""
        if not along:
            return label
        return self.tr("{label}, with %n record(s) that went along", "", along).format(
            label=label)

    def _display(self, row: TrashRow, column: Column) -> str:
        if column == Column.KIND:
            return kind_label(row.table)
        if column == Column.LABEL:
            return self._with_along(row.label, row.along)
        return format_timestamp(row.deleted_at)
