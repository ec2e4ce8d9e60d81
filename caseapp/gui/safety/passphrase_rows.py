# SPDX-License-Identifier: GPL-3.0-or-later
"""The rows that set a new passphrase: typed twice, a strength hint, and the warning that a
lost passphrase cannot be recovered.

Shared by File ▸ New Database, Encrypt Database and Change Passphrase. The hint counts
characters and words only: it cannot know whether words are related, so it says what
is best (several unrelated words) rather than pretending to measure it. The minimum
length is the core's (it refuses shorter ones with the same words).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from caseapp.domain.errors import Invalid

from caseapp.gui.common.forms import BaseDialog, paragraph

# As caseapp.store.crypto.MIN_PASSPHRASE, which the core enforces when encrypting.
MIN_LENGTH = 8
# Words, and characters, from which a passphrase counts as good or strong.
GOOD_WORDS, STRONG_WORDS = 3, 4
GOOD_LENGTH, STRONG_LENGTH = 16, 20
WORD = re.compile(r"\w+")
WEAK_STYLE, GOOD_STYLE, STRONG_STYLE = "color: #b3261e;", "color: #7a5c00;", "color: #1e6b2e;"
# Called by this name so that lupdate collects the strings.
translate = QCoreApplication.translate


def strength(passphrase: str) -> tuple[str, str]:
    """The hint shown under a new passphrase and its colour, from length and word count."""
    words = len(WORD.findall(passphrase))
    if len(passphrase) < MIN_LENGTH:
        return translate("PassphraseRows", "Too short: at least {count} characters.").format(
            count=MIN_LENGTH), WEAK_STYLE
    if words >= STRONG_WORDS and len(passphrase) >= STRONG_LENGTH:
        return translate("PassphraseRows", "Strong, if the words are unrelated."), STRONG_STYLE
    if words >= GOOD_WORDS or len(passphrase) >= GOOD_LENGTH:
        return translate("PassphraseRows", "Good. One or two more unrelated words make it "
                         "strong."), GOOD_STYLE
    return translate("PassphraseRows", "Weak: easy to guess. Use several unrelated words."), \
        WEAK_STYLE


def masked_line(parent: QWidget) -> QLineEdit:
    """A line edit whose text is shown as dots and never offered to other programs."""
    line = QLineEdit(parent)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    hints = Qt.InputMethodHint
    line.setInputMethodHints(hints.ImhHiddenText | hints.ImhNoPredictiveText
                             | hints.ImhSensitiveData)
    line.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return line


def show_toggle(parent: QWidget, lines: list[QLineEdit]) -> QCheckBox:
    """"Show passphrase": reveals ``lines`` while checked."""
    toggle = QCheckBox(translate("PassphraseRows", "Sho&w passphrase"), parent)

    def reveal(shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for line in lines:
            line.setEchoMode(mode)

    toggle.toggled.connect(reveal)
    return toggle


class PassphraseRows:
    """Adds the rows to ``dialog``'s form. Attributes: ``passphrase``, ``again`` (the
    confirmation), ``show``, ``hint`` (strength) and ``warning`` (cannot be recovered)."""

    def __init__(self, dialog: BaseDialog, label: str) -> None:
        self.passphrase = masked_line(dialog)
        self.again = masked_line(dialog)
        dialog.add_field(label, self.passphrase, "passphrase")
        dialog.add_field(translate("PassphraseRows", "&Type it again:"), self.again, "again")
        self.show = show_toggle(dialog, [self.passphrase, self.again])
        self.hint = paragraph(dialog, "")
        self.warning = paragraph(dialog, translate(
            "PassphraseRows", "Several unrelated words (four or more) are best: long, and "
            "easy to remember. Write the passphrase down and keep it apart from the computer: "
            "a lost passphrase cannot be recovered, by anyone, and without it the data is "
            "lost too."))
        for widget in (self.show, self.hint, self.warning):
            dialog.form.addRow("", widget)
        self.passphrase.textChanged.connect(self._show_strength)
        self._show_strength("")

    def row_fields(self) -> list[QWidget]:
        """The field of each row in the dialog's form (to show or hide the rows)."""
        return [_container(self.passphrase), _container(self.again), self.show, self.hint,
                self.warning]

    def value(self) -> str:
        """The new passphrase; Invalid (naming the field) when too short or not repeated."""
        text = self.passphrase.text()
        if len(text) < MIN_LENGTH:
            raise Invalid(translate("PassphraseRows", "A passphrase needs at least {count} "
                                    "characters; several unrelated words are best.").format(
                count=MIN_LENGTH), field="passphrase")
        if self.again.text() != text:
            raise Invalid(translate("PassphraseRows", "The two passphrases differ; type the "
                                    "same one twice."), field="again")
        return text

    def clear(self) -> None:
        self.passphrase.clear()
        self.again.clear()

    def _show_strength(self, text: str) -> None:
        hint, style = strength(text)
        self.hint.setText(translate("PassphraseRows", "Strength: {hint}").format(hint=hint))
        self.hint.setStyleSheet(style)


def _container(widget: QWidget) -> QWidget:
    container = widget.parentWidget()
    assert container is not None, "BaseDialog.add_field puts each field in a container"
    return container
