# SPDX-License-Identifier: GPL-3.0-or-later
"""The table of extracted persons and what the volunteer decides for each.

The model keeps the volunteer's choices (name, role, decision, linked person) beside
the draft's proposals and writes them onto the draft only when the import is applied
(``choices.apply_choices``), so going back to the text and analysing again loses
nothing that was stored. A link the import proposed itself (a close match, also in
another script) is highlighted until the volunteer decides on the row; a surname or
given name alone cannot become a new person until it is completed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from caseapp.gui.articles.labels import (
    DECISIONS,
    LINK,
    NEW,
    REASONS,
    REJECT,
    ROLES,
    choices,
    label,
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
NAME, ROLE, DECISION, CANDIDATE = range(4)
#: Decision column: the (value, label) pairs the decision editor offers for this row.
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 1
#: Any column: the PersonProposal of the row.
PROPOSAL_ROLE = Qt.ItemDataRole.UserRole + 2
REJECTED_COLOR = "#7a7a7a"
#: Background of a row whose proposed link waits for the volunteer's confirmation.
CONFIRM_COLOR = "#fff4ce"
#: The role on the target side: only such persons get charges, custody and sentences.
TARGET_ROLE = "detainee"
#: The dot before each decision: green creates, blue links, grey drops.
DECISION_COLORS = {NEW: "#2e7d32", LINK: "#1565c0", REJECT: "#9e9e9e"}


@dataclass
class Choice:
    """The volunteer's decision on one proposal; ``link_uid`` is set when linking,
    ``confirm`` while a link the import proposed waits to be checked."""

    name: str
    decision: str = NEW
    link_uid: str | None = None
    link_reason: str = ""
    role: str | None = None
    target: bool = False
    confirm: bool = False


class ProposalsModel(QAbstractTableModel):
    """Rows are the draft's PersonProposals; ``choices[row]`` holds the edits.

    The name is editable; the role and the decision are edited through
    ``ChoiceDelegate``; the decision offers "link" only when the importer found
    candidates.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.proposals: list[Any] = []
        self.choices: list[Choice] = []
        self._icons = {key: _dot(color) for key, color in DECISION_COLORS.items()}

    def set_proposals(self, proposals: list[Any]) -> None:
        self.beginResetModel()
        self.proposals = list(proposals)
        self.choices = [Choice(p.name, p.decision, p.link_uid, p.link_reason, p.role,
                               p.target, p.confirm) for p in self.proposals]
        self.endResetModel()

    # -- Qt model API

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.proposals)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Role"), self.tr("Decision"),
                  self.tr("Best match in the database"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (NAME, ROLE, DECISION):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._display(row, column)
            case Qt.ItemDataRole.EditRole:
                return self._edit_value(row, column)
            case Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(row, column)
            case Qt.ItemDataRole.ForegroundRole | Qt.ItemDataRole.BackgroundRole:
                return self._color(row, role)
            case Qt.ItemDataRole.DecorationRole if column == DECISION:
                return self._icons.get(self.choices[row].decision)
            case Qt.ItemDataRole.FontRole if column == NAME:
                return self._name_font(row)
            case _ if role == CHOICES_ROLE:
                return self._choices(row, column)
            case _ if role == PROPOSAL_ROLE:
                return self.proposals[row]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == NAME:
            return self.rename(index.row(), str(value))
        if index.column() == ROLE:
            return self.set_role(index.row(), str(value))
        if index.column() == DECISION:
            return self.set_decision(index.row(), str(value))
        return False

    # -- edits

    def rename(self, row: int, name: str) -> bool:
        """Use ``name`` for the new person or the new alias; blank names are refused."""
        name = " ".join(name.split())
        if not name:
            return False
        self.choices[row].name = name
        self._row_changed(row)
        return True

    def set_role(self, row: int, role: str) -> bool:
        """The person's role; "detainee" puts them on the target side, any other off it."""
        if role not in ROLES:
            return False
        choice = self.choices[row]
        choice.role, choice.target = role, role == TARGET_ROLE
        self._row_changed(row)
        return True

    def set_decision(self, row: int, decision: str, link_uid: str | None = None) -> bool:
        """Decide "new", "reject" or "link" (to ``link_uid``, else the best candidate);
        deciding confirms a proposed link."""
        candidates = self.proposals[row].candidates
        if decision not in dict(self.decision_choices(row)):
            return False
        choice = self.choices[row]
        if decision == LINK:
            uids = [c.uid for c in candidates]
            uid = link_uid or (choice.link_uid if choice.link_uid in uids else uids[0])
            if uid not in uids:
                return False
            choice.link_uid = uid
            choice.link_reason = label(REASONS, self.candidate(row, uid).reason)
        else:
            choice.link_uid, choice.link_reason = None, ""
        choice.decision, choice.confirm = decision, False
        self._row_changed(row)
        return True

    def decision_choices(self, row: int) -> list[tuple[str, str]]:
        values = [NEW, LINK, REJECT] if self.proposals[row].candidates else [NEW, REJECT]
        if self.is_partial(row):
            values.remove(NEW)
        return [(value, label(DECISIONS, value)) for value in values]

    def is_partial(self, row: int) -> bool:
        """The name is still a surname or given name alone (never a new person's name)."""
        proposal = self.proposals[row]
        return bool(getattr(proposal, "partial_name", False)) and (
            self.choices[row].name == proposal.name)

    def to_confirm(self) -> int:
        """How many proposed links wait for the volunteer's check."""
        return sum(choice.confirm for choice in self.choices)

    def candidate(self, row: int, uid: str | None) -> Any:
        return next((c for c in self.proposals[row].candidates if c.uid == uid), None)

    def counts(self) -> dict[str, int]:
        """How many rows have each decision."""
        result = {NEW: 0, LINK: 0, REJECT: 0}
        for choice in self.choices:
            result[choice.decision] = result.get(choice.decision, 0) + 1
        return result

    # -- cells

    def _color(self, row: int, role: int) -> QColor | None:
        """Grey text for a rejected row, a yellow ground for a link to confirm."""
        choice = self.choices[row]
        if role == Qt.ItemDataRole.ForegroundRole and choice.decision == REJECT:
            return QColor(REJECTED_COLOR)
        if role == Qt.ItemDataRole.BackgroundRole and choice.confirm:
            return QColor(CONFIRM_COLOR)
        return None

    def _choices(self, row: int, column: int) -> list[tuple[str, str]] | None:
        """What the drop-down of a role or decision cell offers."""
        if column == DECISION:
            return self.decision_choices(row)
        return choices(ROLES) if column == ROLE else None

    def _display(self, row: int, column: int) -> str:
        proposal, choice = self.proposals[row], self.choices[row]
        if column == NAME:
            return choice.name
        if column == ROLE:
            return label(ROLES, choice.role) or "—"
        if column == DECISION and choice.confirm:
            return self.tr("{decision} (check)").format(decision=label(DECISIONS, choice.decision))
        if column == DECISION:
            return label(DECISIONS, choice.decision)
        shown = self.candidate(row, choice.link_uid) if choice.decision == LINK else None
        shown = shown or (proposal.candidates[0] if proposal.candidates else None)
        if shown is None:
            return self.tr("no match")
        return self.tr("{name} · {score} · {reason}").format(
            name=shown.display_name, score=round(shown.score), reason=label(REASONS, shown.reason))

    def _edit_value(self, row: int, column: int) -> Any:
        if column == NAME:
            return self.choices[row].name
        if column == ROLE:
            return self.choices[row].role
        if column == DECISION:
            return self.choices[row].decision
        return self._display(row, column)

    def _tooltip(self, row: int, column: int) -> str | None:
        proposal, choice = self.proposals[row], self.choices[row]
        if column == NAME and self.is_partial(row):
            return self.tr("Only a surname or a given name: correct it to the full name to "
                           "create the person, or link it to a person in the database")
        if column == NAME and choice.name != proposal.name:
            return self.tr("Found in the article as: {name}").format(name=proposal.name)
        if column == NAME:
            return self.tr("Mentions in the article: {count}").format(
                count=len(proposal.mentions))
        if column == ROLE:
            return (self.tr("Detainees get the charges, detentions and sentences the article "
                            "tells; other roles get none") if choice.target else
                    self.tr("Not on the side of the detained: no charge, detention or sentence "
                            "is stored for this person"))
        if choice.confirm:
            return self.tr("A close match in the database is proposed: select the row to "
                           "compare, then confirm the link or change the decision")
        if column == CANDIDATE and proposal.candidates:
            return self.tr("Possible matches: {count}; select the row to compare them").format(
                count=len(proposal.candidates))
        return None

    def _name_font(self, row: int) -> QFont | None:
        choice = self.choices[row]
        if choice.decision == REJECT:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if choice.name != self.proposals[row].name:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


def _dot(color: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)
