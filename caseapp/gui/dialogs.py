# SPDX-License-Identifier: GPL-3.0-or-later
"""Opening the main window's dialogs: Settings, Reports, Paste Article, Check Database.

Feature dialogs are imported when first opened, so that what they need (the article
importer, reportlab) does not slow down the start of the window. Each dialog is
window-modal and deletes itself when closed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from caseapp.core.settings import Settings

if TYPE_CHECKING:
    from caseapp.gui.articles.paste_dialog import PasteArticleDialog
    from caseapp.gui.mainwindow import MainWindow
    from caseapp.gui.reports.report_dialog import ReportDialog
    from caseapp.gui.settings.dialog import SettingsDialog
    from caseapp.gui.table_import.wizard import TableImportDialog

Dialog = TypeVar("Dialog", bound=QDialog)


def open_paste_article(window: MainWindow) -> PasteArticleDialog:
    from caseapp.gui.articles.paste_dialog import PasteArticleDialog

    return open_modal(PasteArticleDialog(window, window))


def open_table_import(window: MainWindow) -> TableImportDialog:
    from caseapp.gui.table_import.wizard import TableImportDialog

    return open_modal(TableImportDialog(window, window))


def open_reports(window: MainWindow, selected_person_ids: list[int]) -> ReportDialog:
    from caseapp.gui.reports.report_dialog import ReportDialog

    return open_modal(ReportDialog(window, window, selected_person_ids=selected_person_ids))


def open_settings(window: MainWindow) -> SettingsDialog:
    from caseapp.gui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(window, window)
    dialog.accepted.connect(lambda: apply_settings(window, dialog.result_value,
                                                    language_changed=dialog.language_changed()))
    return open_modal(dialog)


def apply_settings(window: MainWindow, settings: object, *,
                   language_changed: bool = False) -> None:
    """What takes effect at once: the operator in the audit log, the backup folder and the
    minutes after which the window locks itself."""
    assert isinstance(settings, Settings), "the Settings dialog saves Settings"
    window.casebook.operator = settings.operator
    folder = settings.backup_folder
    window.casebook.backup_dir = Path(folder).expanduser() if folder else None
    window.locking.apply_settings()
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


def open_modal(dialog: Dialog) -> Dialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.open()
    return dialog
