# SPDX-License-Identifier: GPL-3.0-or-later
"""A lazy table model for any record list (Anki's browser DataModel, generalised).

The model holds only the ids a query returned, in list order. Display rows come
from the core a page at a time, the first time a view asks for one, and stay cached
until marked stale. Sorting and filtering happen in SQL: ``sort()`` and
``set_query()`` re-run the id query. Feature models subclass it and say which
columns they have (``columns()``) and how a row is shown (``display()``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal,
)

from caseapp.domain.changes import Changes

from caseapp.gui.common.id_diff import missing_ranges

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UID_ROLE = Qt.ItemDataRole.UserRole + 2

PAGE_SIZE = 100
CACHE_LIMIT = 5000

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
R = TypeVar("R")
Q = TypeVar("Q")


RowFetcher = Callable[[list[int]], list[Any]]
IdLoader = Callable[[Any, Callable[[list[int]], None]], None]


class LazyTableModel(QAbstractTableModel, Generic[R, Q]):
    """Ids of the listed records plus a cache of their display rows.

    ``fetch_rows(ids)`` returns rows (objects with ``id`` and ``uid``) for a page of
    ids; it runs in ``data()``, so it must be quick. ``load_ids(query, deliver)``
    runs the id query, perhaps in the background, and calls ``deliver(ids)`` on the
    main thread; answers overtaken by a newer query are dropped (``_generation``).
    Subclasses set ``TABLES`` (tables whose changes refresh the list), ``SORT_KEYS``
    (column → core sort key) and implement ``headers()`` and ``display()``.
    """

    ids_loaded = Signal()
    TABLES: tuple[str, ...] = ()
    SORT_KEYS: dict[int, str] = {}

    def __init__(self, fetch_rows: RowFetcher, load_ids: IdLoader, query: Q,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._load_ids = load_ids
        self._query = query
        self._ids: list[int] = []
        self._rows: dict[int, R | None] = {}
        self._generation = 0

    # -- what subclasses provide

    def headers(self) -> list[str]:
        raise NotImplementedError

    def display(self, row: R, column: int) -> str:
        raise NotImplementedError

    def extra_data(self, row: R, column: int, role: int) -> Any:
        """Roles beyond display, tooltip, id and uid (icons, colours); None by default."""
        return None

    # -- queries

    @property
    def query(self) -> Q:
        return self._query

    def set_query(self, query: Q) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Re-run the id query; rows already cached stay until marked stale."""
        self._generation += 1
        generation = self._generation
        self._load_ids(self._query, lambda ids: self._apply_ids(generation, ids))

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.TABLES):
            self.mark_cache_stale()
            self.reload()

    def mark_cache_stale(self) -> None:
        """Forget every fetched row; views re-read the rows they show."""
        self._rows.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, self.columnCount() - 1)
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

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def ids(self) -> Sequence[int]:
        return tuple(self._ids)

    def row_at(self, position: int) -> R | None:
        return self._row(position) if 0 <= position < len(self._ids) else None

    # -- Qt model interface

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

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
        return None if row is None else self._value(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        headers = self.headers()
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section not in self.SORT_KEYS:
            return self.tr("This column cannot be sorted")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL; columns the core cannot sort by are ignored."""
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        current = (getattr(self._query, "sort", None), getattr(self._query, "descending", None))
        if (key, descending) != current:
            self.set_query(replace(self._query, sort=key, descending=descending))

    # -- internals

    def _value(self, row: R, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.display(row, column)
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == UID_ROLE:
            return getattr(row, "uid", None)
        return self.extra_data(row, column, role)

    def _row(self, position: int) -> R | None:
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
