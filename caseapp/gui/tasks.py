# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs work off the GUI thread and hands results back to it (Anki's taskman).

Every job goes to one serial database worker, so jobs never overlap and run in the
order they were submitted. ``done`` callbacks always run on the main thread, through a
queued Qt signal. Tests use ``SyncTaskRunner``, which does everything at once in the
calling thread (Picard's FakeThreadPool).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal

Done = Callable[[Future], None]


class TaskRunner(Protocol):
    """What ops and views need from a runner; both runners below provide it."""

    def run_db(self, job: Callable[[], Any], done: Done) -> None: ...

    def run_on_main(self, closure: Callable[[], None]) -> None: ...

    def drain(self, final_db_job: Callable[[], None] | None = None) -> None: ...

    def cancel_pending(self) -> None: ...

    def shutdown(self) -> None: ...


class QtTaskRunner(QObject):
    """One serial executor for database work.

    ``_to_main`` carries closures from worker threads to the thread this object lives
    in (the main thread); a queued connection makes Qt deliver them there.
    """

    _to_main = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="caseapp-db")
        self._queued: set[Future] = set()
        self._to_main.connect(self._run_closure, Qt.ConnectionType.QueuedConnection)

    def run_db(self, job: Callable[[], Any], done: Done) -> None:
        """Run ``job`` after every database job submitted before it."""
        future = self._db.submit(job)
        self._queued.add(future)
        future.add_done_callback(self._queued.discard)
        future.add_done_callback(lambda finished: self.run_on_main(lambda: done(finished)))

    def run_on_main(self, closure: Callable[[], None]) -> None:
        """Safe to call from any thread."""
        self._to_main.emit(closure)

    def drain(self, final_db_job: Callable[[], None] | None = None) -> None:
        """Wait for queued database work, then run ``final_db_job`` on the worker."""
        self._db.submit(final_db_job or _nothing).result()

    def cancel_pending(self) -> None:
        """Drop the database jobs that have not started (panic); the running one finishes.
        Their ``done`` callbacks still run, with a cancelled future."""
        for future in list(self._queued):
            future.cancel()

    def shutdown(self) -> None:
        self._db.shutdown(wait=True)

    def _run_closure(self, closure: Callable[[], None]) -> None:
        closure()


class SyncTaskRunner:
    """Runs every job at once in the calling thread; for tests and scripts."""

    def run_db(self, job: Callable[[], Any], done: Done) -> None:
        done(_finished(job))

    def run_on_main(self, closure: Callable[[], None]) -> None:
        closure()

    def drain(self, final_db_job: Callable[[], None] | None = None) -> None:
        if final_db_job is not None:
            final_db_job()

    def cancel_pending(self) -> None:
        """Nothing waits: every job ran when it was submitted."""

    def shutdown(self) -> None:
        """Nothing to stop."""


def _finished(job: Callable[[], Any]) -> Future:
    future: Future = Future()
    try:
        future.set_result(job())
    except BaseException as exc:  # as ThreadPoolExecutor does: the caller decides
        future.set_exception(exc)
    return future


def _nothing() -> None:
    return None
