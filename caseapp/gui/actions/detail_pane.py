# SPDX-License-Identifier: GPL-3.0-or-later
"""The selected campaign action in full: what, when, who is responsible, who it is for,
and for a letter its text, the reply and when to follow up.

Linked persons and cases are links that open their record. A planned action can be
marked as done from here in one click (its own undoable step).
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.enums import ActionKind, ActionStatus

from caseapp.gui.common.formatting import format_date, format_partial
from caseapp.gui.custody.detail_base import (
    RecordDetailPane,
    enum_label,
    facts,
    link_list,
    paragraphs,
    section,
)
from caseapp.gui.ops import CasebookOp


@dataclass(frozen=True)
class ActionInfo:
    """The action plus its links as (link id, target id, label)."""

    action: records.Action
    persons: list[tuple[int, int, str]]
    cases: list[tuple[int, int, str]]


class ActionDetailPane(RecordDetailPane):
    """``edit_requested`` carries the action id when Edit… is pressed."""

    TABLES = ("action", "action_person", "action_case", "person", "case_file")
    edit_requested = Signal(int)
    message = Signal(str)

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.browser.setAccessibleName(self.tr("Action details"))
        self.done_button = QPushButton(self.tr("Mark as D&one"), self)
        self.done_button.setToolTip(self.tr("Set the status of this planned action to done"))
        self.edit_button = QPushButton(self.tr("&Edit Action…"), self)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.done_button)
        self.button_row.addWidget(self.edit_button)
        self.done_button.clicked.connect(self.mark_done)
        self.edit_button.clicked.connect(self._edit)
        self.show_record(None)

    def load(self, book: Casebook, record_id: int) -> ActionInfo:
        persons, cases = book.actions.links(record_id)
        return ActionInfo(book.get(records.Action, record_id), persons, cases)

    def hint(self) -> str:
        return self.tr("Select an action in the list to see who it is for and how it went.")

    def render_html(self, info: ActionInfo) -> str:
        action = info.action
        table = facts([
            (self.tr("Kind"), enum_label(ActionKind, action.kind)),
            (self.tr("Date"), format_partial(action.date.iso()) if action.date else ""),
            (self.tr("Due"), format_date(action.due_date)),
            (self.tr("Status"), enum_label(ActionStatus, action.status)),
            (self.tr("Follow up"), format_date(action.follow_up_on)),
            (self.tr("Responsible"), action.responsible),
            (self.tr("Outcome"), action.outcome)])
        persons = link_list("person", [(pk, label) for _link, pk, label in info.persons])
        cases = link_list("case_file", [(pk, label) for _link, pk, label in info.cases])
        return (f"<h1>{escape(action.title)}</h1>{table}"
                + section(self.tr("For"), f"<p>{persons}</p>" if persons else "")
                + section(self.tr("Cases"), f"<p>{cases}</p>" if cases else "")
                + section(self.tr("Notes"), paragraphs(action.notes))
                + section(self.tr("Reply"), paragraphs(action.reply_text or ""))
                + section(self.tr("Letter sent"), paragraphs(action.letter_text or "")))

    def after_show(self) -> None:
        info = self.shown
        self.edit_button.setEnabled(info is not None)
        self.done_button.setEnabled(info is not None
                                    and info.action.status == ActionStatus.PLANNED)

    def mark_done(self) -> None:
        if self.shown is None:
            return
        pk = self.shown.action.id
        CasebookOp(self.host, lambda book: book.actions.mark_done(pk),
                   parent=self, origin=self).success(
            lambda _result: self.message.emit(self.tr("Marked as done."))).run_in_background()

    def _edit(self) -> None:
        if self.record_id is not None:
            self.edit_requested.emit(self.record_id)
