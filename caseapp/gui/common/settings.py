# SPDX-License-Identifier: GPL-3.0-or-later
"""Where the GUI keeps its own state, and how it reads the volunteer's preferences.

Preferences that change what caseapp writes (operator, language, backups, recent
files) belong to the Qt-free ``caseapp.core.settings``. Only window geometry and
layout are the GUI's: an INI file in the data folder (not the registry or ~/.config)
keeps a portable install, and every test with its own ``CASEAPP_HOME``, self-contained.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from caseapp import paths
from caseapp.core import settings as preferences
from caseapp.core.casebook import Casebook

FILE_NAME = "window-state.ini"


def gui_settings() -> QSettings:
    return QSettings(str(paths.data_dir() / FILE_NAME), QSettings.Format.IniFormat)


def open_casebook(path: Path, *, create: bool = False) -> Casebook:
    """Open ``path`` with the operator and backup folder from the preferences."""
    prefs = preferences.load()
    backup_dir = Path(prefs.backup_folder).expanduser() if prefs.backup_folder else None
    return Casebook(path, create=create, operator=prefs.operator, backup_dir=backup_dir)


def remember_recent(path: Path) -> None:
    """Put ``path`` first in the recent files; an unwritable folder is not an error here."""
    try:
        preferences.save(preferences.load().with_recent(path))
    except OSError:
        pass


def backups_to_keep() -> int:
    return preferences.load().backups_to_keep
