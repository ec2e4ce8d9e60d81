# SPDX-License-Identifier: GPL-3.0-or-later
"""The volunteer's preferences, kept as JSON in the data folder (Qt-free, shared by CLI and GUI).

Window geometry is the GUI's business (QSettings); everything that changes what caseapp
writes (operator name in the audit log, organisation on reports, backups) lives here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from caseapp import paths
from caseapp.domain.errors import Invalid
from caseapp.exchange import zones
from caseapp.i18n import LANGUAGES, _
from caseapp.store import files

#: The longest idle time the window may wait before it locks itself (a day).
MAX_LOCK_MINUTES = 1440


@dataclass(frozen=True)
class Settings:
    ui_language: str = ""
    report_language: str = "en"
    organisation: str = ""
    operator: str = ""
    backup_folder: str = ""
    backups_to_keep: int = 20
    #: Lock the window after this many minutes without key or mouse input; 0: never.
    lock_after_minutes: int = 0
    recent_files: tuple[str, ...] = ()
    #: The IANA time zone of hearing times in calendar exports.
    calendar_time_zone: str = zones.DEFAULT_TIME_ZONE
    #: The database the window opens at start when none is named (the first run's choice);
    #: "" or a file that has gone: the default database, else the welcome screen.
    start_database: str = ""

    def validated(self) -> Settings:
        if self.ui_language and self.ui_language not in LANGUAGES:
            raise Invalid(_("Unknown interface language “{lang}”").format(lang=self.ui_language),
                          field="ui_language")
        if self.report_language not in LANGUAGES:
            raise Invalid(_("Unknown report language “{lang}”").format(lang=self.report_language),
                          field="report_language")
        if not 1 <= self.backups_to_keep <= 1000:
            raise Invalid(_("Keep between 1 and 1000 backups"), field="backups_to_keep")
        if not 0 <= self.lock_after_minutes <= MAX_LOCK_MINUTES:
            raise Invalid(_("Lock after 0 (never) to {count} minutes without input").format(
                count=MAX_LOCK_MINUTES), field="lock_after_minutes")
        zones.time_zone(self.calendar_time_zone)
        return self

    def with_recent(self, path: Path, limit: int = 8) -> Settings:
        entry = str(Path(path).resolve())
        recent = (entry, *(p for p in self.recent_files if p != entry))[:limit]
        return replace(self, recent_files=recent)


def load(path: Path | None = None) -> Settings:
    """Settings from disk; a missing or damaged file gives the defaults."""
    path = path or paths.settings_file()
    try:
        stored = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return Settings()
    values = _typed_values(stored) if isinstance(stored, dict) else {}
    try:
        return Settings(**values).validated()
    except Invalid:
        return Settings()


def _typed_values(stored: dict[str, Any]) -> dict[str, Any]:
    """The stored values of the type their setting has; any other is left at its default
    (an edited or damaged file loses that value, not every setting)."""
    defaults = Settings()
    values: dict[str, Any] = {}
    for name in (f.name for f in fields(Settings) if f.name in stored):
        value = stored[name]
        if name == "recent_files" and isinstance(value, list):
            values[name] = tuple(entry for entry in value if isinstance(entry, str))
        elif type(value) is type(getattr(defaults, name)):
            values[name] = value
    return values


def save(settings: Settings, path: Path | None = None) -> None:
    """Write durably (owner-only temp file, fsync, rename) so a crash or a power cut
    leaves the old settings or the new ones, never half a file."""
    data = asdict(settings.validated())
    files.write_durably(path or paths.settings_file(),
                        json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
