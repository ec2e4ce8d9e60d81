# SPDX-License-Identifier: GPL-3.0-or-later
"""The passphrase dialogs: asking for the passphrase of an encrypted file, and choosing a
new one to encrypt the open file or to change its passphrase.

The passphrase goes from the dialog to the core and nowhere else: not to settings,
window state, recent files or logs. The dialogs keep no copy once they are closed.
"""

from __future__ import annotations

import hmac
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import Invalid

from caseapp.gui.common.forms import BaseDialog, error_label, paragraph
from caseapp.gui.ops import OpHost
from caseapp.gui.safety.passphrase_rows import PassphraseRows, masked_line, show_toggle


class AskPassphraseDialog(QDialog):
    """"<file> is encrypted": one masked field, a show toggle and the last error.

    Attributes: ``passphrase`` (the field), ``error`` (why the last one did not open it).
    """

    def __init__(self, path: Path, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("askPassphraseDialog")
        self.setWindowTitle(self.tr("Encrypted Database"))
        intro = paragraph(self, self.tr("{name} is encrypted. Type its passphrase to open "
                                           "it.").format(name=path.name))
        where = paragraph(self, str(path))
        where.setEnabled(False)
        self.passphrase = masked_line(self)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.show_passphrase = show_toggle(self, [self.passphrase])
        self.error = error_label(self)
        self.error.setText(error)
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, where, self.passphrase, self.show_passphrase, self.error, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted:
            self.passphrase.clear()
        super().done(result)


def ask_passphrase(parent: QWidget | None, path: Path, error: str = "") -> str | None:
    """The passphrase the volunteer typed for ``path``; None when they cancelled."""
    dialog = AskPassphraseDialog(path, error, parent)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.passphrase.text() if accepted else None
    finally:
        dialog.passphrase.clear()
        dialog.deleteLater()


class NewPassphraseDialog(BaseDialog):
    """Encrypt Database (``current`` None) or Change Passphrase (``current`` is the open
    file's passphrase, which the volunteer must type first). ``result_value`` is the new
    passphrase once accepted."""

    def __init__(self, host: OpHost, path: Path, current: str | None,
                 parent: QWidget | None = None) -> None:
        changing = current is not None
        super().__init__(host, self.tr("Change Passphrase") if changing
                         else self.tr("Encrypt Database"), parent)
        self._current = current
        self.add_widget_above(paragraph(self, self._intro(path.name, changing)))
        self.current = masked_line(self)
        if changing:
            self.add_field(self.tr("&Current passphrase:"), self.current, "current")
        else:  # not in the layout: it would sit over the first paragraph
            self.current.hide()
        self.rows = PassphraseRows(self, self.tr("&New passphrase:") if changing
                                   else self.tr("&Passphrase:"))
        self.rows.show.toggled.connect(lambda shown: self.current.setEchoMode(
            self.rows.passphrase.echoMode()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Change Passphrase") if changing else self.tr("Encrypt"))
        self.finish_layout()
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _intro(self, name: str, changing: bool) -> str:
        if changing:
            return self.tr("The whole of {name} is encrypted again with the new passphrase. "
                           "Backups made before keep the old one.").format(name=name)
        return self.tr("{name} is rewritten so that only the passphrase opens it; its backups "
                       "from now on are encrypted too. Backups made before stay readable "
                       "until you delete them.").format(name=name)

    def add_widget_above(self, widget: QWidget) -> None:
        """A paragraph above the fields."""
        self._layout.insertWidget(0, widget)

    def save(self) -> None:
        self.accept_checked(self.new_passphrase)

    def new_passphrase(self) -> str:
        """The new passphrase; Invalid when the current one is wrong or the new one unfit."""
        if self._current is not None and not hmac.compare_digest(
                self.current.text().encode(), self._current.encode()):
            raise Invalid(self.tr("This is not the passphrase of the open file."),
                          field="current")
        return self.rows.value()

    def done(self, result: int) -> None:
        self.current.clear()
        self.rows.clear()
        self._current = None
        super().done(result)
