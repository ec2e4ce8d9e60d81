# SPDX-License-Identifier: GPL-3.0-or-later
"""Which database the window opens at start, and remembering the welcome screen's choice.

Named on the command line: that one. Otherwise the file chosen on the welcome screen
(settings ``start_database``) while it exists, else the default database while it
exists; with neither, the welcome screen asks (``None`` here).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from caseapp import paths
from caseapp.core import settings as preferences

DEMO_NAME = "demo.sqlite"


@dataclass(frozen=True)
class StartChoice:
    """What the welcome screen chose: a file, to be created (with a passphrase or
    plain) or opened, whether to fill it with the demo, and whether to go on to the
    spreadsheet import once it is open."""

    path: Path
    create: bool = False
    passphrase: str | None = None
    demo: bool = False
    import_table: bool = False


def start_database() -> Path | None:
    remembered = preferences.load().start_database
    for candidate in (Path(remembered) if remembered else None, paths.default_database()):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def demo_database() -> Path:
    return paths.data_dir() / DEMO_NAME


def remember(choice: StartChoice) -> None:
    """The next start opens this file without asking."""
    current = preferences.load()
    preferences.save(replace(current.with_recent(choice.path),
                             start_database=str(choice.path.resolve())))


def remember_language(language: str) -> None:
    preferences.save(replace(preferences.load(), ui_language=language))
