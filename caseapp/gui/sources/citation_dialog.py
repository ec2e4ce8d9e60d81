# SPDX-License-Identifier: GPL-3.0-or-later
"""The citation editor: this passage of a source supports what we hold about a record.

The volunteer selects the passage in the source's full text; the quote and its
character offsets follow the selection. Offsets are Python string indexes into the
stored text (Qt counts UTF-16 units, so they are converted), and are dropped when
the quote, edited by hand, is no longer found in the text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.errors import Invalid
from caseapp.domain.validation import validate

from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.custody.choosers import (
    Finder,
    RecordSearchEdit,
    find_cases,
    find_persons,
    find_sources,
)
from caseapp.gui.custody.form_parts import add_fields, set_tab_order, text_box, widen

TEXT_LINES = 10
PARAGRAPH_SEPARATOR = "\u2029"
#: Record kinds a citation can be made for from this dialog: table → finder.
TARGET_FINDERS: dict[str, Finder] = {"person": find_persons, "case_file": find_cases}


def python_index(text: str, utf16_position: int) -> int:
    """The str index of a Qt (UTF-16) position in ``text``."""
    prefix = text.encode("utf-16-le")[:utf16_position * 2]
    return len(prefix.decode("utf-16-le", errors="ignore"))


def quote_offsets(full_text: str, quote: str, near: int = 0) -> tuple[int, int] | None:
    """(start, end) of the occurrence of ``quote`` in ``full_text`` nearest ``near``."""
    if not quote:
        return None
    found, start = [], full_text.find(quote)
    while start >= 0:
        found.append(start)
        start = full_text.find(quote, start + 1)
    if not found:
        return None
    best = min(found, key=lambda position: abs(position - near))
    return best, best + len(quote)


def target_uid(book: Casebook, table: str, pk: int) -> str:
    """Runs on the worker: the uid a citation stores for its target."""
    rows = book.persons.rows([pk]) if table == "person" else book.cases.rows([pk])
    if not rows:
        raise Invalid(QCoreApplication.translate("CitationDialog", "That record is gone"),
                      field="target")
    return rows[0].uid


class CitationDialog(BaseDialog):
    """Cite a passage of ``source_id`` (or a source chosen here) for a record: the given
    ``target_table``/``target_uid``, or a person or case chosen here.

    ``source_text`` shows the source's full text; ``result_value`` is Changes.
    """

    def __init__(self, host, *, source_id: int | None = None, target_table: str | None = None,
                 target_uid: str | None = None, target_label: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(host, QCoreApplication.translate("CitationDialog", "New Citation"),
                         parent)
        self.source_id = source_id
        self.fixed_target = (target_table, target_uid) if target_table and target_uid else None
        self._full_text = ""
        self._build(target_label)
        if source_id is not None:
            self._show_source(host.casebook.get(records.Source, source_id))

    # -- building

    def _build(self, target_label: str) -> None:
        rows = [self._source_row(), *self._target_rows(target_label)]
        self.source_text = QPlainTextEdit(self)
        self.source_text.setReadOnly(True)
        self.source_text.setMinimumHeight(self.fontMetrics().lineSpacing() * TEXT_LINES)
        self.source_text.setPlaceholderText(self.tr("The source has no stored text"))
        self.source_text.selectionChanged.connect(self._selection_changed)
        self.quote = text_box(self, lines=2)
        self.quote.textChanged.connect(self._update_offsets_label)
        self.offsets = QLabel(self)
        self.offsets.setTextFormat(Qt.TextFormat.PlainText)
        rows += [(self.tr("Te&xt:"), self.source_text, "text"),
                 (self.tr("&Quote:"), self.quote, "quote"),
                 (self.tr("Position:"), self.offsets, "start")]
        widgets = add_fields(self, rows)
        self.finish_layout()
        widen(self, 76)
        set_tab_order([w for w in widgets if w is not self.offsets and w is not self.source_label],
                      self.buttons)
        self._update_offsets_label()

    def _source_row(self) -> tuple[str, QWidget, str]:
        self.source_label = QLabel(self)
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.source_search = RecordSearchEdit(self.host, find_sources, field="source_id",
                                              parent=self)
        self.source_search.setPlaceholderText(self.tr("Type a title to find the source"))
        self.source_search.chosen.connect(self._source_chosen)
        if self.source_id is not None:
            self.source_search.hide()
            return self.tr("&Source:"), self.source_label, "source_id"
        self.source_label.hide()
        return self.tr("&Source:"), self.source_search, "source_id"

    def _target_rows(self, target_label: str) -> list[tuple[str, QWidget, str]]:
        self.target_kind = QComboBox(self)
        self.target_kind.addItem(self.tr("Person"), "person")
        self.target_kind.addItem(self.tr("Case"), "case_file")
        self.target = RecordSearchEdit(self.host, find_persons, field="target", parent=self)
        self.target.setPlaceholderText(self.tr("Type a name or case number"))
        self.target_kind.currentIndexChanged.connect(
            lambda _index: self.target.set_finder(TARGET_FINDERS[self.target_kind.currentData()]))
        if self.fixed_target is not None:
            label = QLabel(target_label or self.fixed_target[1], self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self.target_kind.hide()
            self.target.hide()
            return [(self.tr("&For:"), label, "target")]
        return [(self.tr("Record &kind:"), self.target_kind, "target_table"),
                (self.tr("&Record:"), self.target, "target")]

    # -- the source and the selection

    def _source_chosen(self, source_id: int) -> None:
        self.source_id = source_id
        self._show_source(self.host.casebook.get(records.Source, source_id))

    def _show_source(self, source: records.Source) -> None:
        self.source_label.setText(source.title or source.url)
        self._full_text = source.full_text
        self.source_text.setPlainText(source.full_text)

    def select_passage(self, start: int, end: int) -> None:
        """Select ``full_text[start:end]`` in the text (as the volunteer would by mouse)."""
        text = self.source_text.toPlainText()
        to_qt = len(text[:start].encode("utf-16-le")) // 2
        length = len(text[start:end].encode("utf-16-le")) // 2
        cursor = self.source_text.textCursor()
        cursor.setPosition(to_qt)
        cursor.setPosition(to_qt + length, cursor.MoveMode.KeepAnchor)
        self.source_text.setTextCursor(cursor)

    def _selection_changed(self) -> None:
        cursor = self.source_text.textCursor()
        selected = cursor.selectedText().replace(PARAGRAPH_SEPARATOR, "\n")
        if selected.strip():
            self.quote.setPlainText(selected)

    def offsets_value(self) -> tuple[int, int] | None:
        """Where the quote stands in the stored text, nearest the current selection."""
        near = python_index(self.source_text.toPlainText(),
                            self.source_text.textCursor().selectionStart())
        return quote_offsets(self._full_text, self.quote.toPlainText(), near)

    def _update_offsets_label(self) -> None:
        found = self.offsets_value()
        if not self.quote.toPlainText():
            self.offsets.setText(self.tr("select the passage in the text above"))
        elif found is None:
            self.offsets.setText(self.tr("the quote is not in the stored text"))
        else:
            self.offsets.setText(self.tr("characters {start}–{end}").format(
                start=found[0] + 1, end=found[1]))

    # -- saving

    def command(self) -> Callable:
        if self.source_id is None:
            raise Invalid(self.tr("Choose the source from the list"), field="source_id")
        found = self.offsets_value()
        quote = self.quote.toPlainText()
        start, end = found if found is not None else (None, None)
        source_id = self.source_id
        if self.fixed_target is not None:
            table, uid = self.fixed_target
            citation = records.Citation(source_id=source_id, target_table=table, target_uid=uid,
                                        quote=quote, start=start, end=end)
            validate(citation)
            return lambda book: book.sources.cite(citation)
        table = self.target_kind.currentData()
        pk = self.target.required_value(self.tr("Choose the record from the list"))

        def op(book: Casebook):
            return book.sources.cite(records.Citation(
                source_id=source_id, target_table=table, target_uid=target_uid(book, table, pk),
                quote=quote, start=start, end=end))

        return op
