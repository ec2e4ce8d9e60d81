# SPDX-License-Identifier: GPL-3.0-or-later
"""A read-only pane with everything known about the selected person.

Details are read on the database worker; if the selection moves on before they
arrive, the late answer is dropped.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from caseapp import i18n
from caseapp.domain.changes import Changes
from caseapp.domain.errors import NotFound
from caseapp.domain.views import PersonDetails

from caseapp.gui.common.detail_browser import detail_browser, muted_color
from caseapp.gui.common.errors import show_error
from caseapp.gui.ops import OpHost, QueryOp
from caseapp.gui.persons.detail_html import STYLE, DetailRenderer


class PersonDetailPane(QWidget):
    """Shows ``PersonDetails`` for one person id (or a hint when there is none).

    ``person_id`` is the id shown; ``_generation`` counts requests so that only the
    newest answer is rendered. ``details_loaded`` carries the PersonDetails shown, or
    None when the pane shows no person.
    """

    details_loaded = Signal(object)

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.person_id: int | None = None
        self._generation = 0
        self.browser = detail_browser(self, STYLE, links=False)
        self.browser.setAccessibleName(self.tr("Person details"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._renderer = DetailRenderer(self._muted_color(), self)
        self._show_hint()

    def show_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self._generation += 1
        if person_id is None:
            self._show_hint()
            return
        generation = self._generation
        language = i18n.current_language()
        QueryOp(self._host, lambda book: book.persons.details(person_id, language=language),
                parent=self).success(
            lambda details: self._render(generation, details)
        ).failure(lambda exc: self._failed(generation, exc)).run_in_background()

    def on_changes(self, changes: Changes) -> None:
        """Any change may concern the person shown (a hearing, a tag…): read again."""
        if changes.tables and self.person_id is not None:
            self.show_person(self.person_id)

    def clear(self) -> None:
        self.show_person(None)

    def plain_text(self) -> str:
        return self.browser.toPlainText()

    def _render(self, generation: int, details: PersonDetails) -> None:
        if generation == self._generation:
            self.browser.setHtml(self._renderer.render(details))
            self.details_loaded.emit(details)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(exc, NotFound):
            self.show_person(None)
        else:
            show_error(self, exc)

    def _show_hint(self) -> None:
        self.details_loaded.emit(None)
        self.browser.setHtml(
            f'<p style="color:{self._muted_color()}">'
            + escape(self.tr("Select a person in the list to see their names, cases, "
                             "detentions, hearings, sentences and campaign actions here."))
            + "</p>")

    def _muted_color(self) -> str:
        return muted_color(self)
