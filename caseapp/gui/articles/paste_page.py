# SPDX-License-Identifier: GPL-3.0-or-later
"""Step 1 of the paste dialog: the article text and how to read it.

The volunteer pastes the text or opens a saved .txt/.html page (read by the core in
the background), and may give the publication date (relative words such as "кеше"
or "yesterday" count from it) and the language when detection should be overridden.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import Invalid

from caseapp.gui.articles.labels import ARTICLE_LANGUAGES, label
from caseapp.gui.common.errors import show_error
from caseapp.gui.common.fields import DateEdit
from caseapp.gui.common.forms import error_label
from caseapp.gui.ops import OpHost, QueryOp

ARTICLE_PATTERNS = "*.txt *.html *.htm"


class PastePage(QWidget):
    """Widgets: ``text``, ``open_button``, ``published``, ``language``, ``date_error``.

    ``text_changed`` tells the dialog whether there is anything to analyse.
    """

    text_changed = Signal(bool)

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._generation = 0
        self.text = QPlainTextEdit(self)
        self.open_button = QPushButton(self.tr("&Open File…"), self)
        self.published = DateEdit("published", self)
        self.language = QComboBox(self)
        self.date_error = error_label(self)
        self._size = QLabel(self)
        self._set_up_widgets()
        self._lay_out()

    def _set_up_widgets(self) -> None:
        self.text.setPlaceholderText(self.tr(
            "Paste a news article in Kazakh, Russian or English here: the title on the "
            "first line, then the text."))
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Article text"))
        self.text.textChanged.connect(self._on_text_changed)
        self.open_button.setAccessibleName(self.tr("Open an article file"))
        self.open_button.setToolTip(self.tr("Read a saved .txt or .html article"))
        self.open_button.clicked.connect(self.choose_file)
        self.published.setAccessibleName(self.tr("Publication date"))
        self.published.setToolTip(self.tr(
            "Words such as “yesterday” and dates without a year are counted from this day"))
        self.published.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        for key in ARTICLE_LANGUAGES:
            self.language.addItem(label(ARTICLE_LANGUAGES, key), key)
        self.language.setAccessibleName(self.tr("Article language"))
        self._size.setAccessibleName(self.tr("Length of the text"))
        self._on_text_changed()

    def _lay_out(self) -> None:
        options = QHBoxLayout()
        options.addWidget(self.open_button)
        options.addStretch(1)
        options.addWidget(self._buddy(self.tr("&Published:"), self.published))
        options.addWidget(self.published)
        options.addSpacing(12)
        options.addWidget(self._buddy(self.tr("&Language:"), self.language))
        options.addWidget(self.language)
        footer = QHBoxLayout()
        footer.addWidget(self._size)
        footer.addStretch(1)
        footer.addWidget(self.date_error)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text, 1)
        column.addLayout(footer)
        column.addLayout(options)
        QWidget.setTabOrder(self.text, self.open_button)
        QWidget.setTabOrder(self.open_button, self.published)
        QWidget.setTabOrder(self.published, self.language)

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        caption = QLabel(text, self)
        caption.setBuddy(widget)
        return caption

    # -- values

    def article_text(self) -> str:
        return self.text.toPlainText()

    def options(self) -> tuple[str, date | None, str]:
        """(text, published, language) as the core's ``draft`` takes them; may raise Invalid."""
        self.show_date_error(None)
        return self.article_text(), self.published.date_value(), self.language.currentData()

    def show_date_error(self, exc: Invalid | None) -> None:
        self.date_error.setText(str(exc) if exc else "")
        self.date_error.setVisible(exc is not None)
        if exc is not None:
            self.published.setFocus()

    def _on_text_changed(self) -> None:
        count = len(self.article_text())
        self._size.setText(self.tr("Characters: {count}").format(
            count=QLocale().toString(count)) if count else "")
        self.text_changed.emit(bool(self.article_text().strip()))

    # -- open a file

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open Article"), "",
            self.tr("Articles ({patterns});;All files (*)").format(patterns=ARTICLE_PATTERNS))
        if chosen:
            self.load_file(chosen)

    def load_file(self, path: str) -> None:
        """Read ``path`` through the core (HTML is stripped there) into the text box."""
        self._generation += 1
        generation = self._generation
        QueryOp(self._host, lambda book: book.articles.load_file(path), parent=self).success(
            lambda text: self._loaded(generation, text)).failure(
            lambda exc: self._load_failed(generation, exc)).run_in_background()

    def drop_pending(self) -> None:
        """Ignore a file still being read (the dialog is closing)."""
        self._generation += 1

    def _loaded(self, generation: int, text: str) -> None:
        if generation != self._generation:
            return
        self.text.setPlainText(text)
        self.text.setFocus()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            show_error(self, exc)
