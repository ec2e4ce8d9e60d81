# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening the main window's dialogs: Settings, Reports, Paste Article, Check Database.

Feature dialogs are imported when first opened, so a heavy or missing feature does
not slow down or break the start of the window. Each dialog is window-modal and
deletes itself when closed.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from caseapp.core.settings import Settings

if TYPE_CHECKING:
    from caseapp.gui.mainwindow import MainWindow

log = logging.getLogger(__name__)
PASTE_DIALOG = ("caseapp.gui.articles.paste_dialog", "PasteArticleDialog")


def paste_dialog_class() -> Any:
    """The paste-article dialog class, or None while that feature is not there."""
    module_name, class_name = PASTE_DIALOG
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    except Exception:  # a broken feature must not keep the window from opening
        log.exception("the paste-article dialog cannot be imported")
        return None
    return getattr(module, class_name, None)


def open_paste_article(window: MainWindow) -> QDialog | None:
    cls = paste_dialog_class()
    if cls is None:
        return None
    return _open(cls(window, window))


def open_reports(window: MainWindow, selected_person_ids: list[int]) -> QDialog:
    from caseapp.gui.reports.report_dialog import ReportDialog

    return _open(ReportDialog(window, window, selected_person_ids=selected_person_ids))


def open_settings(window: MainWindow) -> QDialog:
    from caseapp.gui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(window, window)
    dialog.accepted.connect(lambda: apply_settings(window, dialog.result_value,
                                                    language_changed=dialog.language_changed()))
    return _open(dialog)


def apply_settings(window: MainWindow, settings: Settings | Any, *,
                   language_changed: bool = False) -> None:
    """What takes effect at once: the operator in the audit log and the backup folder."""
    if not isinstance(settings, Settings):
        return
    window.casebook.operator = settings.operator
    folder = settings.backup_folder
    window.casebook.backup_dir = Path(folder).expanduser() if folder else None
    window.show_message(QCoreApplication.translate(
        "Dialogs", "Settings saved. The new interface language is used from the next start.")
        if language_changed else QCoreApplication.translate("Dialogs", "Settings saved."))


def show_check_result(parent: QWidget, problems: list[str]) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Check Database"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    if problems:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(QCoreApplication.translate(
            "Dialogs", "The database has problems. Make a backup copy of the file and ask "
            "for help before you go on working in it."))
        box.setDetailedText("\n".join(problems))
    else:
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(QCoreApplication.translate("Dialogs", "The database is in good order."))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _open(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
