# SPDX-License-Identifier: GPL-3.0-or-later
"""Edit Template…: the group's own wording of one kind of letter in one language.

Saving keeps the edited copy in the database (the shipped text stays in caseapp);
Restore Shipped Text removes the copy. Both are undoable commands. The placeholders a
template may use are listed under the text; an unknown one is refused by name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from caseapp.core.casebook import Casebook
from caseapp.domain.enums import LetterKind, LetterLanguage
from caseapp.domain.letters import PLACEHOLDERS, check_template
from caseapp.i18n import _

from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.ops import CasebookOp, OpHost


class TemplateDialog(BaseDialog):
    """Attributes: ``subject``, ``body``, ``reset_button``; ``kind`` and ``language``."""

    def __init__(self, host: OpHost, *, kind: str, language: str,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Letter Template: {kind} ({language})").format(
            kind=LetterKind(kind).label(), language=LetterLanguage(language).label())
        super().__init__(host, title, parent)
        self.kind, self.language = kind, language
        current = host.casebook.letters.template(kind, language)
        self.subject = QLineEdit(current.subject, self)
        self.add_field(self.tr("&Subject:"), self.subject, "subject")
        self.body = QPlainTextEdit(current.body, self)
        self.add_field(self.tr("&Text:"), self.body, "body")
        self.add_widget(self._placeholder_help())
        self.reset_button = self.buttons.addButton(self.tr("&Restore Shipped Text"),
                                                   QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.setEnabled(current.edited)
        self.reset_button.clicked.connect(self.restore_shipped)
        self.finish_layout()
        self.setMinimumSize(self.fontMetrics().averageCharWidth() * 80,
                            self.fontMetrics().height() * 30)

    def _placeholder_help(self) -> QLabel:
        listed = "\n".join(f"{{{name}}} — {_(meaning)}" for name, meaning in PLACEHOLDERS.items())
        label = QLabel(self.tr("The records fill in these placeholders:") + "\n" + listed, self)
        label.setWordWrap(True)
        return label

    def command(self) -> Callable[[Casebook], object]:
        subject, body = self.subject.text(), self.body.toPlainText()
        check_template(subject, "subject")
        check_template(body, "body")
        kind, language = self.kind, self.language
        return lambda book: book.letters.save_template(kind=kind, language=language,
                                                       subject=subject, body=body)

    def restore_shipped(self) -> None:
        kind, language = self.kind, self.language
        CasebookOp(self.host, lambda book: book.letters.reset_template(
            kind=kind, language=language), parent=self, origin=self).success(
            self._saved).run_in_background()
