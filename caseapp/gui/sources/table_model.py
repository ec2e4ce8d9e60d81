# SPDX-License-Identifier: GPL-3.0-or-later
"""The source list as a lazy table model, and the small model of one source's citations.

Sources can be many (every pasted article is one), so their list is lazy like the
others. A source's citations are few and come in one read, so ``CitationModel``
simply holds them.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from caseapp.domain.queries import SourceQuery
from caseapp.domain.views import CitationRow, SourceRow

from caseapp.gui.common.formatting import format_partial
from caseapp.gui.common.lazy_model import (
    ROW_ID_ROLE,
    AnyIndex,
    LazyTableModel,
    ListSource,
)
from caseapp.gui.common.rows_model import RowsModel

#: Tables whose changes can alter which sources are listed or what a row shows.
LIST_TABLES = ("source", "citation")


class Column(IntEnum):
    PUBLISHED = 0
    TITLE = 1
    PUBLISHER = 2
    LANGUAGE = 3
    CITATIONS = 4


#: The columns the core can sort by, with its sort key.
SORT_KEYS: dict[int, str] = {Column.PUBLISHED: "published", Column.TITLE: "title",
                             Column.PUBLISHER: "publisher"}


class SourceTableModel(LazyTableModel[SourceRow, SourceQuery]):
    """Ids of the listed sources plus a cache of their display rows."""

    TABLES = LIST_TABLES
    SORT_KEYS = SORT_KEYS

    def __init__(self, source: ListSource, parent: QObject | None = None) -> None:
        super().__init__(source, SourceQuery(), parent)

    def headers(self) -> list[str]:
        return [self.tr("Published"), self.tr("Title"), self.tr("Publisher"),
                self.tr("Language"), self.tr("Citations")]

    def display(self, row: SourceRow, column: int) -> str:
        match column:
            case Column.PUBLISHED:
                return format_partial(row.published)
            case Column.TITLE:
                return row.title or row.url
            case Column.PUBLISHER:
                return row.publisher
            case Column.LANGUAGE:
                return row.language
            case Column.CITATIONS:
                return str(row.citations) if row.citations else ""
        return ""


class CitationModel(RowsModel[CitationRow]):
    """The citations of the shown source: which record, of what kind, and the quote."""

    def column_titles(self) -> tuple[str, ...]:
        return self.tr("Record"), self.tr("Kind"), self.tr("Quote")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        citation = self.row_of(index)
        if citation is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (citation.target_label, self.kind_label(citation.target_table),
                    " ".join(citation.quote.split()))[index.column()]
        return citation.id if role == ROW_ID_ROLE else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def kind_label(self, table: str) -> str:
        labels = {"person": self.tr("person"), "case_file": self.tr("case"),
                  "hearing": self.tr("hearing"), "detention": self.tr("detention"),
                  "sentence": self.tr("sentence"), "action": self.tr("action"),
                  "charge": self.tr("charge"), "facility": self.tr("facility")}
        return labels.get(table, table)

