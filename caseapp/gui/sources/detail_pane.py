# SPDX-License-Identifier: GPL-3.0-or-later
"""The selected source: what it is, its full text, and the records it is cited for.

Choosing a citation selects its quote in the text; Open Record (or a double-click)
goes to the cited person or case on its own page.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QWidget,
)

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.enums import SourceKind
from caseapp.domain.views import CitationRow

from caseapp.gui.common.formatting import format_partial
from caseapp.gui.custody.detail_base import RecordDetailPane, enum_label, facts
from caseapp.gui.ops import CasebookOp, QueryOp
from caseapp.gui.sources.table_model import CitationModel


@dataclass(frozen=True)
class SourceInfo:
    source: records.Source
    citations: list[CitationRow]


class SourceDetailPane(RecordDetailPane):
    """Details, ``full_text``, and ``citation_table`` over ``citations``.

    ``edit_requested`` and ``cite_requested`` carry the source id.
    """

    TABLES = ("source", "citation", "person", "person_name", "case_file")
    edit_requested = Signal(int)
    cite_requested = Signal(int)
    message = Signal(str)

    def __init__(self, host, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.browser.setAccessibleName(self.tr("Source details"))
        self.full_text = QPlainTextEdit(self)
        self.full_text.setReadOnly(True)
        self.full_text.setAccessibleName(self.tr("Full text of the source"))
        self.citations = CitationModel(self)
        self.citation_table = self._make_citation_table()
        self._arrange()
        self._make_buttons()
        self.show_record(None)

    def _make_citation_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.citations)
        table.setAccessibleName(self.tr("Citations of this source"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        width = table.fontMetrics().averageCharWidth()
        table.horizontalHeader().resizeSection(0, 26 * width)
        table.horizontalHeader().resizeSection(1, 10 * width)
        table.selectionModel().currentRowChanged.connect(self._citation_changed)
        table.doubleClicked.connect(lambda _index: self.open_citation())
        return table

    def _arrange(self) -> None:
        self.body.removeWidget(self.browser)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        for widget, stretch in ((self.browser, 1), (self.full_text, 3), (self.citation_table, 1)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.indexOf(widget), stretch)
        self.body.insertWidget(0, splitter, 1)

    def _make_buttons(self) -> None:
        self.cite_button = QPushButton(self.tr("Add &Citation…"), self)
        self.open_button = QPushButton(self.tr("&Open Record"), self)
        self.delete_citation_button = QPushButton(self.tr("Remove C&itation"), self)
        self.edit_button = QPushButton(self.tr("&Edit Source…"), self)
        for button, slot in ((self.cite_button, self._cite), (self.open_button, self.open_citation),
                             (self.delete_citation_button, self.delete_citation),
                             (self.edit_button, self._edit)):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.button_row.addWidget(button)

    # -- RecordDetailPane

    def load(self, book: Casebook, record_id: int) -> SourceInfo:
        return SourceInfo(book.get(records.Source, record_id),
                          book.sources.citations(source_id=record_id))

    def hint(self) -> str:
        return self.tr("Select a source in the list to read its text and see what it is "
                       "cited for.")

    def render_html(self, info: SourceInfo) -> str:
        source = info.source
        url = (f'<p><a href="{escape(source.url, quote=True)}">{escape(source.url)}</a></p>'
               if source.url.startswith(("http://", "https://")) else "")
        table = facts([
            (self.tr("Kind"), enum_label(SourceKind, source.kind)),
            (self.tr("Publisher"), source.publisher),
            (self.tr("Published"), format_partial(source.published.iso())
             if source.published else ""),
            (self.tr("Language"), source.language)])
        title = source.title or source.url or self.tr("(untitled)")
        return f"<h1>{escape(title)}</h1>{url}{table}"

    def after_show(self) -> None:
        info = self.shown
        self.full_text.setPlainText(info.source.full_text if info is not None else "")
        self.citations.set_rows(info.citations if info is not None else [])
        for button in (self.cite_button, self.edit_button):
            button.setEnabled(info is not None)
        self._citation_changed(self.citation_table.currentIndex(), QModelIndex())

    # -- citations

    def current_citation(self) -> CitationRow | None:
        return self.citations.row_at(self.citation_table.currentIndex().row())

    def _citation_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        citation = self.citations.row_at(current.row()) if current.isValid() else None
        for button in (self.open_button, self.delete_citation_button):
            button.setEnabled(citation is not None)
        if citation is not None and citation.quote:
            self._select_quote(citation.quote)

    def _select_quote(self, quote: str) -> None:
        cursor = self.full_text.textCursor()
        cursor.setPosition(0)
        self.full_text.setTextCursor(cursor)
        if self.full_text.find(quote):
            self.full_text.centerCursor()

    def open_citation(self) -> None:
        """Go to the cited record on its page (the core resolves the stored uid)."""
        citation = self.current_citation()
        if citation is None:
            return
        table, uid = citation.target_table, citation.target_uid
        QueryOp(self.host, lambda book: book.sources.shown_target(table, uid),
                parent=self).success(self._open).run_in_background()

    def _open(self, shown: tuple[str, int] | None) -> None:
        """Open the cited record, or the person or case it belongs to (a detention, a
        sentence, an event the source reports… have no list of their own)."""
        if shown is None:
            self.message.emit(self.tr("The cited record is no longer in the database."))
        else:
            self.host.open_record(*shown)

    def delete_citation(self) -> None:
        citation = self.current_citation()
        if citation is None:
            return
        pk = citation.id
        CasebookOp(self.host, lambda book: book.trash.delete(records.Citation, pk), parent=self,
                   origin=self).success(lambda _changes: self.message.emit(
                       self.tr("Citation removed. Undo brings it back."))).run_in_background()

    def _cite(self) -> None:
        if self.record_id is not None:
            self.cite_requested.emit(self.record_id)

    def _edit(self) -> None:
        if self.record_id is not None:
            self.edit_requested.emit(self.record_id)
