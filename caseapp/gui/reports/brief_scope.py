# SPDX-License-Identifier: GPL-3.0-or-later
"""Which persons a brief covers: those with a tag, those with a status, or the ones
selected in the window. Three radio buttons, each with its own choice beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QComboBox, QGridLayout, QRadioButton, QWidget
from shiboken6 import isValid

from caseapp.domain.enums import PersonStatus

from caseapp.gui.common.fields import EnumCombo
from caseapp.gui.ops import OpHost, QueryOp
from caseapp.gui.reports.request import BY_STATUS, BY_TAG, SELECTED


class BriefScope(QWidget):
    """Attributes: ``by_tag``, ``by_status``, ``by_selection`` (the radio buttons),
    ``tags`` and ``statuses`` (their combos) and ``selected_ids``."""

    def __init__(self, host: OpHost, selected_ids: list[int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.selected_ids = list(selected_ids)
        self.by_tag = QRadioButton(self.tr("With the &tag"), self)
        self.tags = QComboBox(self)
        self.tags.setAccessibleName(self.tr("Tag"))
        self.by_status = QRadioButton(self.tr("With the s&tatus"), self)
        self.statuses = EnumCombo(PersonStatus, self)
        self.statuses.set_value(PersonStatus.DETAINED.value)
        self.statuses.setAccessibleName(self.tr("Status"))
        self.by_selection = QRadioButton(self.tr(
            "Selected in the window (%n person(s))", "", len(self.selected_ids)), self)
        self.by_selection.setEnabled(bool(self.selected_ids))
        group = QButtonGroup(self)
        for button in (self.by_tag, self.by_status, self.by_selection):
            group.addButton(button)
        (self.by_selection if self.selected_ids else self.by_status).setChecked(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.by_tag, 0, 0)
        layout.addWidget(self.tags, 0, 1)
        layout.addWidget(self.by_status, 1, 0)
        layout.addWidget(self.statuses, 1, 1)
        layout.addWidget(self.by_selection, 2, 0, 1, 2)
        layout.setColumnStretch(1, 1)
        self.tags.activated.connect(lambda _i: self.by_tag.setChecked(True))
        self.statuses.activated.connect(lambda _i: self.by_status.setChecked(True))

    def load(self) -> None:
        """Fill the tag list from the database (in the background)."""
        QueryOp(self.host, lambda book: [tag.name for tag in book.tags.list()],
                parent=self).success(self._show_tags).run_in_background()

    def _show_tags(self, names: list[Any]) -> None:
        if not isValid(self):  # the dialog was closed before the answer came
            return
        self.tags.clear()
        self.tags.addItems(sorted(names, key=str.casefold))
        self.by_tag.setEnabled(bool(names))
        if not names:
            self.by_tag.setText(self.tr("With the &tag (no tags yet)"))

    def scope(self) -> str:
        if self.by_tag.isChecked():
            return BY_TAG
        return BY_STATUS if self.by_status.isChecked() else SELECTED

    def tag(self) -> str:
        return self.tags.currentText()

    def status(self) -> str:
        return self.statuses.value() or ""
