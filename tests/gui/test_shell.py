# SPDX-License-Identifier: GPL-3.0-or-later
"""The window's shell: navigator, last view, shortcuts to the current page, files, recent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from caseapp.core import settings as preferences
from caseapp.core.casebook import Casebook

from caseapp.gui import pages
from caseapp.gui.mainwindow import MainWindow
from caseapp.gui.safety.new_database import NewDatabaseDialog
from caseapp.gui.tasks import SyncTaskRunner


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


def open_window(qtbot, book: Casebook) -> MainWindow:
    window = MainWindow(book, SyncTaskRunner())
    qtbot.addWidget(window)
    window.show()
    return window


def test_navigator_lists_the_pages_in_order_and_ctrl_digits_switch(qtbot, window):
    keys = list(window.pages)
    assert keys[:2] == ["dashboard", "persons"] and keys[-1] == "trash"
    assert [window.navigator.item(row).text() for row in range(window.navigator.count())] == [
        page.title() for page in window.pages.values()]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "dashboard"
    assert window.stack.currentWidget() is window.pages["dashboard"]
    qtbot.keyClick(window, Qt.Key.Key_0 + len(keys), Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "trash"
    assert window.menu_actions.pages["trash"].isChecked()


def test_moving_in_the_navigator_shows_the_page_and_keeps_focus_there(qtbot, window):
    window.navigator.setFocus()
    window.navigator.setCurrentRow(window.navigator.row_of("trash"))
    assert window.stack.currentWidget() is window.pages["trash"]
    assert window.navigator.hasFocus()


def test_the_last_view_and_page_state_come_back(qtbot, casebook):
    first = open_window(qtbot, casebook)
    assert first.current_key() == "dashboard"  # first run
    first.show_page("trash")
    first.close()
    book = Casebook(casebook.path)
    second = open_window(qtbot, book)
    assert second.current_key() == "trash"
    assert second.navigator.currentItem().text() == second.pages["trash"].title()
    second.close()


def test_pages_are_loaded_when_first_shown(qtbot, casebook, monkeypatch):
    window = open_window(qtbot, casebook)
    loaded: list[str] = []
    monkeypatch.setattr(window.pages["trash"], "reload", lambda: loaded.append("trash"))
    window.show_page("trash")
    window.show_page("dashboard")
    window.show_page("trash")
    assert loaded == ["trash"]
    window.close()


def test_ctrl_f_and_del_act_on_the_current_page(qtbot, window, people):
    window.show_page("persons")
    list_view = window.persons.list_view
    list_view.select_record(people["boris"])
    window.menu_actions.find.trigger()
    assert list_view.search.hasFocus()
    list_view.table.setFocus()
    qtbot.keyClick(list_view.table, Qt.Key.Key_Delete)
    assert window.menu_actions.undo.text() == "&Undo Delete Person"
    window.show_page("trash")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages["trash"].search.hasFocus()


def test_undo_and_redo_texts_follow_a_delete(qtbot, window, people, monkeypatch):
    monkeypatch.setattr("caseapp.gui.common.list_detail_page.confirm_delete",
                        lambda parent, impact, name: True)  # her sentence goes along
    window.persons.list_view.select_record(people["aigul"])
    window.menu_actions.delete.trigger()
    assert window.menu_actions.undo.text() == "&Undo Delete Person"
    assert window.menu_actions.undo.isEnabled() and not window.menu_actions.redo.isEnabled()
    window.menu_actions.undo.trigger()
    assert window.menu_actions.undo.text() == "&Undo"
    assert window.menu_actions.redo.text() == "&Redo Delete Person"
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert window.menu_actions.undo.text() == "&Undo Delete Person"


def test_open_record_switches_to_the_page_of_its_table(window, people):
    window.show_page("dashboard")
    window.open_record("person", people["aigul"])
    assert window.current_key() == "persons"
    assert window.persons.list_view.current_id() == people["aigul"]


def test_every_table_a_detail_pane_links_to_has_a_page(window):
    assert set(window.page_of_table) == {"person", "case_file", "hearing", "action", "source"}


def test_the_window_has_every_page_in_navigator_order(window):
    assert list(window.pages) == [spec.key for spec in pages.PAGES] == [
        "dashboard", "persons", "cases", "hearings", "actions", "sources", "trash"]


def new_database_dialog(window: MainWindow) -> NewDatabaseDialog:
    window.menu_actions.new_database.trigger()
    dialog = window.findChild(NewDatabaseDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_new_database_creates_and_opens_an_empty_file(qtbot, tmp_path, window, monkeypatch):
    target = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = new_database_dialog(window)
    dialog.choose.click()
    assert dialog.file.text() == str(target.with_suffix(".sqlite"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.casebook.path == target.with_suffix(".sqlite")
    assert window.casebook.persons.ids() == [] and not window.casebook.encrypted
    assert window.windowTitle().startswith("fresh.sqlite")
    assert window.persons.list_view.model.rowCount() == 0


def test_new_database_refuses_an_existing_file(tmp_path, window):
    old = window.casebook
    dialog = new_database_dialog(window)
    dialog.file.setText(str(old.path))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.casebook is old and dialog.isVisible()
    assert "already exists" in dialog._errors["file"].text()


def test_recent_menu_lists_opened_databases_and_switches(tmp_path, window):
    other = tmp_path / "other.sqlite"
    Casebook(other, create=True).close()
    window.switch_to(other)
    window.menu_actions.fill_recent_menu()
    entries = [a for a in window.menu_actions.recent_menu.actions()
               if a.toolTip().endswith(".sqlite")]
    assert [Path(a.toolTip()).name for a in entries][:2] == ["other.sqlite", "x.sqlite"]
    assert not entries[0].isEnabled()  # the open one
    entries[1].trigger()
    assert window.casebook.path.name == "x.sqlite"
    assert preferences.load().recent_files[0].endswith("x.sqlite")


def test_closing_after_a_change_makes_a_backup(qtbot, casebook, caseapp_home, people):
    window = open_window(qtbot, casebook)
    window.show_page("persons")
    window.persons.list_view.select_record(people["boris"])
    window.delete_current()
    window.close()
    assert len(list((caseapp_home / "backups").rglob("*.sqlite"))) == 1


def test_paste_article_is_offered(window):
    assert window.menu_actions.paste_article.isEnabled()


def test_check_database_reports_a_healthy_file(window, no_modal_boxes, monkeypatch):
    opened: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: opened.append(box))
    window.menu_actions.check.trigger()
    assert "good order" in opened[0].text()


def test_every_menu_action_has_text_and_standard_shortcuts(window):
    actions = window.menu_actions
    assert actions.new_record.shortcut().toString() == "Ctrl+N"
    assert actions.open.shortcut().toString() == "Ctrl+O"
    assert actions.find.shortcut().toString() == "Ctrl+F"
    assert actions.delete.shortcut().toString() == "Del"
    assert [s.toString() for s in actions.redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    for menu in (actions.file_menu, actions.edit_menu, actions.view_menu, actions.tools_menu):
        assert all(a.text() for a in menu.actions() if not a.isSeparator())


def test_ctrl_n_asks_the_current_page_for_a_new_record(window, monkeypatch):
    calls: list[str] = []
    trash = window.show_page("trash")
    monkeypatch.setattr(trash, "new_record", lambda: calls.append("trash"))
    window.menu_actions.new_record.trigger()
    assert calls == ["trash"]


def test_delete_on_the_dashboard_does_nothing(window):
    window.show_page("dashboard")
    window.menu_actions.delete.trigger()
    assert window.menu_actions.undo.text() == "&Undo"


def test_delete_of_a_person_reaches_the_trash_page(window, people):
    window.persons.list_view.select_record(people["boris"])
    window.menu_actions.delete.trigger()
    trash = window.show_page("trash")
    rows = [trash.model.row_at(r) for r in range(trash.model.rowCount())]
    assert [row.label for row in rows] == ["Борис Ким"]
    assert window.casebook.trash.list()[0].table == "person"


PAGE_METHODS = ("title", "reload", "clear", "on_changes", "focus_search", "open_record",
                "new_record", "delete_current", "save_state", "restore_state")


def test_every_page_implements_the_page_protocol(window):
    for key, page in window.pages.items():
        missing = [name for name in PAGE_METHODS if not callable(getattr(page, name, None))]
        assert not missing, f"{key} lacks {missing}"
        assert hasattr(page.message, "connect")
        assert isinstance(page.save_state(), dict)


def test_every_page_survives_clear_and_reload(window):
    for key in window.pages:
        window.show_page(key)
    for page in window.pages.values():
        page.clear()
        page.reload()


def test_window_and_dialogs_keep_buttons_whole_at_200_percent(qtbot, casebook):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QPushButton

    from caseapp.gui.reports.report_dialog import ReportDialog
    from caseapp.gui.settings.dialog import SettingsDialog

    app = QApplication.instance()
    normal = app.font()
    big = QFont(normal)
    big.setPointSizeF(normal.pointSizeF() * 2)
    app.setFont(big)
    try:
        window = open_window(qtbot, casebook)
        window.show_page("trash")
        dialogs = [SettingsDialog(window, window), ReportDialog(window, window)]
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            dialog.adjustSize()
        for widget in [window, *dialogs]:
            assert widget.width() >= widget.minimumSizeHint().width()
            for button in widget.findChildren(QPushButton):
                if button.isVisible():
                    assert button.width() >= button.sizeHint().width(), button.text()
        assert window.navigator.width() >= window.navigator.sizeHint().width()
        window.close()
    finally:
        app.setFont(normal)
