# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the GUI keeps its own state, and how it reads the volunteer's preferences.

Preferences that change what caseapp writes (operator, language, backups, recent
files) belong to the Qt-free ``caseapp.core.settings``. Only window geometry and
layout are the GUI's: an INI file in the data folder (not the registry or ~/.config)
keeps a portable install, and every test with its own ``CASEAPP_HOME``, self-contained.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSettings

from caseapp import paths
from caseapp.core import settings as preferences
from caseapp.core.casebook import Casebook

FILE_NAME = "window-state.ini"
#: What a panic leaves of the window state: where the window and dialogs were, no more.
KEPT_AFTER_PANIC = ("window/geometry", "dialogs/")


def gui_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / FILE_NAME), QSettings.Format.IniFormat)


def open_casebook(path: Path, *, create: bool = False, passphrase: str | None = None) -> Casebook:
    """Open ``path`` with the operator and backup folder from the preferences (a new file
    is encrypted when ``passphrase`` is given; an encrypted one needs it)."""
    prefs = preferences.load()
    backup_dir = Path(prefs.backup_folder).expanduser() if prefs.backup_folder else None
    return Casebook(path, create=create, operator=prefs.operator, backup_dir=backup_dir,
                    passphrase=passphrase)


def remember_recent(path: Path) -> None:
    """Put ``path`` first in the recent files; an unwritable folder is not an error here."""
    try:
        preferences.save(preferences.load().with_recent(path))
    except OSError:
        pass


def forget_recent() -> None:
    """Empty the recent files; an unwritable folder is not an error here."""
    try:
        preferences.save(replace(preferences.load(), recent_files=()))
    except OSError:
        pass


def forget_view() -> None:
    """Remove what the window saved of its view (pages, the last page shown, layout),
    keeping only where the window and dialogs were."""
    settings = gui_settings()
    for key in settings.allKeys():
        if not key.startswith(KEPT_AFTER_PANIC):
            settings.remove(key)
    settings.sync()


def backups_to_keep() -> int:
    return preferences.load().backups_to_keep
