# SPDX-License-Identifier: GPL-3.0-or-later
"""A lazy table model for any record list (Anki's browser DataModel, generalised).

The model never holds the whole list. A query first brings, in the background, the
list's length and its first page of ids; further pages of ids are read from the
core when a view scrolls to them, and display rows a page at a time when a view
shows them. Sorting and filtering happen in SQL: ``sort()`` and ``set_query()``
re-run the query. Feature models subclass it and say which columns they have
(``headers()``) and how a row is shown (``display()``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from caseapp.domain.changes import Changes
from caseapp.domain.errors import Damaged
from caseapp.domain.views import Page

ROW_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UID_ROLE = Qt.ItemDataRole.UserRole + 2

#: Ids and rows are read this many at a time.
PAGE_SIZE = 100
#: Cached rows and id pages are dropped beyond these many.
CACHE_LIMIT = 5000
ID_PAGE_LIMIT = 200

AnyIndex = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()


class SortedQuery(Protocol):
    """What the model needs of a list's query (domain/queries.py): a dataclass with a sort
    key and a direction, which ``sort()`` replaces."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def sort(self) -> str: ...

    @property
    def descending(self) -> bool: ...


R = TypeVar("R")
Q = TypeVar("Q", bound=SortedQuery)


class ListSource(Protocol):
    """Where a list model reads from (gui/common/list_source.py binds it to the core).

    ``load_first`` may answer later (from the database worker) through ``deliver``;
    the other three answer at once and must be quick (they run inside ``data()``).
    """

    def load_first(self, query: Any, limit: int, deliver: Callable[[Page], None]) -> None: ...

    def page(self, query: Any, offset: int, limit: int) -> Page: ...

    def position(self, query: Any, record_id: int) -> int | None: ...

    def rows(self, ids: list[int]) -> list[Any]: ...


class LazyTableModel(QAbstractTableModel, Generic[R, Q]):
    """The list's length, the pages of ids read so far, and a cache of display rows.

    Answers to a query overtaken by a newer one are dropped (``_generation``).
    Subclasses set ``TABLES`` (tables whose changes refresh the list), ``SORT_KEYS``
    (column → core sort key) and implement ``headers()`` and ``display()``.
    """

    ids_loaded = Signal()
    #: rows of a page could not be read (a damaged file); the message names the file
    unreadable = Signal(str)
    TABLES: tuple[str, ...] = ()
    SORT_KEYS: dict[int, str] = {}

    def __init__(self, source: ListSource, query: Q, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._query = query
        self._total = 0
        self._id_pages: dict[int, tuple[int, ...]] = {}
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
        """Re-read the list's length and first page; the rest is read when shown."""
        self._generation += 1
        generation = self._generation
        self._source.load_first(self._query, PAGE_SIZE,
                                lambda page: self._apply_first(generation, page))

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*self.TABLES):
            self.mark_cache_stale()
            self.reload()

    def mark_cache_stale(self) -> None:
        """Forget every fetched row; views re-read the rows they show."""
        self._rows.clear()
        if self._total:
            last = self.index(self._total - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def clear(self) -> None:
        """Show nothing (while another database is being opened)."""
        self._generation += 1
        self.beginResetModel()
        self._total, self._id_pages, self._rows = 0, {}, {}
        self.endResetModel()

    # -- lookup helpers for views

    def id_at(self, row: int) -> int | None:
        if not 0 <= row < self._total:
            return None
        ids = self._ids_of_page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return ids[offset] if offset < len(ids) else None

    def row_of(self, record_id: int) -> int | None:
        """Where a record is listed: found in the pages read, else asked of the core."""
        for number, ids in self._id_pages.items():
            if record_id in ids:
                return number * PAGE_SIZE + ids.index(record_id)
        found = self._source.position(self._query, record_id)
        return found if found is not None and found < self._total else None

    def loaded_ids(self) -> tuple[int, ...]:
        """The ids of the pages read so far, in list order (all of a short list)."""
        return tuple(pk for number in sorted(self._id_pages) for pk in self._id_pages[number])

    def row_at(self, position: int) -> R | None:
        return self._row(position) if 0 <= position < self._total else None

    # -- Qt model interface

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: AnyIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._total:
            return None
        if role == ROW_ID_ROLE:
            return self.id_at(index.row())
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
        if (key, descending) != (self._query.sort, self._query.descending):
            self.set_query(replace(self._query, sort=key, descending=descending))

    # -- internals

    def _value(self, row: R, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self.display(row, column)
            return text if role == Qt.ItemDataRole.DisplayRole else (text or None)
        if role == UID_ROLE:
            return getattr(row, "uid", None)
        return self.extra_data(row, column, role)

    def _ids_of_page(self, number: int) -> tuple[int, ...]:
        if number not in self._id_pages:
            if len(self._id_pages) > ID_PAGE_LIMIT:
                self._id_pages = {0: self._id_pages[0]} if 0 in self._id_pages else {}
            page = self._source.page(self._query, number * PAGE_SIZE, PAGE_SIZE)
            self._id_pages[number] = page.ids
        return self._id_pages[number]

    def _row(self, position: int) -> R | None:
        pk = self.id_at(position)
        if pk is None:
            return None
        if pk not in self._rows:
            self._fetch_rows(position // PAGE_SIZE)
        return self._rows.get(pk)

    def _fetch_rows(self, number: int) -> None:
        if len(self._rows) > CACHE_LIMIT:
            self._rows.clear()
        ids = list(self._ids_of_page(number))
        try:
            fetched = {row.id: row for row in self._source.rows(ids)}
        except Damaged as exc:
            # Reads of a damaged file fail where its broken pages are; the window has
            # said it is damaged and offers a backup, so those rows just stay empty.
            fetched = {}
            self.unreadable.emit(str(exc))
        for pk in ids:
            self._rows[pk] = fetched.get(pk)

    def _apply_first(self, generation: int, page: Page) -> None:
        if generation != self._generation:
            return
        if page.total == self._total and page.ids == self._id_pages.get(0):
            self._id_pages, self._rows = {0: page.ids}, {}
            if self._total:
                last = self.index(self._total - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.beginResetModel()
            self._total, self._id_pages, self._rows = page.total, {0: page.ids}, {}
            self.endResetModel()
        self.ids_loaded.emit()
