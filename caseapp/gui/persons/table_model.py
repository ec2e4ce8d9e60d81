# SPDX-License-Identifier: GPL-3.0-or-later
"""The person list as a lazy table model (see gui/common/lazy_model.py).

Only the ids a query returned are held; display rows are fetched a page at a time.
Sorting and filtering happen in SQL through the core.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QObject, Qt

from caseapp.domain.queries import PersonQuery
from caseapp.domain.views import PersonRow

from caseapp.gui.common.formatting import format_timestamp
from caseapp.gui.common.lazy_model import (
    CACHE_LIMIT,
    PAGE_SIZE,
    ROW_ID_ROLE,
    UID_ROLE,
    LazyTableModel,
    ListSource,
)
from caseapp.gui.persons.status_style import StatusIcons, status_label

__all__ = ["CACHE_LIMIT", "PAGE_SIZE", "ROW_ID_ROLE", "UID_ROLE", "STATUS_ROLE", "Column",
           "PersonQuery", "PersonTableModel", "SORT_KEYS", "LIST_TABLES"]

STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

#: Tables whose changes can alter which persons are listed or what a row shows.
LIST_TABLES = ("person", "person_name", "charge", "code_article", "detention", "facility",
               "tagging", "tag")


class Column(IntEnum):
    NAME = 0
    STATUS = 1
    FACILITY = 2
    ARTICLES = 3
    UPDATED = 4


#: The columns the core can sort by, with its sort key.
SORT_KEYS: dict[int, str] = {Column.NAME: "name", Column.STATUS: "status",
                             Column.UPDATED: "updated"}




class PersonTableModel(LazyTableModel[PersonRow, PersonQuery]):
    """Ids of the listed persons plus a cache of their rows; status shown with an icon."""

    TABLES = LIST_TABLES
    SORT_KEYS = SORT_KEYS

    def __init__(self, source: ListSource, parent: QObject | None = None) -> None:
        super().__init__(source, PersonQuery(), parent)
        self._icons = StatusIcons()

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Status"), self.tr("Held at"), self.tr("Articles"),
                self.tr("Updated")]

    def display(self, row: PersonRow, column: int) -> str:
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
        return ""

    def extra_data(self, row: PersonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == Column.STATUS:
            return self._icons.icon(row.status)
        return row.status if role == STATUS_ROLE else None
