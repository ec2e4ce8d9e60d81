# SPDX-License-Identifier: GPL-3.0-or-later
"""Ordering a list query by the column the volunteer clicked, with the id as tiebreak."""

from __future__ import annotations

from typing import Any


def sorted_by(query: Any, columns: dict[str, Any], sort: str, descending: bool,
              model: Any) -> Any:
    """``query`` ordered by ``columns[sort]`` (the first column when unknown), then id."""
    column = columns.get(sort) or next(iter(columns.values()))
    return query.order_by(column.desc() if descending else column, model.id)
