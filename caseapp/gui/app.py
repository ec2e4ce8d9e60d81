# SPDX-License-Identifier: GPL-3.0-or-later
"""Start-up of the desktop application: ``caseapp-gui`` and ``python -m caseapp``.

Parses the command line, sets up the QApplication (names, translators), opens the
database and shows the main window. With ``--demo`` a database that does not exist
yet is filled with the fictional demo data, in the background with a progress dialog.
Errors the volunteer can act on become a message box, never a traceback; any other
exception, on any thread, goes to the unexpected-error dialog (gui/common/unexpected.py).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from caseapp import APP_ID, APP_NAME, __version__, paths
from caseapp.core.casebook import Casebook
from caseapp.domain.errors import CaseAppError

from caseapp.gui import dialogs
from caseapp.gui.common.errors import show_error
from caseapp.gui.common.unexpected import ErrorHooks, report_unexpected
from caseapp.gui.exchange import bundle_actions
from caseapp.gui.language import apply_language, choose_language
from caseapp.gui.mainwindow import MainWindow
from caseapp.gui.ops import CasebookOp
from caseapp.gui.safety.opening import open_book
from caseapp.gui.shown_probe import ShownProbe
from caseapp.gui.tasks import QtTaskRunner
from caseapp.gui.welcome.choice import StartChoice, start_database
from caseapp.gui.welcome.screen import ask_start


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="caseapp-gui", description="Open the caseapp desktop application.")
    parser.add_argument("--db", metavar="PATH", type=Path,
                        help="database file to open (default: the one in the data folder)")
    parser.add_argument("file", nargs="?", type=Path,
                        help="the same as --db (what a file manager passes)")
    parser.add_argument("--demo", action="store_true",
                        help="fill a new database with fictional demo data first")
    parser.add_argument("--version", action="version", version=f"caseapp {__version__}")
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths.private_files()
    app = application()
    language = choose_language()
    apply_language(app, language)
    if args.quit_when_shown:  # start-up measurements and bundle smoke tests
        ShownProbe(app)
    hooks = ErrorHooks()
    try:
        bundle = take_bundle(args)
        choice = start_choice(args, language)
        if choice is None:  # the welcome screen was closed
            return 0
        window = open_window(choice.path, demo=choice.demo, passphrase=choice.passphrase)
        if window is not None and bundle is not None:
            window.exchange.preview(bundle)  # dry run, then the question, as from the menu
        if window is not None and choice.import_table:  # the welcome screen's spreadsheet
            QTimer.singleShot(0, lambda: dialogs.open_table_import(window))
        return app.exec() if window is not None else 1
    except Exception as exc:  # a bug while starting: say so, then stop
        report_unexpected(exc)
        return 1
    finally:
        hooks.uninstall()


def take_bundle(args: argparse.Namespace) -> Path | None:
    """An exchange bundle (.caseapp) named on the command line, as a file manager passes
    one on a double click: it is imported into the usual database, never opened as one.
    Removed from ``args`` so the database is chosen as if no file had been named."""
    named = args.file
    if named is None or named.suffix.lower() != bundle_actions.SUFFIX:
        return None
    args.file = None
    return Path(named)


def start_choice(args: argparse.Namespace, language: str) -> StartChoice | None:
    """The file named on the command line, else the remembered or default one, else
    what the welcome screen chooses (None: it was closed)."""
    named = args.db or args.file
    if named is not None:
        return StartChoice(named, demo=args.demo)
    if args.demo:
        return StartChoice(paths.default_database(), demo=True)
    remembered = start_database()
    return StartChoice(remembered) if remembered is not None else ask_start(language)


def application() -> QApplication:
    """The QApplication, named for settings, desktop integration and dialogs."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(".".join(reversed(APP_ID.split(".")[:-1])))
    app.setDesktopFileName(APP_ID)
    icon = paths.resource_path("caseapp.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_window(path: Path, *, demo: bool = False,
                passphrase: str | None = None) -> MainWindow | None:
    """Open ``path`` (created when missing, encrypted with ``passphrase`` if given) in a
    new, shown main window; None when it cannot be opened or the volunteer cancelled
    its passphrase."""
    fresh = not path.exists()
    try:
        book = open_book(None, path, create=True, passphrase=passphrase)
    except CaseAppError as exc:
        show_error(None, exc)
        return None
    if book is None:
        return None
    window = MainWindow(book, QtTaskRunner())
    window.show()
    window.safety.check_opened(daily=not fresh)
    if demo and (fresh or _is_empty(book)):
        build_demo_in(window)
    return window


def build_demo_in(window: MainWindow) -> None:
    """Fill the window's database with demo data, in the background."""
    CasebookOp(window, lambda book, job: book.maintenance.build_demo(
        progress=job.report, abort=job.abort), parent=window).with_progress(
            QCoreApplication.translate("App", "Creating the demo database…")).success(
        lambda _changes: window.show_message(QCoreApplication.translate(
            "App", "Demo database ready: every person in it is fictional."))
    ).run_in_background()


def _is_empty(book: Casebook) -> bool:
    """No persons at all, not even in the trash (e.g. an earlier demo build was cancelled)."""
    return not book.persons.ids() and not book.trash.list()

