# SPDX-License-Identifier: GPL-3.0-or-later
"""Write Letter…: an Urgent Action letter about one person, previewed and editable.

The volunteer chooses the addressee, the kind of letter and its language; the core
composes the letter from the records and the dialog shows its subject and text for
editing. Save PDF, Save Text and Copy (for an e-mail) each output the edited letter;
the first of them in a dialog also logs it as a campaign action ("sent", with a
follow-up date), in the same background command, so Edit ▸ Undo takes the log back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from caseapp.core import settings as preferences
from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.enums import LetterKind
from caseapp.domain.errors import CaseAppError, Invalid
from caseapp.domain.letters import Letter

from caseapp.gui.common.fields import EnumCombo
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.letters.addressee_book import AddresseeBookDialog
from caseapp.gui.letters.template_dialog import TemplateDialog
from caseapp.gui.ops import CasebookOp, OpHost
from caseapp.gui.settings.dialog import LANGUAGE_NAMES

PDF, TEXT, COPY = "pdf", "txt", "copy"
Logged = tuple[Path | None, records.Action | None]


class LetterDialog(BaseDialog):
    """Attributes: ``addressee``, ``template``, ``language`` (choices), ``address`` (the
    address block, shown), ``subject`` and
    ``text`` (the editable letter), ``gaps`` (what the records lacked), the buttons
    ``pdf_button``, ``text_button``, ``copy_button``; ``letter`` the composed Letter
    and ``logged`` the campaign action this dialog logged (None before the first output).
    """

    ASK_BEFORE_DISCARD = False

    def __init__(self, host: OpHost, *, person_id: int, case_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Write Letter"), parent)
        self.person_id, self.case_id = person_id, case_id
        self.letter: Letter | None = None
        self.logged: records.Action | None = None
        self._organisation = preferences.load().organisation
        self._build()
        self._output_buttons()
        self.finish_layout()
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 90,
                            self.fontMetrics().height() * 36)
        self.load_targets()
        self.addressee.currentIndexChanged.connect(lambda _i: self._target_changed())
        self.template.currentIndexChanged.connect(lambda _i: self.compose())
        self.language.currentIndexChanged.connect(lambda _i: self.compose())
        self._target_changed()

    @property
    def book(self) -> Casebook:
        return self.host.casebook

    def _build(self) -> None:
        self.addressee = QComboBox(self)
        self.book_button = QPushButton(self.tr("Addressee &Book…"), self)
        self.book_button.clicked.connect(self.open_addressee_book)
        self.add_field(self.tr("&To:"), self.beside(self.addressee, self.book_button), "to")
        self.addressee.setAccessibleName(self.tr("Addressee"))
        self.template = EnumCombo(LetterKind, self)
        self.template_button = QPushButton(self.tr("&Edit Template…"), self)
        self.template_button.clicked.connect(self.edit_template)
        self.add_field(self.tr("&Letter:"), self.beside(self.template, self.template_button),
                       "template")
        self.template.setAccessibleName(self.tr("Kind of letter"))
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.add_field(self.tr("La&nguage:"), self.language, "language")
        self.address = QLabel(self)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Address:"), self.address)
        self.subject = QLineEdit(self)
        self.add_field(self.tr("&Subject:"), self.subject, "subject")
        self.text = QPlainTextEdit(self)
        self.add_field(self.tr("Te&xt:"), self.text, "text")
        self.gaps = QLabel(self)
        self.gaps.setWordWrap(True)
        self.add_widget(self.gaps)
        self.logged_note = QLabel(self)
        self.logged_note.setWordWrap(True)
        self.add_widget(self.logged_note)

    def _output_buttons(self) -> None:
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.pdf_button = self.buttons.addButton(self.tr("Save &PDF…"), role)
        self.text_button = self.buttons.addButton(self.tr("Save &Text…"), role)
        self.copy_button = self.buttons.addButton(self.tr("&Copy"), role)
        self.copy_button.setToolTip(self.tr("Copy the letter for an e-mail"))
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.text_button.clicked.connect(lambda: self.save_text())
        self.copy_button.clicked.connect(self.copy)

    # -- composing

    def load_targets(self, chosen: str | None = None) -> None:
        """Fill the addressee list (built-in ones, then the book); keep ``chosen``."""
        keep = chosen or self.addressee.currentData()
        self.addressee.blockSignals(True)
        self.addressee.clear()
        for key, label in self.book.letters.targets():
            self.addressee.addItem(label, key)
        self.addressee.setCurrentIndex(max(self.addressee.findData(keep), 0))
        self.addressee.blockSignals(False)

    def choose(self, *, to: str | None = None, kind: str | None = None,
               language: str | None = None) -> None:
        """Set the choices as a volunteer would (for tests and callers)."""
        if to is not None and self.addressee.findData(to) >= 0:
            self.addressee.setCurrentIndex(self.addressee.findData(to))
        if kind is not None:
            self.template.set_value(kind)
        if language is not None and self.language.findData(language) >= 0:
            self.language.setCurrentIndex(self.language.findData(language))

    def _target_changed(self) -> None:
        """A new addressee brings its own language; then the letter is composed again."""
        try:
            language = self.book.letters.language_for(self.addressee.currentData())
        except CaseAppError:
            language = self.language.currentData()
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.blockSignals(False)
        self.compose()

    def compose(self) -> None:
        """Compose the letter for the current choices (replacing edits in the preview)."""
        self.clear_errors()
        try:
            self.letter = self.book.letters.compose(
                self.person_id, to=self.addressee.currentData(), kind=self.template.value() or "",
                language=self.language.currentData(), case_id=self.case_id,
                organisation=self._organisation)
        except CaseAppError as exc:
            self._no_letter(exc)
            return
        recipient = self.letter.recipient
        self.address.setText("\n".join((*recipient.lines, recipient.email)).strip())
        self.subject.setText(self.letter.subject)
        self.text.setPlainText(self.letter.text)
        self.gaps.setText(self.tr("Not in the records, marked in the text for you to fill in: "
                                  "{names}").format(names=", ".join(self.letter.gaps))
                          if self.letter.gaps else "")
        self._enable_output(True)

    def _no_letter(self, exc: CaseAppError) -> None:
        self.letter = None
        self.address.clear()
        self.subject.clear()
        self.text.clear()
        self.gaps.clear()
        self._enable_output(False)
        self.show_invalid(exc if isinstance(exc, Invalid) and exc.field else
                          Invalid(str(exc), field="to"))

    def _enable_output(self, enabled: bool) -> None:
        for button in (self.pdf_button, self.text_button, self.copy_button):
            button.setEnabled(enabled)

    def current_letter(self) -> Letter | None:
        """The composed letter with the volunteer's edits to its subject and text."""
        if self.letter is None:
            return None
        return self.letter.edited(subject=self.subject.text(), text=self.text.toPlainText())

    # -- output

    def save_pdf(self, path: Path | None = None) -> None:
        """Write the PDF to ``path`` (asked for when None) and log the letter once."""
        self._save(PDF, path)

    def save_text(self, path: Path | None = None) -> None:
        self._save(TEXT, path)

    def copy(self) -> None:
        letter = self.current_letter()
        if letter is None:
            return
        QGuiApplication.clipboard().setText(letter.plain_text())
        self._output(letter, None, lambda _book: None)

    def _save(self, form: str, path: Path | None) -> None:
        letter = self.current_letter()
        chosen = path or self._ask_path(form)
        if letter is None or chosen is None:
            return
        organisation = self._organisation
        if form == PDF:
            self._output(letter, chosen, lambda book: book.letters.write_pdf(
                letter, chosen, organisation=organisation))
        else:
            self._output(letter, chosen, lambda book: book.letters.write_text(letter, chosen))

    def _output(self, letter: Letter, path: Path | None,
                write: Callable[[Casebook], object]) -> None:
        """Run ``write`` and, the first time, log the letter, as one background command."""
        first = self.logged is None
        person, case = self.person_id, self.case_id

        def op(book: Casebook) -> tuple:
            write(book)
            if not first:
                return (path, None)
            action, changes = book.letters.log(letter, person_id=person, case_id=case)
            return (path, action, changes)

        CasebookOp(self.host, op, parent=self, origin=self).success(self._written) \
            .run_in_background()

    def _written(self, result: tuple) -> None:
        path, action = result[0], result[1]
        if action is not None:
            self.logged = action
            self.logged_note.setText(self.tr("Logged as a campaign action (sent); follow up on "
                                             "{day}. Edit ▸ Undo removes the entry.").format(
                day=action.follow_up_on))
        message = (self.tr("Saved {path}").format(path=path) if path is not None
                   else self.tr("Copied the letter"))
        show_message = getattr(self.host, "show_message", None)
        if show_message is not None:
            show_message(message)

    def _ask_path(self, form: str) -> Path | None:
        name = f"letter-{self.template.value()}-{date.today().isoformat()}.{form}"
        suggested = _documents() / name
        filters = (self.tr("PDF documents (*.pdf)") if form == PDF
                   else self.tr("Text files (*.txt)"))
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the Letter As"),
                                                      str(suggested), filters)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{form}" else path.with_name(
            f"{path.name}.{form}")

    # -- other dialogs

    def open_addressee_book(self) -> AddresseeBookDialog:
        dialog = AddresseeBookDialog(self.host, parent=self)
        dialog.finished.connect(lambda _result: self._after_book())
        dialog.open()
        return dialog

    def _after_book(self) -> None:
        self.load_targets()
        self._target_changed()

    def edit_template(self) -> TemplateDialog:
        dialog = TemplateDialog(self.host, kind=self.template.value() or "",
                                language=self.language.currentData(), parent=self)
        dialog.finished.connect(lambda _result: self.compose())
        dialog.open()
        return dialog


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()
