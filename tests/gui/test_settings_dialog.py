# SPDX-License-Identifier: GPL-3.0-or-later
"""Settings: saved to the shared preferences, errors next to the field, language switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from caseapp import i18n
from caseapp.core import settings as preferences

from caseapp.gui import dialogs
from caseapp.gui.language import apply_language, choose_language
from caseapp.gui.settings.dialog import SettingsDialog


def make_dialog(qtbot, window) -> SettingsDialog:
    dialog = SettingsDialog(window, window)
    qtbot.addWidget(dialog)
    return dialog


def test_values_are_saved_and_shown_again(qtbot, window, tmp_path):
    dialog = make_dialog(qtbot, window)
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("ru"))
    qtbot.keyClicks(dialog.organisation, "Freedom Watch")
    qtbot.keyClicks(dialog.operator, "Volunteer B")
    dialog.backup_folder.setText(str(tmp_path / "copies"))
    dialog.backups_to_keep.setValue(5)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = preferences.load()
    assert (saved.report_language, saved.organisation, saved.operator, saved.backups_to_keep) == (
        "ru", "Freedom Watch", "Volunteer B", 5)
    again = make_dialog(qtbot, window)
    assert again.operator.text() == "Volunteer B"
    assert again.backup_folder.text() == str(tmp_path / "copies")


def test_saving_applies_operator_and_backup_folder_at_once(qtbot, window, tmp_path):
    dialog = make_dialog(qtbot, window)
    dialog.operator.setText("Volunteer C")
    dialog.backup_folder.setText(str(tmp_path / "elsewhere"))
    dialog.save()
    dialogs.apply_settings(window, dialog.result_value)
    assert window.casebook.operator == "Volunteer C"
    window.menu_actions.backup.trigger()
    assert list((tmp_path / "elsewhere").glob("*.sqlite"))


def test_a_relative_or_file_backup_folder_is_refused_next_to_the_field(qtbot, window, tmp_path):
    dialog = make_dialog(qtbot, window)
    dialog.backup_folder.setText("relative/folder")
    dialog.save()
    error = dialog._errors["backup_folder"]
    assert not error.isHidden() and "full path" in error.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    dialog.backup_folder.setText(str(a_file))
    dialog.save()
    assert "not a folder" in error.text()
    assert preferences.load().backup_folder == ""


def test_escape_closes_without_saving(qtbot, window):
    dialog = make_dialog(qtbot, window)
    dialog.show()
    dialog.operator.setText("Nobody")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert preferences.load().operator == ""


def test_language_switch_is_saved_and_loads_the_kazakh_catalogs(qtbot, window):
    dialog = make_dialog(qtbot, window)
    dialog.ui_language.setCurrentIndex(dialog.ui_language.findData("kk"))
    dialog.save()
    assert dialog.language_changed()
    assert choose_language() == "kk"
    app = QApplication.instance()
    locale = QLocale()
    installed = apply_language(app, choose_language())
    try:
        assert i18n.current_language() == "kk"
        assert any(Path(t.filePath()).name == "caseapp_kk.qm" for t in installed)
        assert QLocale().language() == QLocale.Language.Kazakh
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        i18n.set_language("en")
        QLocale.setDefault(locale)


def test_every_field_has_an_accessible_name(qtbot, window):
    dialog = make_dialog(qtbot, window)
    for widget in (dialog.ui_language, dialog.report_language, dialog.organisation,
                   dialog.operator, dialog.backup_folder, dialog.backups_to_keep,
                   dialog.browse_button):
        assert widget.accessibleName()
