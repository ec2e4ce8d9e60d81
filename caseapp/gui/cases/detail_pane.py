# SPDX-License-Identifier: GPL-3.0-or-later
"""A read-only pane with a case's parties, charges, PACE criteria and hearings.

Details are read on the database worker; an answer that arrives after the selection
moved on is dropped. Clicking a party's name opens the person.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QVBoxLayout, QWidget

from caseapp import i18n
from caseapp.domain.changes import Changes
from caseapp.domain.errors import NotFound

from caseapp.gui.cases.detail_html import PERSON_LINK, STYLE, CaseRenderer
from caseapp.gui.common.detail_browser import detail_browser, muted_color
from caseapp.gui.common.errors import show_error
from caseapp.gui.ops import OpHost, QueryOp

#: Tables whose changes can alter what the pane shows.
DETAIL_TABLES = ("case_file", "case_party", "charge", "person", "hearing", "tag", "tagging",
                 "code_article")


class CaseDetailPane(QWidget):
    """Shows one case (or a hint when there is none).

    ``case_id`` is the case shown; ``_generation`` counts requests so that only the
    newest answer is rendered.
    """

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.case_id: int | None = None
        self._generation = 0
        self.browser = detail_browser(self, STYLE, links=True)
        self.browser.setAccessibleName(self.tr("Case details"))
        self.browser.anchorClicked.connect(self._open_link)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._renderer = CaseRenderer(self._muted_color(), self)
        self._show_hint()

    def show_case(self, case_id: int | None) -> None:
        self.case_id = case_id
        self._generation += 1
        if case_id is None:
            self._show_hint()
            return
        generation = self._generation
        language = i18n.current_language()

        def read(book):
            return (book.cases.details(case_id, language=language),
                    book.tags.of("case_file", case_id))

        QueryOp(self._host, read, parent=self).success(
            lambda result: self._render(generation, *result)
        ).failure(lambda exc: self._failed(generation, exc)).run_in_background()

    def on_changes(self, changes: Changes) -> None:
        if self.case_id is not None and changes.touches(*DETAIL_TABLES):
            self.show_case(self.case_id)

    def clear(self) -> None:
        self.show_case(None)

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def _render(self, generation: int, details, tags: list[str]) -> None:
        if generation == self._generation:
            self.browser.setHtml(self._renderer.render(details, tags))

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, NotFound):
            self.show_case(None)
        else:
            show_error(self, exc)

    def _open_link(self, url: QUrl) -> None:
        text = url.toString()
        opener = getattr(self._host, "open_record", None)
        if text.startswith(PERSON_LINK) and text[len(PERSON_LINK):].isdigit() and opener:
            opener("person", int(text[len(PERSON_LINK):]))

    def _show_hint(self) -> None:
        self.browser.setHtml(
            f'<p style="color:{self._muted_color()}">'
            + escape(self.tr("Select a case in the list to see its parties, charges, PACE "
                             "criteria and hearings here."))
            + "</p>")

    def _muted_color(self) -> str:
        return muted_color(self)
