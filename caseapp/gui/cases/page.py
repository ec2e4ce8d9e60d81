# SPDX-License-Identifier: GPL-3.0-or-later
"""The Cases page: the case list on the left, the selected case's details on the right.

Above the list, New and Edit open the case editor; Enter or a double-click on a case
edits it too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from caseapp.gui.cases.detail_pane import CaseDetailPane
from caseapp.gui.cases.edit_dialog import CaseDialog
from caseapp.gui.cases.list_view import CaseListView
from caseapp.gui.common.list_detail_page import ListDetailPage
from caseapp.gui.ops import OpHost


class CasesPage(ListDetailPage):
    """A ``Page`` (gui/common/page.py); ``editor`` is the case editor while one is open."""

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(host, CaseListView(host), CaseDetailPane(host), parent,
                         row_actions=False)
        self.setObjectName("casesPage")
        self._host = host
        self.editor: CaseDialog | None = None
        self.detail_pane: CaseDetailPane = self.detail
        self.list_view.current_changed.connect(self._current_changed)
        self.list_view.activated.connect(self.edit_case)

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
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.edit_button)
        bar.addStretch(1)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.list_view, 1)
        return side

    # -- Page

    def title(self) -> str:
        return self.tr("Cases")

    def open_record(self, record_id: int) -> None:
        self.list_view.show_case(record_id)

    def new_record(self) -> QDialog:
        """Open the editor for a new case; returns it (for tests)."""
        return self._open_editor(CaseDialog(self._host, parent=self.window()))

    def edit_current(self) -> QDialog | None:
        case_id = self.list_view.current_id()
        return self.edit_case(case_id) if case_id is not None else None

    def edit_case(self, case_id: int) -> QDialog:
        return self._open_editor(CaseDialog(self._host, case_id=case_id, parent=self.window()))

    def delete_current(self) -> None:
        self.list_view.delete_current()

    # -- behaviour

    def _current_changed(self, case_id: int | None) -> None:
        self.edit_button.setEnabled(case_id is not None)
        self.detail_pane.show_case(case_id)

    def _open_editor(self, dialog: CaseDialog) -> CaseDialog:
        self.editor = dialog
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.finished.connect(lambda _result: self._editor_closed(dialog))
        dialog.open()
        return dialog

    def _saved(self, dialog: CaseDialog) -> None:
        case, _changes = dialog.result_value
        self.open_record(case.id)
        self.message.emit(self.tr("Saved case “{case}”.").format(
            case=case.case_number or case.title))

    def _editor_closed(self, dialog: CaseDialog) -> None:
        if self.editor is dialog:
            self.editor = None
        dialog.deleteLater()
