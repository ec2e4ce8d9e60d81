# SPDX-License-Identifier: GPL-3.0-or-later
"""The safety features' pictures for docs/screenshots/, taken by caseapp.gui.screenshots on
its throw-away demo database: File ▸ Backups, the Encrypt Database dialog with its
strength hint, and the lock screen of the (then encrypted) file.

They come last, since they change the file: backups are made with dates a few days
apart, the file is encrypted with the example passphrase of docs/security.md, locked
and opened again.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from PySide6.QtGui import QPixmap

from caseapp.gui.mainwindow import MainWindow
from caseapp.gui.safety.backups_dialog import BackupsDialog
from caseapp.gui.safety.passphrase_dialogs import NewPassphraseDialog

#: The example passphrase of docs/security.md (random, unrelated Kazakh words).
EXAMPLE_PASSPHRASE = "көктем тас қалам бұлт жол"
DAY_S = 24 * 3600

Settle = Callable[..., None]


def safety_pictures(window: MainWindow, settle: Settle) -> list[tuple[str,
                                                                       Callable[[], QPixmap]]]:
    """(file name, grab), in the order they must be taken."""
    return [("backups-dialog", lambda: _backups(window, settle)),
            ("passphrase-dialog", lambda: _passphrase(window, settle)),
            ("lock-screen", lambda: _lock_screen(window, settle))]


def _backups(window: MainWindow, settle: Settle) -> QPixmap:
    """Three daily backups (two days apart) and one made just now, in the dialog."""
    for days_ago in (6, 4, 2, 0):
        made = window.casebook.backups.make()
        stamp = time.time() - days_ago * DAY_S
        os.utime(made, (stamp, stamp))
    dialog: BackupsDialog = window.safety.show_backups()
    dialog.resize(dialog.width(), dialog.fontMetrics().height() * 22)
    settle(300)
    picture = dialog.grab()
    dialog.reject()
    settle()
    return picture


def _passphrase(window: MainWindow, settle: Settle) -> QPixmap:
    """Encrypt Database with the example typed twice and shown, then the file encrypted."""
    dialog: NewPassphraseDialog = window.safety.encrypt()
    dialog.rows.show.setChecked(True)
    dialog.rows.passphrase.setText(EXAMPLE_PASSPHRASE)
    dialog.rows.again.setText(EXAMPLE_PASSPHRASE)
    settle(300)
    picture = dialog.grab()
    dialog.reject()
    window.safety.replace_file(lambda book: book.security.encrypt(EXAMPLE_PASSPHRASE),
                               "", lambda _plain: None)
    settle()
    return picture


def _lock_screen(window: MainWindow, settle: Settle) -> QPixmap:
    """The window locked on the encrypted file; opened again afterwards."""
    window.locking.lock()
    settle(300)
    picture = window.grab()
    window.locking.screen.passphrase.setText(EXAMPLE_PASSPHRASE)
    window.locking.screen.unlock_button.click()
    settle()
    return picture
