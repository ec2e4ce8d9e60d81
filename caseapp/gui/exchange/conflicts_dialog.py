# SPDX-License-Identifier: GPL-3.0-or-later
"""The conflicts of exchanges: each field both sides changed, the two values side by side.

Keep Mine or Take Theirs closes the selected conflict through the core's ``resolve``
command (one undo step); the choice travels to the colleague with the next bundle.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QVBoxLayout

from caseapp.core.bundles import ConflictRow

from caseapp.gui.common.forms import paragraph
from caseapp.gui.common.rows_model import AnyIndex, RowsModel
from caseapp.gui.common.tables import read_only_table
from caseapp.gui.ops import CasebookOp, OpHost, QueryOp


def shown(value: Any) -> str:
    return "—" if value is None or value == "" else str(value)


class ConflictsModel(RowsModel[ConflictRow]):
    """Record, field, this database's value, the colleague's value."""

    def column_titles(self) -> Sequence[str]:
        return (self.tr("Record"), self.tr("Field"), self.tr("Here (mine)"),
                self.tr("In the bundle (theirs)"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        return (row.label, row.field, shown(row.mine), shown(row.theirs))[index.column()]


class ConflictsDialog(QDialog):
    """Attributes: ``model``, ``table``, ``keep_mine`` and ``take_theirs`` buttons."""

    def __init__(self, host: OpHost, parent=None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Exchange Conflicts"))
        self.model = ConflictsModel(self)
        self.table = read_only_table(self, self.model, self.tr("Conflicts"))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.keep_mine = QPushButton(self.tr("Keep &Mine"), self)
        self.take_theirs = QPushButton(self.tr("Take &Theirs"), self)
        self.keep_mine.clicked.connect(lambda _c=False: self.resolve("mine"))
        self.take_theirs.clicked.connect(lambda _c=False: self.resolve("theirs"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.keep_mine)
        row.addWidget(self.take_theirs)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self, self.tr(
            "These fields were changed here and by a colleague since you last exchanged. "
            "Choose which value to keep; the choice reaches the colleague with your next "
            "bundle.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.resize(self.fontMetrics().averageCharWidth() * 110, 420)
        self.reload()

    def reload(self) -> None:
        QueryOp(self.host, lambda book: book.bundles.conflicts(), parent=self).success(
            self._show).run_in_background()

    def _show(self, rows: list[ConflictRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        for button in (self.keep_mine, self.take_theirs):
            button.setEnabled(bool(rows))

    def resolve(self, take: str) -> None:
        row = self.model.row_of(self.table.currentIndex())
        if row is None:
            return
        CasebookOp(self.host, lambda book: book.bundles.resolve(row.uid, row.field, take),
                   parent=self).success(lambda _changes: self.reload()).run_in_background()
