# SPDX-License-Identifier: GPL-3.0-or-later
"""Unexpected errors in the window: one dialog, details to copy, a log without names.

An exception that is not a ``CaseAppError`` is a bug, wherever it happens: in a slot, in
a background op, in a thread. The volunteer sees one dialog with a plain sentence, what
they can do, and "Copy Details". The details and the log hold the version, the platform,
the exception's type and where it happened (file, line, function) and nothing else:
never the exception's message nor any value, because messages and values may hold the
names of the persons in the database. While the dialog is open, further errors are only
logged, so a fault that repeats does not bury the window in dialogs.

``ErrorHooks`` makes this the handler of ``sys.excepthook`` and ``threading.excepthook``;
``show_error`` (gui/common/errors.py) and the ops send their unexpected errors here.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import PurePath
from types import TracebackType

import PySide6
from PySide6.QtCore import QObject, Qt, QThread, Signal, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from caseapp import __version__

log = logging.getLogger(__name__)

#: Path parts after which a file's path says where it is without naming the computer's user.
PATH_ANCHORS = ("caseapp", "site-packages", "lib")


def error_details(exc: BaseException) -> str:
    """What "Copy Details" copies: versions, platform and the traceback without values."""
    return "\n".join([
        f"caseapp {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {PySide6.__version__}",
        f"{platform.system()} {platform.release()} ({platform.machine()})",
        "",
        *safe_traceback(exc),
    ])


def safe_traceback(exc: BaseException) -> list[str]:
    """The exception's type and frames (file, line, function), and those of the exceptions
    that led to it, oldest first as Python prints them; no message, no value."""
    lines: list[str] = []
    for number, link in enumerate(_chain(exc)):
        if number:
            lines.append("which led to:")
        lines.append(f"{type(link).__module__}.{type(link).__qualname__}")
        lines += [f"  {_short_path(frame.filename)}:{frame.lineno} in {frame.name}"
                  for frame in traceback.extract_tb(link.__traceback__)]
    return lines


def _chain(exc: BaseException) -> list[BaseException]:
    links: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not link for link in links):
        links.append(current)
        current = current.__cause__ or (None if current.__suppress_context__
                                        else current.__context__)
    return links[::-1]


def _short_path(filename: str) -> str:
    """``caseapp/gui/ops.py`` rather than ``/home/<user>/…/caseapp/gui/ops.py``."""
    parts = PurePath(filename).parts
    for anchor in PATH_ANCHORS:
        if anchor in parts:
            start = len(parts) - parts[::-1].index(anchor) - (1 if anchor == "caseapp" else 0)
            return "/".join(parts[start:])
    return parts[-1] if parts else filename


class UnexpectedErrorDialog(QDialog):
    """The one dialog for a bug: ``copy_button`` puts ``details`` on the clipboard."""

    def __init__(self, exc: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.exc = exc
        self.details = error_details(exc)
        self.setWindowTitle(self.tr("Unexpected Error"))
        self.setObjectName("unexpectedErrorDialog")
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = self._label(self.tr("Something went wrong that caseapp did not expect."))
        self.message.setStyleSheet("font-weight: 600;")
        self.advice = self._label(self.tr(
            "What was saved before is safe. If you were saving a change, check whether it "
            "is there, and try again.\n\nIf this happens again, press “Copy Details” and send "
            "what it copies to the person who helps your group with caseapp. The details "
            "name no one from your database."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy Details"), self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons.rejected.connect(self.reject)
        self._layout(icon)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(self.tr("Details Copied"))

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * 64)
        return label

    def _layout(self, icon: QLabel) -> None:
        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.advice)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.buttons)


def show_unexpected(parent: QWidget | None, exc: BaseException) -> UnexpectedErrorDialog | None:
    """Log ``exc`` without personal data and show the dialog, unless one is open already
    (then it is only logged); returns the dialog shown. Call on the main thread."""
    if any(dialog.exc is exc for dialog in _open_dialogs()):
        return None
    log.error("unexpected error:\n%s", "\n".join(safe_traceback(exc)))
    if any(True for _dialog in _open_dialogs()):
        return None
    dialog = UnexpectedErrorDialog(exc, parent or QApplication.activeWindow())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setAccessibleName(dialog.windowTitle())
    dialog.open()
    return dialog


def _open_dialogs() -> Iterator[UnexpectedErrorDialog]:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, UnexpectedErrorDialog) and widget.isVisible():
            yield widget


class _ThreadErrors(QObject):
    """Carries exceptions of other threads to the thread it lives in, the main thread."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def _deliver(self, exc: BaseException) -> None:
        report_unexpected(exc)


class ErrorHooks:
    """``sys.excepthook`` and ``threading.excepthook`` while installed; ``uninstall``
    puts the previous hooks back. Create on the main thread, after the QApplication."""

    def __init__(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        self._carrier = _ThreadErrors()
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def _excepthook(self, kind: type[BaseException], exc: BaseException,
                          trace: TracebackType | None) -> None:
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: not a bug
            self._previous[0](kind, exc, trace)
            return
        if threading.current_thread() is threading.main_thread():
            report_unexpected(exc)
        else:
            self._carrier.arrived.emit(exc)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if isinstance(args.exc_value, Exception):
            self._carrier.arrived.emit(args.exc_value)


def report_unexpected(exc: BaseException) -> None:
    """Log and show ``exc``; outside the event loop (while starting) wait until the
    volunteer closes the dialog. Call on the main thread."""
    dialog = show_unexpected(None, exc)
    if dialog is not None and QThread.currentThread().loopLevel() == 0:
        dialog.exec()
