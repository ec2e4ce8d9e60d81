# SPDX-License-Identifier: GPL-3.0-or-later
"""The import wizard walked through: file and entity → mapping with preview → dry-run
report → import as one undo step; a saved mapping; an unreadable file; the File menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from caseapp.domain.queries import PersonQuery

from caseapp.gui.table_import.models import FIELD, FIELD_ROLE
from caseapp.gui.table_import.wizard import FILE, MAPPING, REPORT, TableImportDialog

LIST = ("Список политзаключённых;;;\n"
        "ФИО;Дата рождения;Статус;Хобби\n"
        "Иванов Иван;12.03.1980;задержан;шахматы\n"
        "Петрова Анна;1990;осуждена;\n"
        "Иванов Иван;1980;задержан;\n"
        "Сидоров Пётр;весной 1975;задержан;\n")


def _wizard(qtbot, host, tmp_path: Path, text: str = LIST) -> TableImportDialog:
    path = tmp_path / "list.csv"
    path.write_bytes(text.encode("cp1251"))
    dialog = TableImportDialog(host)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.file_page.path.setText(str(path))
    return dialog


def _names(casebook) -> list[str]:
    return sorted(r.display_name for r in casebook.persons.rows(
        casebook.persons.ids(PersonQuery())))


def test_walk_the_wizard_and_undo(qtbot, qtmodeltester, host, tmp_path):
    before = _names(host.casebook)
    dialog = _wizard(qtbot, host, tmp_path)
    assert dialog.stack.currentIndex() == FILE and dialog.next_button.isEnabled()
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == MAPPING
    model = dialog.mapping_page.model
    qtmodeltester.check(model)
    editable_field_column_only(model)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "ФИО", "Дата рождения", "Статус", "Хобби"]
    assert model.index(0, 2).data() == "Иванов Иван"
    assert model.index(3, FIELD).data(FIELD_ROLE) == ""
    assert model.setData(model.index(3, FIELD), "notes")
    dialog.check_button.click()
    assert dialog.stack.currentIndex() == REPORT
    errors = dialog.report_page.errors
    qtmodeltester.check(errors)
    assert [errors.index(r, 0).data() for r in range(errors.rowCount())] == ["5", "6"]
    assert "New: 2" in dialog.report_page.summary.text()
    assert _names(host.casebook) == before  # the dry run wrote nothing
    dialog.import_button.click()
    assert _names(host.casebook) == sorted([*before, "Иванов Иван", "Петрова Анна"])
    assert "2 new" in host.messages[-1]
    assert host.undo() == "Import Persons"
    assert _names(host.casebook) == before


def editable_field_column_only(model) -> None:
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            flags = model.index(row, column).flags()
            assert bool(flags & Qt.ItemFlag.ItemIsEditable) == (column == FIELD)


def test_saved_mapping_is_offered_and_reused(qtbot, host, tmp_path):
    dialog = _wizard(qtbot, host, tmp_path)
    dialog.next_button.click()
    dialog.mapping_page.model.setData(dialog.mapping_page.model.index(3, FIELD), "notes")
    dialog.mapping_page.save_as.setText("Our list")
    dialog.check_button.click()
    again = _wizard(qtbot, host, tmp_path)
    saved = again.file_page.saved
    assert [saved.itemData(i) for i in range(saved.count())] == ["", "Our list"]
    saved.setCurrentIndex(1)
    again.next_button.click()
    assert again.mapping_page.model.mapping()["Хобби"] == "notes"


def test_garbage_file_shows_an_error_and_stays(qtbot, host, tmp_path, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr("caseapp.gui.common.forms.BaseDialog._failed",
                        lambda self, exc: shown.append(str(exc)))
    path = tmp_path / "list.csv"
    path.write_bytes(bytes(range(256)) * 20)
    dialog = TableImportDialog(host)
    qtbot.addWidget(dialog)
    dialog.file_page.path.setText(str(path))
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == FILE
    assert "not a spreadsheet" in shown[0]


def test_file_menu_opens_the_wizard(qtbot, window):
    action = window.menu_actions.import_table
    assert action in window.menu_actions.file_menu.actions()
    action.trigger()
    dialogs = [w for w in window.findChildren(TableImportDialog)]
    assert dialogs and dialogs[0].isVisible()
    dialogs[0].reject()
