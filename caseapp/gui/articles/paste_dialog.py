# SPDX-License-Identifier: GPL-3.0-or-later
"""Tools ▸ Paste Article…: paste or open an article, review what was found, import it.

Step 1 (``PastePage``) takes the text; Analyse runs ``articles.draft`` on the
database worker. Step 2 (``ReviewPage``) shows the draft for review; Import writes
the volunteer's choices onto the draft and runs ``articles.apply`` as one command,
so Edit ▸ Undo ("Undo Import Article") removes the whole import.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from caseapp.domain.errors import Cancelled, Invalid

from caseapp.gui.articles.choices import apply_choices
from caseapp.gui.articles.labels import LINK, NEW
from caseapp.gui.articles.paste_page import PastePage
from caseapp.gui.articles.review_page import ReviewPage
from caseapp.gui.common.errors import show_error
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.common.settings import gui_settings
from caseapp.gui.ops import Job, OpHost, QueryOp

DEFAULT_SIZE = (1240, 780)
PASTE, REVIEW = 0, 1


class PasteHost(OpHost, Protocol):
    """The main window as this dialog uses it: ops plus a status-bar message."""

    def show_message(self, text: str) -> None: ...


class PasteArticleDialog(BaseDialog):
    """Attributes: ``paste_page``, ``review_page``, ``analyse_button``, ``back_button``,
    ``import_button``, ``draft`` (the ArticleDraft under review, or None) and
    ``paste_host`` (the host with its status-bar message).
    """

    def saved_message(self, result: object) -> str:
        """The import reports what it created itself, in more words than a step name."""
        return ""

    def __init__(self, host: PasteHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Paste Article"), parent)
        self.paste_host = host
        self.draft: Any = None
        self._busy = False
        self._close_when_idle: int | None = None
        self.paste_page = PastePage(host, self)
        self.review_page = ReviewPage(host, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.paste_page)
        self.stack.addWidget(self.review_page)
        self.add_widget(self.stack)
        self.analyse_button = self._button(self.tr("&Analyse"),
                                           QDialogButtonBox.ButtonRole.ActionRole)
        self.back_button = QPushButton(self.tr("‹ &Back"), self)
        self.back_button.setAccessibleName(self.tr("Back to the text"))
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self._add_footer()
        self._connect()
        if gui_settings().value(f"dialogs/{self.objectName()}") is None:
            self.resize(*DEFAULT_SIZE)
        self.show_step(PASTE)

    def _button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAccessibleName(text.replace("&", "").strip("‹ "))
        return button

    def _add_footer(self) -> None:
        """Back sits at the left, away from Import and Cancel (instead of finish_layout)."""
        footer = QWidget(self)
        row = QHBoxLayout(footer)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        self.add_widget(footer)

    def _connect(self) -> None:
        self.analyse_button.clicked.connect(self.analyse)
        self.back_button.clicked.connect(lambda: self.show_step(PASTE))
        self.paste_page.text_changed.connect(self._update_buttons)
        self.review_page.choices_changed.connect(self._update_buttons)
        self.import_button.setAccessibleName(self.tr("Import the article"))
        for button in [*self.buttons.buttons(), self.back_button]:
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        QWidget.setTabOrder(self.paste_page.language, self.analyse_button)

    # -- steps

    def show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.analyse_button.setVisible(step == PASTE)
        self.back_button.setVisible(step == REVIEW)
        self.import_button.setVisible(step == REVIEW)
        self.clear_errors()
        self._update_buttons()
        if step == PASTE:
            self.analyse_button.setDefault(True)
            self.paste_page.text.setFocus()
        else:
            self.analyse_button.setDefault(False)
            self.review_page.proposals.setFocus()

    def _update_buttons(self) -> None:
        has_text = bool(self.paste_page.article_text().strip())
        self.analyse_button.setEnabled(has_text and not self._busy)
        self.back_button.setEnabled(not self._busy)
        self.import_button.setEnabled(self.draft is not None and not self._busy
                                      and not self.review_page.is_duplicate())
        if self.draft is not None:
            counts = self.review_page.model.counts()
            self.import_button.setToolTip(self.tr(
                "Store the article as a source with what it says (new persons: {new}, "
                "linked: {linked}) in one step that Edit ▸ Undo can take back").format(
                new=counts[NEW], linked=counts[LINK]))

    # -- step 1 → 2

    def analyse(self) -> None:
        """Read the article in the background; the review step opens when it is done."""
        try:
            text, published, language = self.paste_page.options()
        except Invalid as exc:
            self.paste_page.show_date_error(exc)
            return
        if not text.strip() or self._busy:
            return
        self._set_busy(True)
        QueryOp(self.host, lambda book, job: _draft(book, job, text, published, language),
                parent=self).with_progress(self.tr("Reading the article…")).success(
            self.show_draft).failure(self._analyse_failed).run_in_background()

    def _analyse_failed(self, exc: BaseException) -> None:
        if not self._job_done():
            show_error(self, exc)

    def _set_busy(self, busy: bool) -> None:
        """While a job runs, Analyse, Back and Import wait: a second click would repeat it."""
        self._busy = busy
        self._update_buttons()

    def _job_done(self) -> bool:
        """Mark the running job finished; True when the dialog was closed meanwhile and
        has now really closed (so the result is not shown)."""
        self._set_busy(False)
        if self._close_when_idle is None:
            return False
        self.done(self._close_when_idle)
        return True

    def done(self, result: int) -> None:
        """Closing while a job runs only hides the dialog: it is deleted on close (the
        main window opens it so), and the job's callbacks still need its widgets."""
        if self._busy:
            self._close_when_idle = result
            self.hide()
            return
        self.paste_page.drop_pending()
        self.review_page.candidates.drop_pending()
        super().done(result)

    def show_draft(self, draft: Any) -> None:
        if self._job_done():
            return
        self.draft = draft
        self.review_page.set_draft(draft)
        self.show_step(REVIEW)

    # -- step 2: import (BaseDialog.save runs command() through a CasebookOp)

    def save(self) -> None:
        if not self._busy:
            self._set_busy(True)
            super().save()

    def command(self) -> Callable:
        draft = self.draft
        if draft is None or self.review_page.is_duplicate():
            self._set_busy(False)
            raise Invalid(self.tr("This article is already in the database."))
        apply_choices(draft, self.review_page.model.choices, self.review_page.events.events)
        return lambda book: book.articles.apply(draft)

    def _saved(self, result: object) -> None:
        """The import committed: report it even if the dialog was closed meanwhile."""
        self._busy, self._close_when_idle = False, None
        report = result[0] if isinstance(result, tuple) else result
        self.paste_host.show_message(self.summary(report))
        super()._saved(result)

    def _failed(self, exc: BaseException) -> None:
        if not self._job_done():
            super()._failed(exc)

    def summary(self, report: Any) -> str:
        """One line for the status bar: what the import created and linked."""
        return self.tr("Article imported as a source. New persons: {created}; linked to "
                       "existing persons: {linked}; records in all: {records}. "
                       "Edit ▸ Undo takes it back.").format(
            created=len(report.created), linked=len(report.linked), records=report.records)


def _draft(book: Any, job: Job, text: str, published: Any, language: str) -> Any:
    """Runs on the database worker: extract, rank candidates, pre-link exact names."""
    draft = book.articles.draft(text, published=published, language=language)
    if job.abort.is_set():
        raise Cancelled("analysis cancelled")
    book.articles.auto_link(draft, {})
    return draft
