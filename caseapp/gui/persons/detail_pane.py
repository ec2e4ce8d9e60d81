# SPDX-License-Identifier: GPL-3.0-or-later
"""A read-only pane with everything known about the selected person.

Details are read on the database worker; if the selection moves on before they
arrive, the late answer is dropped (``RecordDetailPane``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from caseapp import i18n
from caseapp.core.casebook import Casebook
from caseapp.domain.changes import Changes
from caseapp.domain.views import PersonDetails

from caseapp.gui.common.page import PageHost
from caseapp.gui.custody.detail_base import RecordDetailPane
from caseapp.gui.persons.detail_html import STYLE, PersonRenderer


class PersonDetailPane(RecordDetailPane):
    """Shows ``PersonDetails`` for one person id (or a hint when there is none).

    ``details_loaded`` carries the PersonDetails shown, or None when the pane shows
    no person.
    """

    STYLE = STYLE
    details_loaded = Signal(object)

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.browser.setAccessibleName(self.tr("Person details"))
        self._renderer = PersonRenderer(self._muted_color(), self)
        self.show_record(None)

    def load(self, book: Casebook, record_id: int) -> PersonDetails:
        return book.persons.details(record_id, language=i18n.current_language())

    def render_html(self, data: PersonDetails) -> str:
        return self._renderer.render(data)

    def hint(self) -> str:
        return self.tr("Select a person in the list to see their names, cases, "
                       "detentions, hearings, sentences and campaign actions here.")

    def after_show(self) -> None:
        self.details_loaded.emit(self.shown)

    def on_changes(self, changes: Changes) -> None:
        """Any change may concern the person shown (a hearing, a tag…): read again."""
        if changes.tables and self.record_id is not None:
            self.show_record(self.record_id)
