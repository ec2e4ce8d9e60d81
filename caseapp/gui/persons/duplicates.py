# SPDX-License-Identifier: GPL-3.0-or-later
""""Is this someone already here?" before a new person is saved.

A volunteer entering a name from a Russian report may not know that a colleague
entered the same person from a Kazakh one. Before a new person is saved, the stored
persons with the same name or alias in any script are shown with what tells them
apart (other names, birth date, status, facility), and the volunteer chooses: open
the one that is there, save the new one anyway, or go back to the form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.views import PossibleDuplicate

from caseapp.gui.persons.status_style import status_label

OPEN, SAVE_ANYWAY, BACK = "open", "save anyway", "back"


class DuplicatesDialog(QDialog):
    """The candidates in a table; ``choice`` is OPEN (with ``chosen_id``), SAVE_ANYWAY
    or BACK."""

    def __init__(self, found: list[PossibleDuplicate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DuplicatesDialog")
        self.setWindowTitle(self.tr("Already Here?"))
        self.found = found
        self.choice = BACK
        self.chosen_id: int | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("%n person(s) with the same name are already in the database. "
                               "Open the one you mean, or save a new person anyway.", "",
                               len(found)), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = self._table()
        layout.addWidget(self.table)
        layout.addWidget(self._buttons())
        self.resize(self.fontMetrics().averageCharWidth() * 110,
                    self.fontMetrics().lineSpacing() * (10 + 2 * min(len(found), 8)))

    def _table(self) -> QTableWidget:
        headers = [self.tr("Name"), self.tr("Same as"), self.tr("Born"), self.tr("Status"),
                   self.tr("Facility")]
        table = QTableWidget(len(self.found), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        for row, item in enumerate(self.found):
            for column, text in enumerate(self._cells(item)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.selectRow(0)
        table.doubleClicked.connect(lambda _index: self._finish(OPEN))
        return table

    def _cells(self, item: PossibleDuplicate) -> list[str]:
        return [item.row.display_name, ", ".join(item.names), item.birth_date,
                status_label(item.row.status), item.row.facility]

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.open_button = QPushButton(self.tr("&Open Existing"), self)
        self.save_button = QPushButton(self.tr("&Save New Person Anyway"), self)
        back = box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        box.addButton(self.save_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(lambda: self._finish(OPEN))
        self.save_button.clicked.connect(lambda: self._finish(SAVE_ANYWAY))
        back.clicked.connect(self.reject)
        back.setText(self.tr("Back to the Form"))
        return box

    def _finish(self, choice: str) -> None:
        self.choice = choice
        if choice == OPEN:
            row = max(self.table.currentRow(), 0)
            self.chosen_id = self.found[row].row.id
        self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: ANN001 - QKeyEvent
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
