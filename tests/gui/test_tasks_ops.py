# SPDX-License-Identifier: GPL-3.0-or-later
"""The background runner and the ops built on it."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QPushButton

from caseapp.domain import records
from caseapp.domain.errors import Cancelled, NotFound

from caseapp.gui.common.progress import DelayedProgress
from caseapp.gui.ops import CasebookOp, QueryOp, changes_of
from caseapp.gui.tasks import QtTaskRunner


def test_db_jobs_run_in_order_on_one_worker_and_report_on_the_main_thread(qtbot):
    runner = QtTaskRunner()
    seen: list[tuple[int, str]] = []
    results: list[tuple[int, bool]] = []
    for n in range(5):
        runner.run_db(lambda n=n: seen.append((n, threading.current_thread().name)) or n,
                      lambda future: results.append(
                          (future.result(), threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: len(results) == 5, timeout=3000)
    assert [n for n, _thread in seen] == [0, 1, 2, 3, 4]
    assert len({thread for _n, thread in seen}) == 1
    assert results == [(n, True) for n in range(5)]
    runner.shutdown()


def test_casebook_op_sends_changes_to_the_views(window, people):
    received = []
    window.persons.on_changes = received.append
    boris = people["boris"]
    CasebookOp(window, lambda book: book.trash.delete(records.Person, boris)).run_in_background()
    assert received and received[0].step == "Delete Person"


def test_failures_go_to_show_error_and_cancel_is_silent(window, monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr("caseapp.gui.ops.show_error", lambda parent, exc: shown.append(exc))

    def missing(book):
        raise NotFound("no such person")

    def cancelled(book):
        raise Cancelled("stopped")

    QueryOp(window, missing).run_in_background()
    assert isinstance(shown[0], NotFound)
    failures: list[BaseException] = []
    QueryOp(window, cancelled).failure(failures.append).run_in_background()
    assert isinstance(failures[0], Cancelled) and len(shown) == 1


def test_ops_with_progress_get_a_job_with_abort_and_report(window):
    got = []

    def job_op(book, job):
        job.report(0.5, "half")
        got.append(job.abort.is_set())
        return 42

    QueryOp(window, job_op).with_progress("Working").success(got.append).run_in_background()
    assert got == [False, 42]


@pytest.mark.parametrize("result, expected", [
    ("plain", False), ((1, "x"), False)])
def test_changes_of_ignores_results_without_changes(result, expected):
    assert (changes_of(result) is not None) is expected


def test_progress_dialog_appears_only_after_a_delay_and_cancel_sets_abort(qtbot):
    abort = threading.Event()
    progress = DelayedProgress(None, "Counting", abort)
    progress.start(delay_ms=50)
    assert not progress.visible
    qtbot.waitUntil(lambda: progress.visible, timeout=2000)
    progress.update(0.5, "Half way")
    assert progress._dialog.value() == 500 and progress._dialog.labelText() == "Half way"
    progress._dialog.findChild(QPushButton).click()
    assert abort.is_set()
    progress.finish()


def test_a_quick_job_never_shows_the_dialog(qtbot):
    progress = DelayedProgress(None, "Quick", threading.Event())
    progress.start()
    progress.finish()
    qtbot.wait(700)
    assert not progress.visible
