# SPDX-License-Identifier: GPL-3.0-or-later
"""Two persons' fields side by side, with a choice wherever both fill one differently.

One row per field of ``MergePreview``: its name, the kept person's value and the other
person's. Where they conflict, a radio button picks the value to keep (for notes and
contacts also "both"); elsewhere the row only shows what the merged person will have.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from caseapp.domain import enums
from caseapp.domain.views import MergeField, MergePreview

from caseapp.gui.common.formatting import format_partial

CONTEXT = "MergeFields"
FIELD_LABELS = {
    "display_name": QT_TRANSLATE_NOOP("MergeFields", "Name"),
    "given_name": QT_TRANSLATE_NOOP("MergeFields", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("MergeFields", "Family name"),
    "patronymic": QT_TRANSLATE_NOOP("MergeFields", "Patronymic"),
    "birth_date": QT_TRANSLATE_NOOP("MergeFields", "Born"),
    "gender": QT_TRANSLATE_NOOP("MergeFields", "Gender"),
    "citizenship": QT_TRANSLATE_NOOP("MergeFields", "Citizenship"),
    "status": QT_TRANSLATE_NOOP("MergeFields", "Status"),
    "contacts": QT_TRANSLATE_NOOP("MergeFields", "Contacts"),
    "notes": QT_TRANSLATE_NOOP("MergeFields", "Notes"),
    "photo": QT_TRANSLATE_NOOP("MergeFields", "Photo"),
}
ENUMS: dict[str, type[enums.Labelled]] = {"gender": enums.Gender,
                                          "status": enums.PersonStatus}
KEEP, OTHER, BOTH = "keep", "other", "both"
#: Longest value shown in a cell; the tooltip has it whole.
SHOWN_CHARS = 44


class MergeFields(QWidget):
    """``groups`` maps each conflicting field to its QButtonGroup; ``choices()`` gives the
    choices for ``persons.merge``. ``changed`` fires when a choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.groups: dict[str, QButtonGroup] = {}

    def show_preview(self, preview: MergePreview | None) -> None:
        self._clear()
        if preview is None:
            return
        bold = QFont(self.font())
        bold.setWeight(QFont.Weight.DemiBold)
        for column, name in ((1, preview.keep.display_name), (2, preview.other.display_name)):
            header = self._label(name, bold)
            self.grid.addWidget(header, 0, column)
        shown = [f for f in preview.fields if f.keep or f.other]
        for row, item in enumerate(shown, start=1):
            self.grid.addWidget(self._label(field_label(item.name)), row, 0)
            self._add_values(row, item)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setRowStretch(len(shown) + 1, 1)

    def choices(self) -> dict[str, str]:
        chosen = {}
        for name, group in self.groups.items():
            button = group.checkedButton()
            if button is not None:
                chosen[name] = str(button.property("choice"))
        return chosen

    def _add_values(self, row: int, item: MergeField) -> None:
        keep, other = shown_value(item.name, item.keep), shown_value(item.name, item.other)
        if not item.conflict:
            self.grid.addWidget(self._label(keep or other), row, 1 if keep else 2)
            return
        group = QButtonGroup(self)
        self.groups[item.name] = group
        for column, choice, text in ((1, KEEP, keep), (2, OTHER, other)):
            self.grid.addWidget(self._radio(group, choice, text, item.name), row, column)
        if item.joinable:
            both = self._radio(group, BOTH, self.tr("both"), item.name)
            self.grid.addWidget(both, row, 3)
        group.buttons()[0].setChecked(True)
        group.buttonToggled.connect(lambda *_: self.changed.emit())

    def _radio(self, group: QButtonGroup, choice: str, text: str, field: str) -> QRadioButton:
        flat = " ".join(text.split())
        button = QRadioButton(flat if len(flat) <= SHOWN_CHARS else flat[:SHOWN_CHARS - 1] + "…",
                              self)
        button.setToolTip(text)
        button.setProperty("choice", choice)
        button.setAccessibleName(f"{field_label(field)}: {flat}")
        group.addButton(button)
        return button

    def _label(self, text: str, font: QFont | None = None) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        if font is not None:
            label.setFont(font)
        return label

    def _clear(self) -> None:
        self.groups.clear()
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleted later: out of the layout it would show at 0, 0
                widget.deleteLater()
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)


def field_label(name: str) -> str:
    source = FIELD_LABELS.get(name)
    return QCoreApplication.translate(CONTEXT, str(source)) if source else name


def shown_value(name: str, value: str) -> str:
    """A stored value as the volunteer reads it (a vocabulary's label, a date)."""
    if not value:
        return ""
    if name in ENUMS:
        member = next((m for m in ENUMS[name] if m.value == value), None)
        return member.label() if member is not None else value
    return format_partial(value) if name == "birth_date" else value
