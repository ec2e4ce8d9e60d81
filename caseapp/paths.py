# SPDX-License-Identifier: GPL-3.0-or-later
"""The one place that knows where caseapp keeps files: data, backups, attachments, resources.

Everything a volunteer creates lives in the platformdirs user data folder (or in
``$CASEAPP_HOME`` when set, for portable installs and tests); nothing is written next
to the code.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from caseapp import APP_NAME

HOME_VARIABLE = "CASEAPP_HOME"
DATABASE_NAME = "caseapp.sqlite"


def data_dir() -> Path:
    """The folder for the database, backups and settings (created owner-only on demand)."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / DATABASE_NAME


def backups_dir(database: Path | None = None) -> Path:
    """Backups sit in the data folder, grouped per database file name."""
    base = data_dir() / "backups"
    return base / database.stem if database is not None else base


def settings_file() -> Path:
    return data_dir() / "settings.json"


def resource_path(*parts: str) -> Path:
    """A file under resources/: beside the package in development, in _MEIPASS when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)


def guide_file(language: str) -> Path:
    """The volunteer guide in ``language`` (docs/guide in development; the bundle ships
    it, with its screenshots, under resources/guide)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    folder = (Path(frozen_root) / "resources" if frozen_root
              else Path(__file__).resolve().parent.parent / "docs") / "guide"
    return folder / f"{language}.md"


def private_files() -> None:
    """Whatever caseapp creates from now on (database, backups, exports, settings,
    window state) is readable by the owner only (umask 077 on POSIX)."""
    if os.name == "posix":
        os.umask(0o077)
