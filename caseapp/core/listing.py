# SPDX-License-Identifier: GPL-3.0-or-later
"""The read side every record list shares: ids, a page with the total, a record's place.

A list manager says how a query becomes a SELECT (``_select``) and what its rows
look like (``rows``); this base gives it ``ids``, ``page`` and ``position``, all
sorted and filtered in SQL (see store.paging).
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from caseapp.core.manager import Manager
from caseapp.domain import names
from caseapp.domain.views import Page
from caseapp.store import paging

Q = TypeVar("Q")

#: Rows in the first screenful of a list.
FIRST_PAGE = 50


class ListManager(Manager, Generic[Q]):
    """A manager with a record list; ``QUERY`` is its query class (domain.queries)."""

    QUERY: type

    def _select(self, query: Q) -> Any:
        raise NotImplementedError

    def rows(self, ids: list[int]) -> list[Any]:
        """Display rows for ``ids``, in the same order."""
        raise NotImplementedError

    def ids(self, query: Q | None = None, **filters: Any) -> list[int]:
        """Every id in list order; pass a query, or its fields as keywords."""
        return paging.ids(self._select(query or self.QUERY(**filters)))

    def page(self, query: Q, offset: int = 0, limit: int = FIRST_PAGE) -> Page:
        """Ids ``offset`` … ``offset + limit - 1`` in list order, and the list's length."""
        searched = bool(names.words(getattr(query, "text", "")))
        return paging.page(self._select(query), offset, limit, searched=searched)

    def position(self, query: Q, record_id: int) -> int | None:
        """Where a record stands in the list (0-based), or None when it is not listed."""
        return paging.position(self._select(query), record_id)
