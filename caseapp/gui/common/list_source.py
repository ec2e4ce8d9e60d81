# SPDX-License-Identifier: GPL-3.0-or-later
"""A list model's source of ids and rows: one of the Casebook's list managers.

The first page and the list's length come from the database worker (they run the
search); later pages, a record's position and display rows are read at once on the
main thread, which has its own connection, when a view scrolls to them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from caseapp.core.casebook import Casebook
from caseapp.core.listing import ListManager
from caseapp.domain.views import Page

from caseapp.gui.ops import OpHost, QueryOp


class ManagerSource:
    """Reads a list through ``listing(book)`` (e.g. ``lambda book: book.persons``)."""

    def __init__(self, host: OpHost, listing: Callable[[Casebook], ListManager[Any]],
                 parent: QWidget | None = None) -> None:
        self._host = host
        self._listing = listing
        self._parent = parent

    def load_first(self, query: Any, limit: int, deliver: Callable[[Page], None]) -> None:
        listing = self._listing
        QueryOp(self._host, lambda book: listing(book).page(query, 0, limit),
                parent=self._parent).success(deliver).run_in_background()

    def page(self, query: Any, offset: int, limit: int) -> Page:
        return self._manager().page(query, offset, limit)

    def position(self, query: Any, record_id: int) -> int | None:
        return self._manager().position(query, record_id)

    def rows(self, ids: list[int]) -> list[Any]:
        return self._manager().rows(ids)

    def _manager(self) -> ListManager[Any]:
        return self._listing(self._host.casebook)
