# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening a database file from the window, asking for its passphrase when it is encrypted.

Every place the window opens a file (start-up, File ▸ Open, Open Recent, New Database)
goes through ``open_book``: a PassphraseNeeded asks for the passphrase, a wrong one asks
again with the core's one-line message, and Cancel gives None, so that the caller keeps
what it had. Other problems with the file (damaged, newer, not a database) are raised
as the core's DatabaseError for the caller to show.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from caseapp.core.casebook import Casebook
from caseapp.domain.errors import PassphraseNeeded, WrongPassphrase

from caseapp.gui.common.settings import open_casebook
from caseapp.gui.safety.passphrase_dialogs import ask_passphrase


def open_book(parent: QWidget | None, path: Path, *, create: bool = False,
              passphrase: str | None = None) -> Casebook | None:
    """The Casebook of ``path``, or None when the volunteer cancelled the passphrase."""
    key, error = passphrase, ""
    while True:
        try:
            with wait_cursor():
                return open_casebook(path, create=create, passphrase=key)
        except PassphraseNeeded:
            error = ""
        except WrongPassphrase as exc:
            error = str(exc)
        key = ask_passphrase(parent, path, error)
        if key is None:
            return None


@contextmanager
def wait_cursor() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()
