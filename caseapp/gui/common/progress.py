# SPDX-License-Identifier: GPL-3.0-or-later
"""A progress dialog that appears only when a job runs long (Anki's progress.py).

Most jobs finish in a few milliseconds; flashing a dialog for them is noise. The
dialog shows after ``SHOW_DELAY_MS`` and its Cancel button sets the job's abort
Event, which the core checks between units of work.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

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
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)

    def start(self, delay_ms: int = SHOW_DELAY_MS) -> None:
        self._timer.start(delay_ms)

    def update(self, fraction: float, message: str) -> None:
        """Record progress; the dialog, when visible, shows it at once."""
        self._fraction = fraction
        if message:
            self._label = message
        if self._dialog is not None:
            self._dialog.setValue(int(fraction * STEPS))
            self._dialog.setLabelText(self._label)

    def finish(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self._cancel)
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        self.deleteLater()

    @property
    def visible(self) -> bool:
        return self._dialog is not None

    def _show(self) -> None:
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
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))
