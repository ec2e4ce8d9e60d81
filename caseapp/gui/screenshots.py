# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of the main window on demo data, for the README and docs/screenshots/.

Run by ``packaging/linux/screenshots.sh`` (``make screenshots``) under Xvfb or Qt's
offscreen platform. The demo database is built in a throw-away data folder with a
fixed random seed, so the pictures change only with the application and the date.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from caseapp.core.casebook import Casebook
from caseapp.core.demo import build_demo

from caseapp.gui.app import application
from caseapp.gui.language import apply_language
from caseapp.gui.mainwindow import MainWindow
from caseapp.gui.tasks import SyncTaskRunner

FEATURED_PERSON = "Ерлан Қуанышбаев"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m caseapp.gui.screenshots")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en", choices=("en", "ru", "kk"))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=780)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="caseapp-screenshots-") as home:
        os.environ["CASEAPP_HOME"] = home
        return _take(args, Path(home))


def _take(args: argparse.Namespace, home: Path) -> int:
    app = application()
    apply_language(app, args.lang)
    os.environ["HOME"] = str(home)  # the status bar then shows a typical "~/…" path
    data = home / ".local" / "share" / "CaseApp"
    book = Casebook(data / "caseapp.sqlite", create=True)
    build_demo(book)
    book.undo.clear()
    window = MainWindow(book, SyncTaskRunner())
    window.resize(args.width, args.height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    for name, prepare in (("main-window", _featured), ("search", _search)):
        prepare(window)
        _settle()
        target = args.out / f"{name}{suffix}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    return 0


def _featured(window: MainWindow) -> None:
    list_view = window.persons.list_view
    list_view.select_person(window.casebook.persons.resolve(FEATURED_PERSON))
    list_view.table.setFocus()


def _search(window: MainWindow) -> None:
    list_view = window.persons.list_view
    list_view.search.setText("kuanysh")
    list_view.search.setFocus()
    _settle(300)


def _settle(ms: int = 200) -> None:
    """Let timers (the search delay), layouts and paints run before grabbing."""
    for _ in range(max(ms // 10, 1)):
        QApplication.processEvents()
        QThread.msleep(10)


if __name__ == "__main__":
    raise SystemExit(main())
