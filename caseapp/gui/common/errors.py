# SPDX-License-Identifier: GPL-3.0-or-later
"""The one place where exceptions become messages for the volunteer (Anki's show_exception).

Errors from ``caseapp.domain.errors`` carry a message written for the volunteer and are
shown as they are. Anything else is a bug: the message says so, and the traceback goes
to the log and to the dialog's hidden "Show Details…" part, never to the main text.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.domain.errors import Cancelled, CaseAppError, DatabaseError, DatabaseTooNew, NotFound

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the volunteer what went wrong; a cancelled job needs no message."""
    if isinstance(exc, Cancelled):
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_title_for(exc))
    box.setTextFormat(Qt.TextFormat.PlainText)
    if isinstance(exc, CaseAppError):
        box.setText(str(exc))
    else:
        log.error("unexpected error", exc_info=exc)
        box.setText(QCoreApplication.translate(
            "Errors", "Something went wrong that caseapp did not expect:\n{error}\n\n"
            "Your data is safe; the last command was not saved.").format(error=exc))
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.setAccessibleName(box.windowTitle())
    box.exec()


def _title_for(exc: BaseException) -> str:
    if isinstance(exc, DatabaseTooNew):
        return QCoreApplication.translate("Errors", "Database from a newer caseapp")
    if isinstance(exc, DatabaseError):
        return QCoreApplication.translate("Errors", "Cannot open the database")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Errors", "Not found")
    if isinstance(exc, CaseAppError):
        return QCoreApplication.translate("Errors", "Cannot do that")
    return QCoreApplication.translate("Errors", "Unexpected error")
