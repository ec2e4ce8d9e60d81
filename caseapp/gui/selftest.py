# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's part of ``caseapp-gui --self-test``: after the core's steps, the main
window opens on a new database, in Kazakh.

This is what a bundle most often gets wrong and the core's steps cannot see: a missing
Qt platform or image plugin, or translations left out. Everything happens in a temporary
folder (settings included) that is deleted afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from caseapp import i18n, paths
from caseapp.core.casebook import Casebook
from caseapp.core.selftest import SelfTestFailed

from caseapp.gui.app import application
from caseapp.gui.language import apply_language
from caseapp.gui.mainwindow import MainWindow
from caseapp.gui.tasks import QtTaskRunner

CHECK_LANGUAGE = "kk"


def run_window_check() -> int:
    """Print the step and its time; 0 when the window opened, 1 otherwise."""
    started = time.perf_counter()
    step = QCoreApplication.translate("SelfTest", "open the main window in Kazakh")
    try:
        with tempfile.TemporaryDirectory(prefix="caseapp-selftest-") as folder:
            open_and_close_window(Path(folder))
    except SelfTestFailed as exc:
        _say(QCoreApplication.translate("SelfTest", "FAILED  {step}: {problem}").format(
            step=step, problem=exc))
        return 1
    _say(QCoreApplication.translate("SelfTest", "ok  {step} ({seconds:.2f} s)").format(
        step=step, seconds=time.perf_counter() - started))
    return 0


def open_and_close_window(folder: Path) -> None:
    previous_home = os.environ.get(paths.HOME_VARIABLE)
    os.environ[paths.HOME_VARIABLE] = str(folder / "home")  # settings go to the temporary folder
    try:
        _show_window(folder)
    finally:
        if previous_home is None:
            os.environ.pop(paths.HOME_VARIABLE, None)
        else:
            os.environ[paths.HOME_VARIABLE] = previous_home


def _show_window(folder: Path) -> None:
    app = application()
    language = i18n.current_language()
    translators = apply_language(app, CHECK_LANGUAGE)
    try:
        _open_in(app, folder, translated=bool(translators))
    finally:  # the language the process had (this may run inside a test session)
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language(language)


def _open_in(app: QApplication, folder: Path, *, translated: bool) -> None:
    if not translated:
        raise SelfTestFailed(QCoreApplication.translate(
            "SelfTest", "the window's Kazakh translation is missing"))
    book = Casebook(folder / "window.sqlite", create=True, backup_dir=folder / "backups")
    window = MainWindow(book, QtTaskRunner())
    window.show()
    app.processEvents()
    shown = window.isVisible() and bool(window.menuBar().actions())
    window.close()
    app.processEvents()
    if not shown:
        raise SelfTestFailed(QCoreApplication.translate("SelfTest", "the window did not open"))


def _say(text: str) -> None:
    if sys.stdout is not None:
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
