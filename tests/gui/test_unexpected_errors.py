# SPDX-License-Identifier: GPL-3.0-or-later
"""A bug anywhere in the window: one dialog with Copy Details, a log without names."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from caseapp import __version__
from caseapp.domain.errors import NotFound

from caseapp.gui.common.errors import show_error
from caseapp.gui.common.unexpected import ErrorHooks, UnexpectedErrorDialog, error_details
from caseapp.gui.ops import QueryOp

NAME = "Ерлан Қуанышбаев"


def open_dialogs() -> list[UnexpectedErrorDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, UnexpectedErrorDialog) and w.isVisible()]


@pytest.fixture
def dialogs():
    """The unexpected-error dialogs open during the test; closed afterwards."""
    yield open_dialogs
    for dialog in open_dialogs():
        dialog.close()


@pytest.fixture
def hooks():
    installed = ErrorHooks()
    yield installed
    installed.uninstall()


def lookup_with_a_name_inside(name: str) -> None:
    """Fails the way a bug does, with personal data in its message and its locals."""
    person = {"display_name": name}
    raise RuntimeError(f"cannot render {person['display_name']}")


def failing_op(book) -> None:
    try:
        lookup_with_a_name_inside(NAME)
    except RuntimeError as exc:
        raise KeyError(NAME) from exc


def test_the_log_has_type_and_frames_but_no_message_or_value(window, caplog, dialogs):
    with caplog.at_level(logging.ERROR):
        QueryOp(window, failing_op).run_in_background()
    assert NAME not in caplog.text
    assert "Қуанышбаев" not in caplog.text and "cannot render" not in caplog.text
    for expected in ("builtins.RuntimeError", "builtins.KeyError", "which led to:",
                     "lookup_with_a_name_inside", "failing_op", "test_unexpected_errors.py:"):
        assert expected in caplog.text, expected
    assert len(dialogs()) == 1


def test_the_dialog_explains_and_copies_details_without_the_name(qtbot, window, dialogs):
    QueryOp(window, failing_op, parent=window).run_in_background()
    [dialog] = dialogs()
    assert dialog.parent() is window
    assert "Something went wrong" in dialog.message.text()
    assert "Copy Details" in dialog.advice.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close).isVisible()
    assert dialog.copy_button.isVisible()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert copied == dialog.details == error_details(dialog.exc)
    assert f"caseapp {__version__}" in copied and "Python" in copied and "KeyError" in copied
    assert NAME not in copied and "/root/" not in copied and "/home/" not in copied
    assert dialog.copy_button.text() == "Details Copied"


def test_known_conditions_keep_their_one_line_message(window, monkeypatch, dialogs):
    shown: list[str] = []
    monkeypatch.setattr("caseapp.gui.common.errors.QMessageBox.exec",
                        lambda box: shown.append(box.text()) or 0)
    show_error(window, NotFound("There is no person “x”."))
    assert shown == ["There is no person “x”."] and dialogs() == []


def test_a_failure_callback_still_runs_and_one_dialog_is_shown(window, dialogs):
    seen: list[BaseException] = []

    def put_back_and_show(exc: BaseException) -> None:
        seen.append(exc)
        show_error(window, exc)  # as the editors do with what they cannot show themselves

    QueryOp(window, failing_op).failure(put_back_and_show).run_in_background()
    QueryOp(window, failing_op).run_in_background()  # a second bug while the first is shown
    assert isinstance(seen[0], KeyError)
    assert len(dialogs()) == 1


def test_an_exception_in_a_slot_reaches_the_dialog(qtbot, window, hooks, dialogs):
    QTimer.singleShot(0, lambda: lookup_with_a_name_inside(NAME))
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=2000)
    assert isinstance(dialogs()[0].exc, RuntimeError)


def test_an_exception_in_a_thread_reaches_the_dialog_on_the_main_thread(qtbot, window, hooks,
                                                                         dialogs):
    worker = threading.Thread(target=lookup_with_a_name_inside, args=(NAME,))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(dialogs()) == 1, timeout=2000)
    assert dialogs()[0].thread() is QApplication.instance().thread()


def test_hooks_are_put_back_and_leave_interrupts_alone(window, monkeypatch, dialogs):
    interrupted: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, trace: interrupted.append(kind))
    before = (sys.excepthook, threading.excepthook)
    hooks = ErrorHooks()
    assert (sys.excepthook, threading.excepthook) != before
    sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    hooks.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert interrupted == [KeyboardInterrupt] and dialogs() == []
