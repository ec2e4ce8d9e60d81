# SPDX-License-Identifier: GPL-3.0-or-later
"""Parts of editor dialogs that hold a short list: rows of real widgets, and tabs.

A person's names, a case's parties and charges are short lists edited inside one
dialog and saved with it. ``RowEditor`` shows them as a small table made of real
input widgets (so Tab, screen readers and large fonts work as in the rest of the
form), with an Add button above and a Remove button on each line. ``Sections`` is
a tab widget whose pages have an error label, so a dialog can show a list's error
on the page that holds it. ``put_buttons_last`` keeps a dialog's OK and Cancel at
the end of its tab order however many of these parts it has.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.common.forms import error_label


class EditorRow:
    """One line of a RowEditor; subclasses create widgets and read their values.

    ``key`` identifies the line while the dialog is open (charges refer to parties
    by it); ``record_id`` is the stored record it edits, None for a new one.
    """

    def __init__(self, key: int, record_id: int | None = None) -> None:
        self.key = key
        self.record_id = record_id

    def widgets(self) -> list[QWidget]:
        """The row's input widgets, left to right."""
        raise NotImplementedError


Row = TypeVar("Row", bound=EditorRow)


class RowEditor(QWidget, Generic[Row]):
    """Header labels, one grid line per EditorRow with a Remove button, an Add button.

    ``make_row(parent, key)`` builds a new row's widgets; ``stretch`` lists the
    columns that take the spare width; ``changed`` is emitted when a row is added or
    removed.
    """

    changed = Signal()

    def __init__(self, headers: list[str], make_row: Callable[[QWidget, int], Row], *,
                 add_text: str, name: str, stretch: tuple[int, ...] = (0,),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._stretch = stretch
        self._make_row = make_row
        self._name = name
        self._next_key = 1
        self.rows: list[Row] = []
        self._removers: dict[int, QPushButton] = {}
        self._body = QWidget(self)
        self._grid = QGridLayout(self._body)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self._build()

    def add_row(self, *, focus: bool = False) -> Row:
        row = self._make_row(self._body, self._next_key)
        self._next_key += 1
        remove = QPushButton(self.tr("Remove"), self._body)
        remove.clicked.connect(lambda: self.remove_row(row))
        self.rows.append(row)
        self._removers[row.key] = remove
        self._place_rows()
        if focus:
            row.widgets()[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
        return row

    def remove_row(self, row: Row) -> None:
        self.rows.remove(row)
        for widget in [*row.widgets(), self._removers.pop(row.key)]:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._place_rows()
        self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def _build(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self._body)
        for column, text in enumerate(self._headers):
            header = QLabel(text, self._body)
            header.setTextFormat(Qt.TextFormat.PlainText)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self._grid.addWidget(header, 0, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(scroll, 1)
        self._place_rows()

    def _place_rows(self) -> None:
        """Lay the rows out again (after a removal the grid would keep a gap)."""
        for number, row in enumerate(self.rows, start=1):
            widgets = [*row.widgets(), self._removers[row.key]]
            for column, widget in enumerate(widgets):
                self._grid.addWidget(widget, number, column)
                widget.setAccessibleName(self._accessible(column, number))
        for column in range(len(self._headers)):
            self._grid.setColumnStretch(column, 1 if column in self._stretch else 0)
        self._grid.setRowStretch(len(self.rows) + 1, 1)
        self._chain_tab_order()

    def _accessible(self, column: int, number: int) -> str:
        if column < len(self._headers):
            return self.tr("{column}, row {number} of {name}").format(
                column=self._headers[column], number=number, name=self._name)
        return self.tr("Remove row {number} of {name}").format(number=number, name=self._name)

    def _chain_tab_order(self) -> None:
        """Tab goes from Add through the rows in order (new widgets would come last)."""
        previous: QWidget = self.add_button
        for row in self.rows:
            for widget in [*row.widgets(), self._removers[row.key]]:
                if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:  # Qt skips labels
                    QWidget.setTabOrder(previous, widget)
                    previous = widget


class Sections(QTabWidget):
    """Tabs whose pages each have an error label at the top for one ``field``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, tuple[QWidget, QLabel]] = {}

    def add_section(self, title: str, content: QWidget, field: str | None = None) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        if field is not None:
            label = error_label(page)
            layout.addWidget(label)
            self._errors[field] = (page, label)
        layout.addWidget(content, 1)
        self.addTab(page, title)
        return page

    def show_error(self, field: str | None, text: str) -> bool:
        """Show ``text`` on the page of ``field`` and bring it forward; False if none."""
        found = self._errors.get(field or "")
        if found is None:
            return False
        page, label = found
        label.setText(text)
        label.setVisible(True)
        self.setCurrentWidget(page)
        return True

    def clear_errors(self) -> None:
        for _page, label in self._errors.values():
            label.clear()
            label.setVisible(False)


def put_buttons_last(dialog: QWidget, buttons: QDialogButtonBox) -> None:
    """Move the dialog's buttons after the last field in its focus chain.

    Qt's tab order is creation order; buttons made before the fields, or fields inside
    tab pages, would otherwise put OK in the middle of the form.
    """
    last: QWidget | None = None
    widget = dialog.nextInFocusChain()
    while widget is not None and widget is not dialog:
        if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget is not buttons
                and not buttons.isAncestorOf(widget)):
            last = widget
        widget = widget.nextInFocusChain()
    chain = [last, *buttons.buttons()] if last is not None else buttons.buttons()
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)
