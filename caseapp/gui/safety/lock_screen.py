# SPDX-License-Identifier: GPL-3.0-or-later
"""What the main window shows instead of its pages while it is locked, or after a panic.

It names the file and nothing from it. For an encrypted file it asks for the
passphrase; for a plain one it has an Unlock button and says plainly that the lock only
hides the data: only encryption protects a file on a computer someone else can use.
After a panic it names no file at all and offers to open one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from caseapp.gui.common.forms import error_label, paragraph
from caseapp.gui.safety.passphrase_rows import masked_line, show_toggle

COLUMN_CHARS = 56


class LockScreen(QWidget):
    """Signals: ``unlock_requested(passphrase)`` ("" for a plain file) and
    ``open_requested`` (Open Database…). Attributes: ``heading``, ``detail``,
    ``passphrase``, ``show_passphrase``, ``error``, ``note``, ``unlock_button``,
    ``open_button``."""

    unlock_requested = Signal(str)
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.heading.setFont(font)
        self.detail = paragraph(self, "")
        self.passphrase = masked_line(self)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._unlock)
        self.show_passphrase = show_toggle(self, [self.passphrase])
        self.error = error_label(self)
        self.note = paragraph(self, "")
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.clicked.connect(self._unlock)
        self.open_button = QPushButton(self.tr("&Open Database…"), self)
        self.open_button.clicked.connect(self.open_requested)
        self._layout()

    def _layout(self) -> None:
        column = QWidget(self)
        # a fixed width: centred at its size hint, the wrapped paragraphs would be squeezed
        column.setFixedWidth(self.fontMetrics().averageCharWidth() * COLUMN_CHARS)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        inner = QVBoxLayout(column)
        for widget in (self.heading, self.detail, self.passphrase, self.show_passphrase,
                       self.error):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        inner.addSpacing(self.fontMetrics().height())
        inner.addWidget(self.note)
        centred = QHBoxLayout()  # not an alignment flag: that ignores the paragraphs' height
        centred.addStretch(1)
        centred.addWidget(column)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)

    def show_locked(self, name: str, *, encrypted: bool) -> None:
        """Locked on the file ``name``: its passphrase, or Unlock for a plain file."""
        self.heading.setText(self.tr("Locked"))
        self.detail.setText(
            self.tr("{name} is closed. Type its passphrase to open it again.").format(name=name)
            if encrypted else
            self.tr("{name} is closed. Unlock opens it again.").format(name=name))
        self.note.setText("" if encrypted else self.tr(
            "This file is not encrypted: the lock only hides it from view. Anyone who can "
            "use this computer, or who copies the file, can read it. Only encryption "
            "(File ▸ Encrypt Database) protects a file."))
        self._show_parts(passphrase=encrypted, unlock=True)
        (self.passphrase if encrypted else self.unlock_button).setFocus(
            Qt.FocusReason.OtherFocusReason)

    def show_closed(self) -> None:
        """After a panic: no file is named, only Open Database is offered."""
        self.heading.setText(self.tr("No database open"))
        self.detail.setText(self.tr("The database was closed; the list of recent files, "
                                    "the saved view and the clipboard were cleared. Open a "
                                    "database to go on."))
        self.note.setText("")
        self._show_parts(passphrase=False, unlock=False)
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.passphrase.selectAll()
        self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        self.passphrase.clear()
        self.show_passphrase.setChecked(False)
        self.show_error("")

    def _show_parts(self, *, passphrase: bool, unlock: bool) -> None:
        self.clear()
        self.passphrase.setVisible(passphrase)
        self.show_passphrase.setVisible(passphrase)
        self.unlock_button.setVisible(unlock)
        self.note.setVisible(bool(self.note.text()))

    def _unlock(self) -> None:
        typed = self.passphrase.text()
        self.passphrase.clear()
        self.unlock_requested.emit(typed)
