# SPDX-License-Identifier: GPL-3.0-or-later
"""The Events tab of the review: the article's events, to correct, drop or add.

Double-click (or Edit Event…) opens ``EventDialog`` on an event; Add Event… starts a
new one citing the words selected in the article, if any; Remove Event drops it from
the import. ``changed`` fires after each edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from caseapp.importer.model import Event

from caseapp.gui.articles.event_dialog import EventDialog
from caseapp.gui.articles.events_model import EventsModel
from caseapp.gui.common.tables import read_only_table
from caseapp.gui.ops import OpHost


class EventsPanel(QWidget):
    """Widgets: ``view`` over ``model``, ``add_button``, ``edit_button``, ``remove_button``.

    ``persons()`` gives the article's persons as [(key, name)]; ``selection()`` the span
    of the words selected in the article ((0, 0) for none); ``dialog`` is the event
    dialog opened last.
    """

    changed = Signal()

    def __init__(self, host: OpHost, model: EventsModel, persons: Callable[[], list],
                 selection: Callable[[], tuple[int, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host, self.model = host, model
        self._persons, self._selection = persons, selection
        self.dialog: EventDialog | None = None
        self.view = read_only_table(self, model, self.tr("Events"), row_height=1.6)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda index: self.edit_event(index.row()))
        self.add_button = self._button(self.tr("&Add Event…"), self.add_event)
        self.edit_button = self._button(self.tr("&Edit Event…"), lambda: self.edit_event())
        self.remove_button = self._button(self.tr("Re&move Event"), self.remove_event)
        self.add_button.setToolTip(self.tr("Add an event the importer missed; select its words "
                                           "in the article first to cite them"))
        self.remove_button.setToolTip(self.tr("Leave the selected event out of the import"))
        self._lay_out()
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # -- commands

    def edit_event(self, row: int | None = None) -> EventDialog | None:
        row = self.selected_row() if row is None else row
        if row is None or not 0 <= row < len(self.model.events):
            return None
        dialog = EventDialog(self.host, self.model.events[row], self._persons(), parent=self)
        dialog.accepted.connect(lambda: self._edited(row, dialog.result_value))
        return self._open(dialog)

    def add_event(self) -> EventDialog:
        start, end = self._selection()
        event = Event("other", None, None, [], quote_start=start, quote_end=end)
        dialog = EventDialog(self.host, event, self._persons(), adding=True, parent=self)
        dialog.accepted.connect(lambda: self._added(dialog.result_value))
        return self._open(dialog)

    def remove_event(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.model.remove_event(row)
            self._update_buttons()
            self.changed.emit()

    def _open(self, dialog: EventDialog) -> EventDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def _edited(self, row: int, event: object) -> None:
        if isinstance(event, Event) and row < len(self.model.events):
            self.model.replace_event(row, event)
            self.changed.emit()

    def _added(self, event: object) -> None:
        if isinstance(event, Event):
            row = self.model.add_event(event)
            self.view.selectRow(row)
            self.changed.emit()
