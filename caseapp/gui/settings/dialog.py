# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings: languages, organisation and operator names, backup folder and rotation, and
the minutes without use after which the window locks itself.

The values are the Qt-free ``caseapp.core.settings`` that the CLI reads too; this
dialog only edits them. The interface language applies on the next start (the
house style's choice: no live retranslation); everything else at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from caseapp import paths
from caseapp.core import settings as preferences
from caseapp.core.settings import Settings
from caseapp.domain.errors import Invalid

from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.ops import OpHost

#: Language names as their speakers write them; never translated.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
MAX_BACKUPS = 1000
#: Called by this name so that lupdate collects the strings into the catalogs
#: (it does not see through a helper such as ``_tr(text)``).
translate = QCoreApplication.translate


class SettingsDialog(BaseDialog):
    """Attributes: one widget per setting (``ui_language``, ``report_language``,
    ``organisation``, ``operator``, ``backup_folder``, ``backups_to_keep``,
    ``lock_after_minutes``, ``calendar_time_zone``).
    ``result_value`` is the saved Settings once accepted."""

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Settings"), parent)
        self._initial = preferences.load()
        self._build()
        self.finish_layout()
        self.show_settings(self._initial)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def _build(self) -> None:
        self.ui_language = self._language_combo(with_system=True)
        self.add_field(self.tr("&Interface language:"), self.ui_language, "ui_language")
        note = QLabel(self.tr("A new interface language is used from the next start of "
                              "caseapp."), self)
        note.setWordWrap(True)
        note.setEnabled(False)
        self.form.addRow("", note)
        self.report_language = self._language_combo(with_system=False)
        self.add_field(self.tr("&Report language:"), self.report_language, "report_language")
        self.organisation = QLineEdit(self)
        self.organisation.setPlaceholderText(self.tr("Printed on the reports"))
        self.add_field(self.tr("&Organisation:"), self.organisation, "organisation")
        self.operator = QLineEdit(self)
        self.operator.setPlaceholderText(self.tr("Written to the audit log with every change"))
        self.add_field(self.tr("&Your name:"), self.operator, "operator")
        self.backup_folder = QLineEdit(self)
        self.backup_folder.setPlaceholderText(str(paths.backups_dir()))
        self.browse_button = QPushButton(self.tr("C&hoose…"), self)
        self.browse_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.browse_button.clicked.connect(self._choose_folder)
        self.add_field(self.tr("&Backup folder:"),
                       self.beside(self.backup_folder, self.browse_button), "backup_folder")
        self.backup_folder.setAccessibleName(self.tr("Backup folder"))
        self.backups_to_keep = QSpinBox(self)
        self.backups_to_keep.setRange(1, MAX_BACKUPS)
        self.backups_to_keep.setSuffix(self.tr(" backups"))
        self.add_field(self.tr("&Keep:"), self.backups_to_keep, "backups_to_keep")
        self.lock_after_minutes = QSpinBox(self)
        self.lock_after_minutes.setRange(0, preferences.MAX_LOCK_MINUTES)
        self.lock_after_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_after_minutes.setSuffix(self.tr(" minutes without use"))
        self.add_field(self.tr("&Lock after:"), self.lock_after_minutes, "lock_after_minutes")
        self.calendar_time_zone = QLineEdit(self)
        self.calendar_time_zone.setToolTip(self.tr(
            "The time zone of hearing times in calendar files, e.g. Asia/Almaty or Asia/Tashkent"))
        self.add_field(self.tr("Calendar &time zone:"), self.calendar_time_zone,
                       "calendar_time_zone")

    def _language_combo(self, *, with_system: bool) -> QComboBox:
        combo = QComboBox(self)
        if with_system:
            combo.addItem(self.tr("As the system (English if not available)"), "")
        for code, name in LANGUAGE_NAMES.items():
            combo.addItem(name, code)
        return combo

    def _choose_folder(self) -> None:
        start = self.backup_folder.text().strip() or str(paths.backups_dir())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Backup Folder"), start)
        if chosen:
            self.backup_folder.setText(chosen)

    # -- values

    def show_settings(self, settings: Settings) -> None:
        _select(self.ui_language, settings.ui_language)
        _select(self.report_language, settings.report_language)
        self.organisation.setText(settings.organisation)
        self.operator.setText(settings.operator)
        self.backup_folder.setText(settings.backup_folder)
        self.backups_to_keep.setValue(settings.backups_to_keep)
        self.lock_after_minutes.setValue(settings.lock_after_minutes)
        self.calendar_time_zone.setText(settings.calendar_time_zone)

    def settings(self) -> Settings:
        """The widgets' values over the stored ones (recent files stay as they are now)."""
        return replace(
            preferences.load(), ui_language=self.ui_language.currentData() or "",
            report_language=self.report_language.currentData() or "en",
            organisation=self.organisation.text().strip(), operator=self.operator.text().strip(),
            backup_folder=_checked_folder(self.backup_folder.text()),
            backups_to_keep=self.backups_to_keep.value(),
            lock_after_minutes=self.lock_after_minutes.value(),
            calendar_time_zone=self.calendar_time_zone.text().strip()
            or Settings.calendar_time_zone).validated()

    def language_changed(self) -> bool:
        saved = self.result_value
        return isinstance(saved, Settings) and saved.ui_language != self._initial.ui_language

    def command(self) -> Callable:
        chosen = self.settings()

        def save(_book: object) -> Settings:
            preferences.save(chosen)
            return chosen

        return save


def _select(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _checked_folder(text: str) -> str:
    """An empty text (the default folder) or an absolute path that is not a file."""
    text = text.strip()
    if not text:
        return ""
    folder = Path(text).expanduser()
    if not folder.is_absolute():
        raise Invalid(translate("SettingsDialog", "Give the full path of the folder, e.g. "
                                "{example}").format(example=paths.backups_dir()),
                      field="backup_folder")
    if folder.exists() and not folder.is_dir():
        raise Invalid(translate("SettingsDialog", "This is a file, not a folder"),
                      field="backup_folder")
    return text
