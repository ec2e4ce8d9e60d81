# SPDX-License-Identifier: GPL-3.0-or-later
"""The Cases page: the case list on the left, the selected case's details on the right.

Above the list, New and Edit open the case editor (Enter or a double-click on a case
edits it too), Write Letter a letter about the case's defendant.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from caseapp.domain import records

from caseapp.gui.cases.detail_pane import CaseDetailPane
from caseapp.gui.cases.edit_dialog import CaseDialog
from caseapp.gui.cases.list_view import CaseListView
from caseapp.gui.common.list_detail_page import ListDetailPage
from caseapp.gui.common.page import PageHost
from caseapp.gui.letters.letter_dialog import LetterDialog


class CasesPage(ListDetailPage):
    """A ``Page`` (gui/common/page.py): ``list_view``, ``detail``, ``new_button`` and
    ``edit_button``."""

    RECORD = records.Case
    list_view: CaseListView
    detail: CaseDetailPane

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, CaseListView(host), CaseDetailPane(host), parent)
        self.setObjectName("casesPage")
        self.list_view.current_changed.connect(self._current_changed)

    def left_side(self) -> QWidget:
        side = QWidget(self)
        self.new_button = QPushButton(self.tr("&New Case…"), side)
        self.new_button.setToolTip(self.tr("Enter a new case (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_record())
        self.edit_button = QPushButton(self.tr("E&dit…"), side)
        self.edit_button.setToolTip(self.tr("Edit the selected case, its parties and charges "
                                            "(Enter)"))
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.edit_button.setEnabled(False)
        self.letter_button = QPushButton(self.tr("Write &Letter…"), side)
        self.letter_button.setToolTip(self.tr("An Urgent Action letter about the selected "
                                              "case's defendant"))
        self.letter_button.clicked.connect(lambda: self.write_letter())
        self.letter_button.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.letter_button)
        bar.addStretch(1)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list_view, 1)
        return side

    def title(self) -> str:
        return self.tr("Cases")

    def _current_changed(self, case_id: int | None) -> None:
        self.edit_button.setEnabled(case_id is not None)
        self.letter_button.setEnabled(case_id is not None)

    def write_letter(self) -> LetterDialog | None:
        """A letter about the selected case's first defendant; returns the dialog."""
        case_id = self.list_view.current_id()
        if case_id is None:
            return None
        parties = self.host.casebook.cases.details(case_id).parties
        defendants = [p.person_id for p in parties if p.role == "defendant"]
        if not defendants:
            self.message.emit(self.tr("The case has no defendant to write about."))
            return None
        dialog = LetterDialog(self.host, person_id=defendants[0], case_id=case_id,
                              parent=self.window())
        dialog.open()
        return dialog

    def new_record(self) -> CaseDialog:
        """Open the editor for a new case; returns it (for tests)."""
        return self.open_dialog(CaseDialog(self.host, parent=self.window()), self._saved)

    def edit_record(self, record_id: int) -> CaseDialog:
        return self.open_dialog(CaseDialog(self.host, case_id=record_id, parent=self.window()),
                                self._saved)

    def record_name(self, record_id: int) -> str:
        row = self.listed_row(record_id)
        label = (row.case_number or row.title) if row is not None else ""
        return self.tr("case “{case}”").format(case=label) if label else self.tr("the case")

    def _saved(self, result: tuple[records.Case, object]) -> None:
        case, _changes = result
        self.open_record(case.pk)
        self.message.emit(self.tr("Saved case “{case}”.").format(
            case=case.case_number or case.title))
