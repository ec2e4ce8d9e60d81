# SPDX-License-Identifier: GPL-3.0-or-later
"""Progress reporting and cancellation for long jobs, without Qt.

Long core functions take ``progress(fraction, message)`` and ``abort`` (a
threading.Event). They call ``Ticker.tick`` between units of work, which raises
Cancelled when abort is set; the surrounding transaction then rolls back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from caseapp.domain.errors import Cancelled
from caseapp.i18n import _

Progress = Callable[[float, str], None]


class Ticker:
    """Reports fraction done and stops the job when asked to."""

    def __init__(self, total: int, progress: Progress | None = None,
                 abort: threading.Event | None = None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._abort = abort

    def tick(self, message: str = "", step: int = 1) -> None:
        self.check()
        self.done += step
        if self._progress is not None:
            self._progress(min(self.done / self.total, 1.0), message)

    def check(self) -> None:
        if self._abort is not None and self._abort.is_set():
            raise Cancelled(_("Cancelled; nothing was changed"))
