# SPDX-License-Identifier: GPL-3.0-or-later
"""The read-only record tables of the window look and behave the same everywhere.

Rows are selected whole, one at a time; nothing is edited in place; Tab leaves the
table instead of walking its cells; rows are a little taller than the text.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def read_only_table(parent: QWidget, model: QAbstractItemModel, name: str, *,
                    row_height: float = 1.7) -> QTableView:
    """A table of ``model`` named ``name`` for screen readers; ``row_height`` is in
    multiples of the font's height."""
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(int(table.fontMetrics().height() * row_height))
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return table
