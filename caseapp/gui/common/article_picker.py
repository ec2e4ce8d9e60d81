# SPDX-License-Identifier: GPL-3.0-or-later
"""A field that picks an article of the shipped codes by number or words of its title.

The codes hold a few thousand articles, so nothing is listed up front: as the volunteer
types, the core's code search runs in the background (number prefix, title words in any
script) and its best matches fill the completer's popup, each with its country
("KZ 274 — Распространение заведомо ложной информации").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QWidget

from caseapp.domain import codes
from caseapp.domain.codes import ArticleRow
from caseapp.domain.errors import Invalid

from caseapp.gui.common.pickers import completer_popup, popup_completer, search_timer
from caseapp.gui.common.rows_model import AnyIndex, RowsModel
from caseapp.gui.ops import OpHost, QueryOp

MAX_MATCHES = 30
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ArticleMatchModel(RowsModel[ArticleRow]):
    """The popup's rows: the articles the last search found, labelled with country."""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.row_at(index.row()) if index.isValid() else None
        if found is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label_of(found)
        if role == Qt.ItemDataRole.ToolTipRole:
            return label_of(found)
        return found.id if role == ARTICLE_ID_ROLE else None


def label_of(row: ArticleRow) -> str:
    """"KZ 274 — title", the administrative code's numbers marked in the window's language."""
    return row.label(QCoreApplication.translate("ArticlePicker", "Adm. {article}"))


class ArticlePicker(QLineEdit):
    """Type a number or title words; choose from the popup. ``article_id()`` is the choice.

    ``country`` limits the search (None: every shipped code). A typed text that was not
    chosen resolves when the last search for exactly that text found one article, or an
    article numbered exactly so (the criminal code's before the administrative one's).
    """

    def __init__(self, host: OpHost, *, field: str = "article", country: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.field = field
        self.country = country
        self._chosen: ArticleRow | None = None
        self._searched = ""
        self._generation = 0
        self.matches = ArticleMatchModel(self)
        self.setPlaceholderText(self.tr("Article number or words of its title"))
        self.setClearButtonEnabled(True)
        self._build_completer()
        self._timer = search_timer(self, self.search_now)
        self.textEdited.connect(self._edited)

    # -- public

    def article_id(self) -> int | None:
        """The chosen article; None when the field is empty; Invalid when nothing fits."""
        text = self.text().strip()
        if not text:
            return None
        if self._chosen is not None:
            return self._chosen.id
        found = self._resolve(text) if self._searched == text else None
        if found is None:
            raise Invalid(self.tr("Choose “{text}” from the list of matching articles").format(
                text=text), field=self.field)
        self.set_row(found)
        return found.id

    def set_row(self, row: ArticleRow | None) -> None:
        """Show an article (or nothing) as chosen."""
        self._timer.stop()
        self._chosen = row
        self.setText(label_of(row) if row else "")
        self.setCursorPosition(0)
        self.setToolTip(label_of(row) if row else "")

    def set_article_id(self, article_id: int | None) -> None:
        """Show a stored article: its label is read in the background."""
        if article_id is None:
            self.set_row(None)
            return
        QueryOp(self.host, lambda book: book.codes.row(article_id), parent=self).success(
            self.set_row).run_in_background()

    def search_now(self) -> None:
        """Look up the typed text at once (the timer does this after a pause)."""
        self._timer.stop()
        text = self.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self._show(generation, text, [])
            return
        country = self.country
        QueryOp(self.host, lambda book: _find(book, text, country), parent=self).success(
            lambda found: self._show(generation, text, found)).run_in_background()

    def choose_row(self, row: int) -> None:
        """Take the popup's entry ``row`` (what a click or Enter in the popup does)."""
        found = self.matches.row_at(row)
        self._popup().hide()
        if found is not None:
            self.set_row(found)

    def offered(self) -> list[str]:
        """The popup's entries as shown (for tests and accessibility checks)."""
        return [label_of(row) for row in self._rows()]

    # -- behaviour

    def _build_completer(self) -> None:
        self.article_completer = popup_completer(self, self.matches, self.choose_row,
                                                 self.tr("Matching articles"))

    def _popup(self) -> QAbstractItemView:
        return completer_popup(self.article_completer)

    def _edited(self, _text: str) -> None:
        self._chosen = None
        self._timer.start()

    def _show(self, generation: int, text: str, found: Sequence[ArticleRow]) -> None:
        if generation != self._generation:
            return
        self._searched = text
        self.matches.set_rows(found)
        if found and self.hasFocus():
            self.article_completer.complete()

    def _rows(self) -> list[ArticleRow]:
        return [row for i in range(self.matches.rowCount()) if (row := self.matches.row_at(i))]

    def _resolve(self, text: str) -> ArticleRow | None:
        found = self._rows()
        query = codes.parse_query(text)
        if query.number and not query.words:
            exact = [row for row in found if codes.number_key(row.article) == query.number]
            exact.sort(key=lambda row: row.code != "criminal")
            if exact:
                return exact[0]
        return found[0] if len(found) == 1 else None


def _find(book: Any, text: str, country: str | None) -> list[ArticleRow]:
    """Runs on the worker: the best matches for ``text``."""
    return book.codes.search(text, country=country, limit=MAX_MATCHES)

