# SPDX-License-Identifier: GPL-3.0-or-later
"""The editor of a person or a case: fields on top, sections (tabs) below, read first.

What is stored is read on the database worker while the dialog is already shown,
with OK disabled until it has arrived. An error about a list (names, parties,
charges, tags) is shown on the section that holds it (``SECTION_OF_FIELD``).
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from caseapp.core.casebook import Casebook
from caseapp.domain.errors import Invalid

from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.common.row_editor import Sections, put_buttons_last
from caseapp.gui.common.settings import gui_settings
from caseapp.gui.ops import QueryOp

W = TypeVar("W", bound=QWidget)


class RecordEditor(BaseDialog):
    """Subclasses build their fields with ``field``, then their tabs in ``sections`` (a
    ``Sections`` they create after the fields, so that Tab reaches it after them), then
    call ``finish``; they implement ``read`` (worker side: everything the dialog shows)
    and ``fill``. ``DEFAULT_SIZE`` is the first-run size in average characters and
    lines, so that large fonts get a larger dialog."""

    SECTION_OF_FIELD: dict[str, str] = {}
    DEFAULT_SIZE = (100, 40)
    sections: Sections

    # -- for subclasses

    def read(self, book: Casebook) -> Any:
        """Runs on the database worker: what ``fill`` shows. No widgets here."""
        raise NotImplementedError

    def fill(self, data: Any) -> None:
        raise NotImplementedError

    def field(self, label: str, widget: W, field: str) -> W:
        """A labelled field whose label's mnemonic reaches the input."""
        self.add_field(label, widget, field)
        container = widget.parentWidget()
        assert container is not None, "add_field puts the widget in a container"
        container.setFocusProxy(widget)
        return widget

    def finish(self, first: QWidget) -> None:
        """After the last field and section: lay out, focus ``first``, read the record."""
        self.add_widget(self.sections)
        self.finish_layout()
        put_buttons_last(self, self.buttons)
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        if gui_settings().value(f"dialogs/{self.objectName()}") is None:
            chars, lines = self.DEFAULT_SIZE
            metrics = self.fontMetrics()
            self.resize(metrics.averageCharWidth() * chars, metrics.lineSpacing() * lines)
        self.ok_button().setEnabled(False)
        QueryOp(self.host, self.read, parent=self).success(self._read_done).run_in_background()

    # -- BaseDialog

    def show_one_invalid(self, exc: Invalid) -> None:
        section = self.SECTION_OF_FIELD.get(exc.field or "")
        if section is None or not self.sections.show_error(section, str(exc)):
            super().show_one_invalid(exc)

    def clear_errors(self) -> None:
        super().clear_errors()
        self.sections.clear_errors()

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _read_done(self, data: Any) -> None:
        self.fill(data)
        self.ok_button().setEnabled(True)
        self.mark_unchanged()
