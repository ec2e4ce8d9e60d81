# SPDX-License-Identifier: GPL-3.0-or-later
"""The person list in the window: search as you type, status filter, keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from caseapp.gui.persons.table_model import Column


def listed(window) -> list[str]:
    model = window.persons.list_view.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying any letter (QTest.keyClicks handles ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))


def test_window_lists_every_person_and_selects_the_first(window):
    assert listed(window) == ["Айгүл Сейітова", "Борис Ким", "Ерлан Қуанышбаев"]
    assert window.persons.list_view.current_id() is not None
    assert window.persons.list_view.count_label.text() == "Showing 3"


def test_search_filters_as_you_type(qtbot, window):
    search = window.persons.list_view.search
    qtbot.keyClicks(search, "kuanysh")
    qtbot.waitUntil(lambda: listed(window) == ["Ерлан Қуанышбаев"], timeout=2000)
    search.clear()
    qtbot.waitUntil(lambda: len(listed(window)) == 3, timeout=2000)
    type_text(search, "Куаныш")
    qtbot.waitUntil(lambda: listed(window) == ["Ерлан Қуанышбаев"], timeout=2000)


def test_typing_waits_for_a_pause_before_querying(qtbot, window):
    list_view = window.persons.list_view
    type_text(list_view.search, "бор")
    assert len(listed(window)) == 3
    qtbot.waitUntil(lambda: listed(window) == ["Борис Ким"], timeout=2000)


def test_a_search_without_matches_empties_the_detail_pane(qtbot, window):
    qtbot.keyClicks(window.persons.list_view.search, "Smith")
    qtbot.waitUntil(lambda: listed(window) == [], timeout=2000)
    assert window.persons.detail.record_id is None


def test_status_filter(window):
    combo = window.persons.list_view.status_filter
    combo.setCurrentIndex(combo.findData("released"))
    assert listed(window) == ["Айгүл Сейітова"]
    combo.setCurrentIndex(0)
    assert len(listed(window)) == 3


def test_ctrl_f_focuses_search(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.persons.list_view.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.persons.list_view.search


def test_clicking_a_column_header_sorts(qtbot, window):
    header = window.persons.list_view.table.horizontalHeader()
    header.setSortIndicator(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert listed(window)[0] == "Ерлан Қуанышбаев"
    header.setSortIndicator(Column.ARTICLES, Qt.SortOrder.AscendingOrder)
    assert header.sortIndicatorSection() == Column.NAME


def test_widgets_have_accessible_names(window):
    list_view = window.persons.list_view
    for widget in (list_view.search, list_view.status_filter, list_view.table,
                   window.persons.detail.browser):
        assert widget.accessibleName()
