# SPDX-License-Identifier: GPL-3.0-or-later
"""The ranked candidates for the selected person: who in the database this may be."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from caseapp.gui.articles.labels import REASONS, label

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
NAME, SCORE, REASON = range(3)
#: Any column: the candidate's uid.
UID_ROLE = Qt.ItemDataRole.UserRole + 1


class CandidatesModel(QAbstractTableModel):
    """Rows are Candidate(uid, display_name, score, reason), best first.

    ``linked_uid`` is the candidate the proposal is linked to now; its row is bold.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.candidates: list[Any] = []
        self.linked_uid: str | None = None

    def set_candidates(self, candidates: list[Any], linked_uid: str | None) -> None:
        self.beginResetModel()
        self.candidates = list(candidates)
        self.linked_uid = linked_uid
        self.endResetModel()

    def set_linked(self, linked_uid: str | None) -> None:
        self.linked_uid = linked_uid
        if self.candidates:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.candidates) - 1, REASON))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.candidates)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Person"), self.tr("Score"), self.tr("Why"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        candidate = self.candidates[index.row()]
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._display(candidate, index.column())
            case Qt.ItemDataRole.TextAlignmentRole if index.column() == SCORE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            case Qt.ItemDataRole.FontRole if candidate.uid == self.linked_uid:
                font = QFont()
                font.setBold(True)
                return font
            case Qt.ItemDataRole.ToolTipRole if candidate.uid == self.linked_uid:
                return self.tr("The person is linked to this record")
            case _ if role == UID_ROLE:
                return candidate.uid
        return None

    def _display(self, candidate: Any, column: int) -> str:
        if column == NAME:
            linked = candidate.uid == self.linked_uid
            return f"✓ {candidate.display_name}" if linked else candidate.display_name
        if column == SCORE:
            return str(round(candidate.score))
        return label(REASONS, candidate.reason)
