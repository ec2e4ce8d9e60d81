# SPDX-License-Identifier: GPL-3.0-or-later
"""A read-only pane with a case's parties, charges, PACE criteria and hearings.

Details are read on the database worker; an answer that arrives after the selection
moved on is dropped (``RecordDetailPane``). Clicking a party's name opens the person.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from caseapp import i18n
from caseapp.core.casebook import Casebook
from caseapp.domain.views import CaseDetails

from caseapp.gui.cases.detail_html import CaseRenderer
from caseapp.gui.common.page import PageHost
from caseapp.gui.custody.detail_base import RecordDetailPane
from caseapp.gui.persons.detail_html import STYLE


class CaseDetailPane(RecordDetailPane):
    """Shows one case with its tags (or a hint when there is none)."""

    STYLE = STYLE
    TABLES = ("case_file", "case_party", "charge", "person", "hearing", "tag", "tagging",
              "code_article")

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.browser.setAccessibleName(self.tr("Case details"))
        self._renderer = CaseRenderer(self._muted_color(), self)
        self.show_record(None)

    def load(self, book: Casebook, record_id: int) -> tuple[CaseDetails, list[str]]:
        return (book.cases.details(record_id, language=i18n.current_language()),
                book.tags.of("case_file", record_id))

    def render_html(self, data: tuple[CaseDetails, list[str]]) -> str:
        return self._renderer.render(*data)

    def hint(self) -> str:
        return self.tr("Select a case in the list to see its parties, charges, PACE "
                       "criteria and hearings here.")
