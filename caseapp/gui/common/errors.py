# SPDX-License-Identifier: GPL-3.0-or-later
"""The one place where exceptions become messages for the volunteer (Anki's show_exception).

Errors from ``caseapp.domain.errors`` carry a message written for the volunteer and are
shown as they are, in a message box of one line. Anything else is a bug: it goes to the
unexpected-error dialog (gui/common/unexpected.py), which logs it without personal data.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.domain.errors import Cancelled, CaseAppError, DatabaseError, DatabaseTooNew, NotFound

from caseapp.gui.common.unexpected import show_unexpected


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the volunteer what went wrong; a cancelled job needs no message."""
    if not isinstance(exc, CaseAppError):
        show_unexpected(parent, exc)
        return
    if isinstance(exc, Cancelled):
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_title_for(exc))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(str(exc))
    box.setAccessibleName(box.windowTitle())
    box.exec()


def _title_for(exc: CaseAppError) -> str:
    if isinstance(exc, DatabaseTooNew):
        return QCoreApplication.translate("Errors", "Database from a newer caseapp")
    if isinstance(exc, DatabaseError):
        return QCoreApplication.translate("Errors", "Cannot open the database")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Errors", "Not found")
    return QCoreApplication.translate("Errors", "Cannot do that")
