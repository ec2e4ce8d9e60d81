# SPDX-License-Identifier: GPL-3.0-or-later
"""Pages that re-read everything they show: at once when visible, else when next shown.

The Dashboard and the Trash show small summaries that any command can change; rather
than work out which rows a change touched, they read all again — but only when the
volunteer can see them.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from caseapp.domain.changes import Changes


class ReloadsWhenShown(QWidget):
    """Mixed into a page whose ``reload()`` re-reads everything; call ``loaded_now()``
    at the start of ``reload``."""

    _stale = False

    def reload(self) -> None:
        raise NotImplementedError

    def loaded_now(self) -> None:
        self._stale = False

    def on_changes(self, changes: Changes) -> None:
        if not changes.tables:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
