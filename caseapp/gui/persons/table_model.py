# SPDX-License-Identifier: GPL-3.0-or-later
"""The person list as a lazy table model (Anki's browser DataModel).

The model holds only the ids a query returned, in list order. Display rows are
fetched from the core a page at a time, the first time a view asks for one of
them, and kept until the cache is marked stale. Sorting and filtering happen in
SQL: ``sort()`` and ``set_query()`` re-run the id query rather than reordering rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from caseapp.domain.changes import Changes
from caseapp.domain.views import PersonRow

from caseapp.gui.common.formatting import format_timestamp
from caseapp.gui.common.id_diff import missing_ranges
from caseapp.gui.persons.status_style import StatusIcons, status_label

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UID_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

PAGE_SIZE = 100
CACHE_LIMIT = 5000

#: Tables whose changes can alter which persons are listed or what a row shows.
LIST_TABLES = ("person", "person_name", "charge", "code_article", "detention", "facility",
               "tagging", "tag")

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class Column(IntEnum):
    NAME = 0
    STATUS = 1
    FACILITY = 2
    ARTICLES = 3
    UPDATED = 4


#: The columns the core can sort by, with its sort key.
SORT_KEYS: dict[Column, str] = {Column.NAME: "name", Column.STATUS: "status",
                                Column.UPDATED: "updated"}


@dataclass(frozen=True)
class PersonQuery:
    """What the list shows: search text, status filter and SQL sort order."""

    text: str = ""
    status: str | None = None
    sort: str = "name"
    descending: bool = False


RowFetcher = Callable[[list[int]], list[PersonRow]]
IdLoader = Callable[[PersonQuery, Callable[[list[int]], None]], None]


class PersonTableModel(QAbstractTableModel):
    """Ids of the listed persons plus a cache of their display rows.

    ``fetch_rows(ids)`` returns PersonRows for a page of ids (called in ``data()``,
    so it must be quick); ``load_ids(query, deliver)`` runs the id query, perhaps in
    the background, and calls ``deliver(ids)`` on the main thread. Answers that
    arrive after a newer query was started are dropped (``_generation``).
    ``ids_loaded`` fires whenever a query's ids have been applied.
    """

    ids_loaded = Signal()

    def __init__(self, fetch_rows: RowFetcher, load_ids: IdLoader,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._load_ids = load_ids
        self._query = PersonQuery()
        self._ids: list[int] = []
        self._rows: dict[int, PersonRow | None] = {}
        self._generation = 0
        self._icons = StatusIcons()

    # -- queries

    @property
    def query(self) -> PersonQuery:
        return self._query

    def set_query(self, query: PersonQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Re-run the id query; rows already cached stay until marked stale."""
        self._generation += 1
        generation = self._generation
        self._load_ids(self._query, lambda ids: self._apply_ids(generation, ids))

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*LIST_TABLES):
            self.mark_cache_stale()
            self.reload()

    def mark_cache_stale(self) -> None:
        """Forget every fetched row; views re-read the rows they show."""
        self._rows.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(Column) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def clear(self) -> None:
        """Show nothing (while another database is being opened)."""
        self._generation += 1
        self.beginResetModel()
        self._ids, self._rows = [], {}
        self.endResetModel()

    # -- lookup helpers for views

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, person_id: int) -> int | None:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return None

    def ids(self) -> Sequence[int]:
        return tuple(self._ids)

    # -- Qt model interface

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ROW_ID_ROLE:
            return self._ids[index.row()]
        row = self._row(index.row())
        return None if row is None else self._value(row, Column(index.column()), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(Column(section))
        if role == Qt.ItemDataRole.ToolTipRole and Column(section) not in SORT_KEYS:
            return self.tr("This column cannot be sorted")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; columns the core cannot sort by are ignored."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=descending))

    # -- internals

    def _header(self, column: Column) -> str:
        match column:
            case Column.NAME:
                return self.tr("Name")
            case Column.STATUS:
                return self.tr("Status")
            case Column.FACILITY:
                return self.tr("Held at")
            case Column.ARTICLES:
                return self.tr("Articles")
            case Column.UPDATED:
                return self.tr("Updated")

    def _value(self, row: PersonRow, column: Column, role: int) -> Any:
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._display(row, column)
            case Qt.ItemDataRole.ToolTipRole:
                return self._display(row, column) or None
            case Qt.ItemDataRole.DecorationRole:
                return self._icons.icon(row.status) if column == Column.STATUS else None
        return {UID_ROLE: row.uid, STATUS_ROLE: row.status}.get(role)

    @staticmethod
    def _display(row: PersonRow, column: Column) -> str:
        match column:
            case Column.NAME:
                return row.display_name
            case Column.STATUS:
                return status_label(row.status)
            case Column.FACILITY:
                return row.facility
            case Column.ARTICLES:
                return row.articles
            case Column.UPDATED:
                return format_timestamp(row.updated_at)

    def _row(self, position: int) -> PersonRow | None:
        pk = self._ids[position]
        if pk not in self._rows:
            self._fetch_page(position)
        return self._rows.get(pk)

    def _fetch_page(self, position: int) -> None:
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()
        start = position - position % PAGE_SIZE
        page = self._ids[start:start + PAGE_SIZE]
        fetched = {row.id: row for row in self._fetch_rows(page)}
        for pk in page:
            self._rows[pk] = fetched.get(pk)

    def _apply_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return
        if ids != self._ids:
            self._replace_ids(ids)
        self.ids_loaded.emit()

    def _replace_ids(self, new: list[int]) -> None:
        removed = missing_ranges(self._ids, new) if len(new) < len(self._ids) else None
        added = missing_ranges(new, self._ids) if len(new) > len(self._ids) else None
        if removed is not None:
            self._remove_ranges(removed)
        elif added is not None:
            self._insert_ranges(new, added)
        else:
            self.beginResetModel()
            self._ids = list(new)
            self.endResetModel()

    def _remove_ranges(self, ranges: list[tuple[int, int]]) -> None:
        for first, last in reversed(ranges):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._ids[first:last + 1]
            self.endRemoveRows()

    def _insert_ranges(self, new: list[int], ranges: list[tuple[int, int]]) -> None:
        for first, last in ranges:
            self.beginInsertRows(QModelIndex(), first, last)
            self._ids[first:first] = new[first:last + 1]
            self.endInsertRows()
