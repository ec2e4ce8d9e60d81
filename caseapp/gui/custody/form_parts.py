# SPDX-License-Identifier: GPL-3.0-or-later
"""Small form pieces the editors of this folder and its neighbours share.

Tab order: BaseDialog creates its buttons before the fields, so Qt's default focus
chain would start on OK. ``set_tab_order`` puts the chain in form order, buttons
last, and the first field gets the focus.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from caseapp.gui.common.forms import BaseDialog

#: One form row: (label with an &-mnemonic, widget, field named in Invalid errors).
FieldRow = tuple[str, QWidget, str]


def add_fields(dialog: BaseDialog, rows: list[FieldRow]) -> list[QWidget]:
    """Add the rows to the form; a label's Alt+letter focuses its widget. Returns the widgets."""
    for label, widget, field in rows:
        dialog.add_field(label, widget, field)
        holder = widget.parentWidget()
        if holder is not None:
            holder.setFocusProxy(widget)
    return [widget for _label, widget, _field in rows]


def widen(dialog: QWidget, chars: int = 56) -> None:
    """Keep a form wide enough for names, courts and case titles (scales with the font)."""
    dialog.setMinimumWidth(dialog.fontMetrics().averageCharWidth() * chars)


def set_tab_order(widgets: list[QWidget], buttons: QDialogButtonBox | None = None) -> None:
    """Chain ``widgets`` in order (then the buttons) and focus the first one."""
    chain = list(widgets)
    if buttons is not None:
        chain.extend(buttons.buttons())
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)
    if chain:
        chain[0].setFocus()


def text_box(parent: QWidget, lines: int = 3) -> QPlainTextEdit:
    """A multi-line field where Tab moves on (as in every other field) instead of typing a tab."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setMinimumHeight(box.fontMetrics().lineSpacing() * (lines + 1))
    return box


def number_box(parent: QWidget, maximum: int, suffix: str = "") -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, maximum)
    if suffix:
        box.setSuffix(suffix)
    return box


def in_row(parent: QWidget, *widgets: QWidget, stretch_first: bool = True) -> QWidget:
    """Widgets side by side in one form row (a combo and its "New…" button)."""
    container = QWidget(parent)
    layout = QHBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    container.setFocusProxy(widgets[0])
    for position, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_first and position == 0 else 0)
    if not stretch_first:
        layout.addStretch(1)
    return container
