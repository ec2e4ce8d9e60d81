# SPDX-License-Identifier: GPL-3.0-or-later
"""A page of a list query and the list's length, without loading the whole list.

With search words the page and the total come from ONE statement (``COUNT(*) OVER
()``): the full-text match runs once and only its hits are sorted. Without words the
page walks the list's order index and stops after ``limit`` rows, and the total is a
separate count, so neither ever reads every row into Python.
"""

from __future__ import annotations

from typing import Any

from peewee import SQL, fn

from caseapp.domain.views import Page
from caseapp.store.binding import BOUND


def page(select: Any, offset: int, limit: int, *, searched: bool) -> Page:
    """Ids ``offset`` … ``offset + limit - 1`` of the ordered ``select`` and its length."""
    if searched:
        counted = select.select_extend(fn.COUNT(SQL("*")).over())
        rows = list(counted.limit(limit).offset(offset).tuples())
        if rows or offset == 0:
            return Page(tuple(row[0] for row in rows), rows[0][-1] if rows else 0, offset)
    ids = tuple(row[0] for row in select.limit(limit).offset(offset).tuples())
    return Page(ids, count(select), offset)


def count(select: Any) -> int:
    return int(select.order_by().count())


def ids(select: Any) -> list[int]:
    """Every id of the ordered ``select`` (for exports, reports and small lists)."""
    return [row[0] for row in select.tuples()]


def position(select: Any, pk: int) -> int | None:
    """Where record ``pk`` stands in the ordered ``select`` (0-based), or None."""
    ranked = select.select_extend(fn.ROW_NUMBER().over(order_by=select._order_by).alias("rn"))
    sql, params = ranked.sql()
    row = BOUND.execute_sql(f"SELECT rn FROM ({sql}) WHERE id = ?", (*params, pk)).fetchone()
    return int(row[0]) - 1 if row else None
