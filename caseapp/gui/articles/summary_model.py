# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists of what else the article yields: dates, places and organisations.

One small table model serves all four; ``rows_for_*`` turn the extraction into
display rows, each with the spans to highlight when the row is selected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from caseapp.gui.articles.labels import (
    ENTITY_KINDS,
    PRECISIONS,
    label,
)
from caseapp.gui.common.formatting import format_partial

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
#: Any column: the row's spans (start, end) in the article text.
SPANS_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class SummaryRow:
    cells: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    tooltip: str = ""


class SummaryModel(QAbstractTableModel):
    """A fixed list of display rows under translated ``headers``."""

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        self.rows: list[SummaryRow] = []

    def set_rows(self, rows: Sequence[SummaryRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.headers[section] if 0 <= section < len(self.headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return row.cells[index.column()]
            case Qt.ItemDataRole.ToolTipRole:
                return row.tooltip or None
            case _ if role == SPANS_ROLE:
                return row.spans
        return None


class PlacesModel(SummaryModel):
    """The places found, whose names the volunteer may correct (double-click): a new
    name goes onto every event at that place (``renamed(old, new)``)."""

    renamed = Signal(str, str)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return self.rows[index.row()].cells[0]
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        old, new = row.cells[0], " ".join(str(value).split())
        if not new or new == old:
            return False
        self.rows[index.row()] = replace(row, cells=(new, *row.cells[1:]))
        self.dataChanged.emit(index, index)
        self.renamed.emit(old, new)
        return True


def date_headers() -> list[str]:
    return [translate("ArticleSummary", "As written"),
            translate("ArticleSummary", "Date"),
            translate("ArticleSummary", "Precision")]


def rows_for_dates(dates: Sequence[Any]) -> list[SummaryRow]:
    rows = []
    for item in dates:
        value = format_partial(item.value)
        if item.relative:
            value = translate("ArticleSummary",
                              "{date} (counted from the publication date)").format(date=value)
        rows.append(SummaryRow((item.text, value, label(PRECISIONS, item.precision)),
                               ((item.start, item.end),)))
    return rows


def entity_headers() -> list[str]:
    return [translate("ArticleSummary", "Name"),
            translate("ArticleSummary", "Kind"),
            translate("ArticleSummary", "Mentions")]


def rows_for_entities(entities: Sequence[Any]) -> list[SummaryRow]:
    return [SummaryRow((entity.name, label(ENTITY_KINDS, entity.kind), str(len(entity.mentions))),
                       tuple((m.start, m.end) for m in entity.mentions),
                       ", ".join(dict.fromkeys(m.text for m in entity.mentions)))
            for entity in entities]
