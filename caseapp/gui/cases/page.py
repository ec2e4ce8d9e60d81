# SPDX-License-Identifier: GPL-3.0-or-later
"""The Cases page: the case list on the left, the selected case's details on the right.

Above the list, New and Edit open the case editor; Enter or a double-click on a case
edits it too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from caseapp.domain.changes import Changes

from caseapp.gui.cases.detail_pane import CaseDetailPane
from caseapp.gui.cases.edit_dialog import CaseDialog
from caseapp.gui.cases.list_view import CaseListView
from caseapp.gui.ops import OpHost

#: First-run proportions of list and detail pane.
DEFAULT_SIZES = (60, 40)


class CasesPage(QSplitter):
    """A ``Page`` (gui/common/page.py); ``editor`` is the case editor while one is open."""

    message = Signal(str)

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("casesPage")
        self.setChildrenCollapsible(False)
        self.setContentsMargins(6, 6, 6, 0)
        self._host = host
        self.editor: CaseDialog | None = None
        self.list_view = CaseListView(host, self)
        self.detail_pane = CaseDetailPane(host, self)
        self.addWidget(self._left_side())
        self.addWidget(self.detail_pane)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.list_view.current_changed.connect(self._current_changed)
        self.list_view.activated.connect(self.edit_case)
        self.list_view.message.connect(self.message)
        self._default_sizes_pending = True

    def _left_side(self) -> QWidget:
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_default_sizes()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_default_sizes()

    def _apply_default_sizes(self) -> None:
        """On first run, split the real width in DEFAULT_SIZES proportions once it is known
        (when the page is shown: a hidden page in the window's stack may still be tiny)."""
        if (self._default_sizes_pending and self.isVisible()
                and self.width() > 2 * self.handleWidth()):
            self._default_sizes_pending = False
            total = sum(DEFAULT_SIZES)
            self.setSizes([self.width() * part // total for part in DEFAULT_SIZES])

    # -- Page

    def title(self) -> str:
        return self.tr("Cases")

    def reload(self) -> None:
        self.list_view.reload()

    def clear(self) -> None:
        self.list_view.clear()
        self.detail_pane.clear()

    def on_changes(self, changes: Changes) -> None:
        self.list_view.on_changes(changes)
        self.detail_pane.on_changes(changes)

    def focus_search(self) -> None:
        self.list_view.focus_search()

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

    def save_state(self) -> dict[str, Any]:
        return {"splitter": self.saveState(),
                "header": self.list_view.table.horizontalHeader().saveState()}

    def restore_state(self, state: dict[str, Any]) -> None:
        splitter = state.get("splitter")
        self._default_sizes_pending = (not isinstance(splitter, QByteArray)
                                       or not self.restoreState(splitter))
        if isinstance(state.get("header"), QByteArray):
            self.list_view.table.horizontalHeader().restoreState(state["header"])

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
