# SPDX-License-Identifier: GPL-3.0-or-later
"""The campaign action editor: a letter, petition, picket or appeal, and who it is for.

The action and every change to its linked persons and cases are saved as ONE
undoable step ("Add Action" / "Edit Action"), so a single Undo takes back the
whole form. The responsible volunteer defaults to the operator in the settings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from caseapp.core import settings as preferences
from caseapp.core.casebook import Casebook
from caseapp.core.edits import ActionEdit
from caseapp.domain import records
from caseapp.domain.enums import ActionKind, ActionStatus
from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.domain.validation import validate

from caseapp.gui.actions.links_editor import LinkEditor
from caseapp.gui.common.fields import DateEdit, EnumCombo, PartialDateEdit
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.custody.choosers import find_cases, find_persons
from caseapp.gui.custody.form_parts import add_fields, set_tab_order, text_box, widen


def default_responsible(book: Casebook) -> str:
    """The operator of the open casebook, else the one in the settings."""
    return book.operator or preferences.load().operator


class ActionDialog(BaseDialog):
    """Add an action (for ``person_ids`` if given) or edit ``action_id``.

    ``persons`` and ``cases`` are the link editors. ``result_value`` is
    (Action, Changes) after adding, (None, Changes) after editing.
    """

    def __init__(self, host, *, action_id: int | None = None, person_ids: Sequence[int] = (),
                 parent: QWidget | None = None) -> None:
        title = (QCoreApplication.translate("ActionDialog", "New Campaign Action")
                 if action_id is None
                 else QCoreApplication.translate("ActionDialog", "Edit Campaign Action"))
        super().__init__(host, title, parent)
        self.action_id = action_id
        self._build()
        if action_id is not None:
            self._load(host.casebook, action_id)
        else:
            self._defaults(host.casebook, person_ids)

    def _build(self) -> None:
        self.kind = EnumCombo(ActionKind, self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Letter to the prosecutor general"))
        self.date = PartialDateEdit("date", self)
        self.due_date = DateEdit("due_date", self)
        self.due_date.setToolTip(self.tr("When it must be done; planned actions past this "
                                         "date are shown as overdue"))
        self.status = EnumCombo(ActionStatus, self)
        self.outcome = QLineEdit(self)
        self.follow_up = DateEdit("follow_up_on", self)
        self.follow_up.setToolTip(self.tr("When to check for a reply or write again"))
        self.reply = text_box(self)
        self.reply.setPlaceholderText(self.tr("What the addressee answered"))
        self.responsible = QLineEdit(self)
        self.notes = text_box(self)
        self.persons = LinkEditor(self.host, find_persons, field="persons", parent=self,
                                  name=self.tr("Linked persons"),
                                  hint=self.tr("Type a name to link a person"))
        self.cases = LinkEditor(self.host, find_cases, field="cases", parent=self,
                                name=self.tr("Linked cases"),
                                hint=self.tr("Type a case number or title to link a case"))
        self._add_rows()

    def _add_rows(self) -> None:
        widgets = add_fields(self, [
            (self.tr("&Kind:"), self.kind, "kind"), (self.tr("&Title:"), self.title_edit, "title"),
            (self.tr("&Date:"), self.date, "date"), (self.tr("D&ue:"), self.due_date, "due_date"),
            (self.tr("&Status:"), self.status, "status"),
            (self.tr("&Outcome:"), self.outcome, "outcome"),
            (self.tr("&Follow up:"), self.follow_up, "follow_up_on"),
            (self.tr("Rep&ly:"), self.reply, "reply_text"),
            (self.tr("&Responsible:"), self.responsible, "responsible"),
            (self.tr("&Notes:"), self.notes, "notes"),
            (self.tr("&Persons:"), self.persons, "persons"),
            (self.tr("&Cases:"), self.cases, "cases")])
        self.finish_layout()
        widen(self, 72)
        chain = [*widgets[:-2], *self.persons.focus_chain(), *self.cases.focus_chain()]
        set_tab_order(chain, self.buttons)

    def _defaults(self, book: Casebook, person_ids: Sequence[int]) -> None:
        self.date.set_value(PartialDate.from_date(date.today()))
        self.responsible.setText(default_responsible(book))
        for row in book.persons.rows(list(person_ids)):
            self.persons.add(row.id, row.display_name)

    def _load(self, book: Casebook, action_id: int) -> None:
        action = book.get(records.Action, action_id)
        self.kind.set_value(action.kind)
        self.title_edit.setText(action.title)
        self.date.set_value(action.date)
        self.due_date.set_date(action.due_date)
        self.status.set_value(action.status)
        self.outcome.setText(action.outcome)
        self.follow_up.set_date(action.follow_up_on)
        self.reply.setPlainText(action.reply_text or "")
        self.responsible.setText(action.responsible)
        self.notes.setPlainText(action.notes)
        persons, cases = book.actions.links(action_id)
        self.persons.set_links(persons)
        self.cases.set_links(cases)

    def values(self) -> dict[str, Any]:
        """The form as Action fields; Invalid names the field that cannot be read."""
        title = self.title_edit.text().strip()
        if not title:
            raise Invalid(self.tr("Give the action a title"), field="title")
        return {"kind": self.kind.value(), "title": title, "date": self.date.value(),
                "due_date": self.due_date.date_value(), "status": self.status.value(),
                "outcome": self.outcome.text().strip(),
                "follow_up_on": self.follow_up.date_value(),
                "reply_text": self.reply.toPlainText().strip() or None,
                "responsible": self.responsible.text().strip(),
                "notes": self.notes.toPlainText().strip()}

    def command(self) -> Callable:
        values = self.values()
        validate(records.Action(**values))
        edit = ActionEdit(self.action_id, values, tuple(self.persons.target_ids()),
                          tuple(self.cases.target_ids()))
        return lambda book: book.actions.save(edit)
