# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 11, a race: progress a job reports after its dialog is gone must be harmless.

Once, under load, "'NoneType' object has no attribute 'setLabelText'" reached the
volunteer: a modal QProgressDialog's setValue runs the event loop, which ran the job's
end (the dialog was removed) in the middle of the report that called it. These tests
slow the main thread down so that reports and the job's end pile up in its queue, as on
a busy machine, and pytest-qt fails a test on any exception raised inside Qt's loop.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from caseapp.gui.common.progress import DelayedProgress
from caseapp.gui.ops import Job
from caseapp.gui.tasks import QtTaskRunner


class SlowEventLoop(QObject):
    """An event filter that makes every event cost a little: a main thread under load."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        time.sleep(0.0005)
        return False


@pytest.fixture
def slow_loop(qapp):
    slow = SlowEventLoop()
    qapp.installEventFilter(slow)
    yield slow
    qapp.removeEventFilter(slow)


@pytest.fixture
def unthrottled(monkeypatch):
    """Every report of a Job reaches the main thread (no 50 ms throttle)."""
    monkeypatch.setattr("caseapp.gui.ops.REPORT_INTERVAL_S", 0.0)


def _shown_progress(qtbot, parent: QWidget | None) -> DelayedProgress:
    progress = DelayedProgress(parent, "Writing the brief", threading.Event())
    progress.start(delay_ms=0)
    qtbot.waitUntil(lambda: progress.visible, timeout=2000)
    return progress


def _reporting_job(job: Job, count: int) -> Callable[[], int]:
    def work() -> int:
        for step in range(count):
            job.report(step / count, f"Person {step}")
            time.sleep(0.0003)
        return count
    return work


def _run_job_to_its_end(qtbot, runner: QtTaskRunner, parent: QWidget) -> DelayedProgress:
    """A job that reports 30 times and ends, its dialog shown, run until it ended."""
    progress = _shown_progress(qtbot, parent)
    job = Job(runner, progress, progress._abort)
    ended: list[int] = []

    def end(future: Future) -> None:
        progress.finish()
        ended.append(future.result())

    runner.run_db(_reporting_job(job, 30), end)
    qtbot.waitUntil(lambda: bool(ended), timeout=3000)
    qtbot.wait(50)
    return progress


@pytest.mark.usefixtures("slow_loop", "unthrottled")
def test_reports_racing_the_jobs_end_on_a_slow_event_loop_are_harmless(qtbot):
    """The job's end (its dialog removed) arrives while a report is inside setValue."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = QtTaskRunner()
    for _trial in range(5):
        progress = _run_job_to_its_end(qtbot, runner, parent)
        progress.update(1.0, "Late")  # one more report after the end: nothing happens
        assert not progress.visible
    runner.shutdown()


@pytest.mark.usefixtures("unthrottled")
def test_reports_after_the_parent_window_was_deleted_are_harmless(qtbot):
    """The window that owned the dialog is closed and deleted while the job still runs."""
    parent = QWidget()
    parent.show()
    runner = QtTaskRunner()
    progress = _shown_progress(qtbot, parent)
    job = Job(runner, progress, progress._abort)
    parent.deleteLater()
    QApplication.processEvents()
    ended: list[int] = []
    runner.run_db(_reporting_job(job, 20), lambda future: ended.append(future.result()))
    qtbot.waitUntil(lambda: bool(ended), timeout=3000)
    qtbot.wait(50)
    progress.finish()
    assert not progress.visible
    runner.shutdown()
