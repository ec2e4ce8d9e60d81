# SPDX-License-Identifier: GPL-3.0-or-later
"""A progress dialog that appears only when a job runs long (Anki's progress.py).

Most jobs finish in a few milliseconds; flashing a dialog for them is noise. The
dialog shows after ``SHOW_DELAY_MS`` and its Cancel button sets the job's abort
Event, which the core checks between units of work.

Reports come from the worker through the main thread's queue, so some arrive after the
job ended or after the window that owned the dialog was deleted; a modal dialog's
``setValue`` even runs the event loop, and the job's end can run inside a report. A
report after ``finish`` does nothing, and nothing touches a dialog Qt has deleted
(issue 11: "'NoneType' object has no attribute 'setLabelText'").
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

SHOW_DELAY_MS = 600
STEPS = 1000


class DelayedProgress(QObject):
    """Owns the timer and, once shown, the QProgressDialog of one job.

    ``abort`` is the Event the running job watches; Cancel sets it.
    """

    def __init__(self, parent: QWidget | None, label: str, abort: threading.Event) -> None:
        super().__init__(parent)
        self._parent_widget = parent
        self._label = label
        self._abort = abort
        self._fraction = 0.0
        self._dialog: QProgressDialog | None = None
        self._finished = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)

    def start(self, delay_ms: int = SHOW_DELAY_MS) -> None:
        self._timer.start(delay_ms)

    def update(self, fraction: float, message: str) -> None:
        """Record progress; the dialog, when visible, shows it at once. Harmless after
        ``finish`` or once the dialog is gone."""
        if self._finished:
            return
        self._fraction = fraction
        if message:
            self._label = message
        dialog = self._live_dialog()
        if dialog is None:
            return
        dialog.setLabelText(self._label)
        # Last: a modal dialog's setValue runs the event loop, and finish() may run in it.
        dialog.setValue(int(fraction * STEPS))

    def finish(self) -> None:
        """The job ended: no dialog any more, now or later; reports after this do nothing."""
        if self._finished:
            return
        self._finished = True
        dialog, self._dialog = self._live_dialog(), None
        if not isValid(self):  # deleted with the window that owned it
            return
        self._timer.stop()
        if dialog is not None:
            dialog.canceled.disconnect(self._cancel)
            dialog.reset()
            dialog.deleteLater()
        self.deleteLater()

    @property
    def visible(self) -> bool:
        return self._live_dialog() is not None

    def _live_dialog(self) -> QProgressDialog | None:
        """The dialog, unless there is none or Qt deleted it (with its parent window)."""
        dialog = self._dialog
        return dialog if dialog is not None and isValid(dialog) else None

    def _show(self) -> None:
        if self._finished:
            return
        dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, STEPS, self._parent_widget)
        dialog.setWindowTitle(self.tr("Working…"))
        dialog.setAccessibleName(self.tr("Progress of the running job"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * 50)
        dialog.setValue(int(self._fraction * STEPS))
        dialog.canceled.connect(self._cancel)
        self._dialog = dialog
        dialog.show()

    def _cancel(self) -> None:
        self._abort.set()
        dialog = self._live_dialog()
        if dialog is not None:
            dialog.setLabelText(self.tr("Cancelling…"))
