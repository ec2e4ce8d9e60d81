# SPDX-License-Identifier: GPL-3.0-or-later
"""``caseapp-gui --quit-when-shown``: print the title of the first window shown, then quit.

For start-up measurements and smoke tests of a built bundle (packaging/linux/test-dist.sh,
measure-start.sh): the time from launch to the window on screen, and which window it was
(the welcome screen on a first run, in the volunteer's language, else the main window),
without anyone to close it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow


class ShownProbe(QObject):
    """Installed on the application; acts once, on the first dialog or main window shown."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.seen = ""
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self.seen and event.type() == QEvent.Type.Show
                and isinstance(watched, QDialog | QMainWindow)):
            self.seen = watched.windowTitle() or type(watched).__name__
            if sys.stdout is not None:
                sys.stdout.write(f"shown: {self.seen}\n")
                sys.stdout.flush()
            QTimer.singleShot(0, lambda: self._leave(watched))
        return False

    def _leave(self, window: QObject) -> None:
        self.app.removeEventFilter(self)
        if isinstance(window, QDialog):
            window.reject()  # the welcome screen, closed: the program ends
        self.app.quit()
