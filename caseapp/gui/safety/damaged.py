# SPDX-License-Identifier: GPL-3.0-or-later
"""The notice shown when the open file fails SQLite's quick check.

It names the file, says that caseapp only reads it now (the core refuses every write
to it), and offers what helps: the newest backup that passes its check, restored in
one click (the damaged file is kept beside it for a specialist), or the Backups
dialog when there is no sound backup or the volunteer wants an older one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.gui.safety.backups_model import BackupRow, backup_date


class DamagedNotice(QMessageBox):
    """Attributes: ``restore_button`` (None without a sound backup), ``backups_button``."""

    def __init__(self, path: Path, latest: BackupRow | None, parent: QWidget | None) -> None:
        super().__init__(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Close,
                         parent)
        self.setObjectName("damagedNotice")
        self.setWindowTitle(self.tr("Damaged Database"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("{path} is damaged: SQLite's check found errors in it. It is "
                             "open read-only; caseapp writes nothing to it.").format(path=path))
        self.restore_button = None
        if latest is not None:
            self.setInformativeText(self._offer(path, latest))
            self.restore_button = self.addButton(self.tr("&Restore Latest Good Backup"),
                                                 QMessageBox.ButtonRole.AcceptRole)
        else:
            self.setInformativeText(self.tr(
                "No sound backup of it was found. Copy the file somewhere safe before "
                "anything else; File ▸ Backups lists what there is."))
        self.backups_button = self.addButton(self.tr("Open &Backups…"),
                                             QMessageBox.ButtonRole.ActionRole)
        self.setDefaultButton(self.restore_button or self.backups_button)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _offer(self, path: Path, latest: BackupRow) -> str:
        return self.tr("The latest good backup is from {date} and holds %n person(s). "
                       "Restoring it replaces the damaged file, which is kept beside it as "
                       "{name}.damaged-… in case a specialist can recover more.", "",
                       latest.persons or 0).format(date=backup_date(latest), name=path.name)
