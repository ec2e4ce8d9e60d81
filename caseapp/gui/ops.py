# SPDX-License-Identifier: GPL-3.0-or-later
"""Background operations on the open Casebook (Anki's CollectionOp and QueryOp).

``CasebookOp`` runs a command that changes the database and tells every open view
what changed; ``QueryOp`` runs a read and hands its result to a callback. Both run
``op`` on the serial database worker and call ``success``/``failure`` on the main
thread. Usage::

    CasebookOp(host, lambda book: book.trash.delete(records.Person, pk), parent=self) \\
        .success(self._after_delete).run_in_background()

Warning: ``op`` runs on a worker thread. It must not touch any widget or other
QObject, nor read GUI state; give it plain values captured before the call.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtWidgets import QWidget

from caseapp.core.casebook import Casebook
from caseapp.domain.changes import Changes
from caseapp.domain.errors import CaseAppError

from caseapp.gui.common.errors import show_error
from caseapp.gui.common.progress import DelayedProgress
from caseapp.gui.common.unexpected import show_unexpected
from caseapp.gui.tasks import TaskRunner

T = TypeVar("T")
REPORT_INTERVAL_S = 0.05


class OpHost(Protocol):
    """What ops need from the main window: the open book, the runner, the views."""

    casebook: Casebook
    tasks: TaskRunner

    def operation_did_execute(self, changes: Changes, origin: object | None) -> None: ...


class Job:
    """Progress and cancellation for one running op, safe to use from the worker.

    ``abort`` is set when the volunteer presses Cancel; ``report(fraction, message)``
    matches the core's ``progress`` callback and is throttled to ~20 updates a second.
    """

    def __init__(self, tasks: TaskRunner, progress: DelayedProgress,
                 abort: threading.Event) -> None:
        self.abort = abort
        self._tasks = tasks
        self._progress = progress
        self._last = 0.0

    def report(self, fraction: float, message: str = "") -> None:
        now = time.monotonic()
        if fraction < 1.0 and now - self._last < REPORT_INTERVAL_S:
            return
        self._last = now
        self._tasks.run_on_main(lambda: self._progress.update(fraction, message))


class _Op(Generic[T]):
    """Shared plumbing: callbacks, optional progress, error display."""

    def __init__(self, host: OpHost, op: Callable[..., T], *,
                 parent: QWidget | None = None) -> None:
        self._host = host
        self._op = op
        self._parent = parent
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None

    def success(self, callback: Callable[[T], None]) -> _Op[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> _Op[T]:
        """Replace the default handling of a known failure (a CaseAppError: a message box
        via show_error). ``callback`` gets every failure, so that it can put its widgets
        back; one that is not a CaseAppError is a bug and goes to the unexpected-error
        dialog as well."""
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> _Op[T]:
        """Show a delayed progress dialog; ``op`` is then called as ``op(book, job)``."""
        self._progress_label = label
        return self

    def run_in_background(self) -> None:
        book = self._host.casebook
        progress, job = self._start_progress()

        def work() -> T:
            return self._op(book, job) if job is not None else self._op(book)

        def done(future: Future) -> None:
            if progress is not None:
                progress.finish()
            self._finish(future)

        self._host.tasks.run_db(work, done)

    def _start_progress(self) -> tuple[DelayedProgress | None, Job | None]:
        if self._progress_label is None:
            return None, None
        abort = threading.Event()
        progress = DelayedProgress(self._parent, self._progress_label, abort)
        job = Job(self._host.tasks, progress, abort)
        progress.start()
        return progress, job

    def _finish(self, future: Future) -> None:
        if future.cancelled():  # dropped by a panic before it ran: nothing happened
            return
        exc = future.exception()
        if exc is not None:
            self._fail(exc)
            return
        result = future.result()
        self._after(result)
        if self._on_success is not None:
            self._on_success(result)

    def _after(self, result: T) -> None:
        """Hook for subclasses, run before the success callback."""

    def _fail(self, exc: BaseException) -> None:
        if not isinstance(exc, CaseAppError):
            show_unexpected(self._parent, exc)
        if self._on_failure is not None:
            self._on_failure(exc)
        elif isinstance(exc, CaseAppError):
            show_error(self._parent, exc)


class CasebookOp(_Op[T]):
    """A command that changes the database; its Changes go to every open view.

    ``op(book)`` returns Changes or a tuple whose last item is Changes (as
    ``persons.add`` does). ``origin`` is passed on so the view that started the
    command can tell its own change apart.

    Warning: ``op`` runs on the database worker thread and must not touch widgets.
    """

    def __init__(self, host: OpHost, op: Callable[..., T], *, parent: QWidget | None = None,
                 origin: object | None = None) -> None:
        super().__init__(host, op, parent=parent)
        self._origin = origin

    def _after(self, result: T) -> None:
        changes = changes_of(result)
        if changes is not None:
            self._host.operation_did_execute(changes, self._origin)


class QueryOp(_Op[T]):
    """A read that may take a while; ``success`` receives what ``op(book)`` returned.

    Warning: ``op`` runs on the database worker thread and must not touch widgets.
    """


def changes_of(result: Any) -> Changes | None:
    """The Changes inside a command's result, if it has one."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, tuple) and result and isinstance(result[-1], Changes):
        return result[-1]
    return None
