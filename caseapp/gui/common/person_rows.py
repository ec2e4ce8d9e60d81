# SPDX-License-Identifier: GPL-3.0-or-later
"""A short list of persons shown as "name — status, facility" (pickers, report chooser)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from caseapp.domain.views import PersonRow

from caseapp.gui.common.rows_model import AnyIndex, RowsModel
from caseapp.gui.persons.status_style import status_label

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2



def describe(row: PersonRow) -> str:
    facts = ", ".join(filter(None, (status_label(row.status), row.facility)))
    return f"{row.display_name} — {facts}" if facts else row.display_name


class PersonRowsModel(RowsModel[PersonRow]):
    """A few PersonRows; the tooltip shows the articles, the roles give id and name."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None:
            return None
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return describe(row)
            case Qt.ItemDataRole.ToolTipRole:
                return row.articles or None
            case _ if role == PERSON_ID_ROLE:
                return row.id
            case _ if role == NAME_ROLE:
                return row.display_name
        return None
