# SPDX-License-Identifier: GPL-3.0-or-later
"""Notices when nobody has used the application for a while (for the automatic lock).

Idle means no key press, mouse button, mouse move, wheel or touch in any of the
application's windows; output (a running job, a repaint) does not count as use. The
filter is installed on the application only while an interval is set.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
})


class IdleWatch(QObject):
    """``idle`` is emitted once ``interval_ms`` pass without input (0: never). ``pause``
    stops watching (the window is locked already); ``resume`` starts again."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = 0
        self._paused = False
        self._filtering = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)

    def watch(self, interval_ms: int) -> None:
        self.interval_ms = max(interval_ms, 0)
        self._filter(self.interval_ms > 0)
        self._restart()

    def pause(self) -> None:
        self._paused = True
        self._timer.stop()

    def resume(self) -> None:
        self._paused = False
        self._restart()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._restart()
        return False

    def _restart(self) -> None:
        if self.interval_ms > 0 and not self._paused:
            self._timer.start(self.interval_ms)
        else:
            self._timer.stop()

    def _filter(self, wanted: bool) -> None:
        app = QCoreApplication.instance()
        if app is None or wanted == self._filtering:
            return
        if wanted:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = wanted
