# SPDX-License-Identifier: GPL-3.0-or-later
"""The Actions page: campaign actions with status, kind, date and due filters."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from caseapp.domain import records

from caseapp.gui.actions.detail_pane import ActionDetailPane
from caseapp.gui.actions.edit_dialog import ActionDialog
from caseapp.gui.actions.list_view import ActionListView
from caseapp.gui.common.list_detail_page import ListDetailPage
from caseapp.gui.common.page import PageHost


class ActionsPage(ListDetailPage):
    """A ``Page`` (gui/common/page.py): ``list_view``, ``detail`` and ``new_button``."""

    RECORD = records.Action
    detail: ActionDetailPane

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, ActionListView(host), ActionDetailPane(host), parent)
        self.setObjectName("actionsPage")
        self.new_button = self.add_new_button(
            self.tr("&New Action…"), self.tr("Log a letter, petition, picket or appeal (Ctrl+N)"))
        self.detail.edit_requested.connect(self.edit_record)
        self.detail.message.connect(self.message)

    def title(self) -> str:
        return self.tr("Actions")

    def new_record(self) -> ActionDialog:
        return self.open_dialog(ActionDialog(self.host, parent=self), self.select_created)

    def edit_record(self, record_id: int) -> ActionDialog:
        return self.open_dialog(ActionDialog(self.host, action_id=record_id, parent=self))

    def record_name(self, record_id: int) -> str:
        row = self.listed_row(record_id)
        return f"“{row.title}”" if row is not None else self.tr("the action")
