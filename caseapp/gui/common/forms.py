# SPDX-License-Identifier: GPL-3.0-or-later
"""BaseDialog: the one dialog class editors derive from (Picard's PicardDialog).

It restores its geometry, closes on Escape, lays fields out in a form with an error
label under each, and saves through a CasebookOp: the dialog closes only after the
command committed. An ``Invalid`` error is shown next to the field it names.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.errors import Invalid

from caseapp.gui.common.settings import gui_settings
from caseapp.gui.ops import CasebookOp, OpHost

ERROR_STYLE = "color: #b3261e;"


class BaseDialog(QDialog):
    """A form dialog with OK/Cancel; subclasses add fields and implement ``command()``.

    ``command()`` runs on the main thread and returns ``op(book)`` to run on the worker
    (reading widget values first, so the op touches no widget); it may raise Invalid.
    ``result_value`` holds what the op returned once the dialog is accepted.
    """

    def __init__(self, host: OpHost, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.result_value: object = None
        self.setWindowTitle(title)
        self.setObjectName(type(self).__name__)
        self._errors: dict[str, QLabel] = {}
        self._layout = QVBoxLayout(self)
        self.general_error = self._error_label()
        self._layout.addWidget(self.general_error)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._restore_geometry()

    def add_field(self, label: str, widget: QWidget, field: str) -> QWidget:
        """Add a labelled row; its error label appears under it when the field is invalid."""
        widget.setAccessibleName(label.replace("&", ""))
        container = QWidget(self)
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        self._errors[field] = self._error_label()
        column.addWidget(self._errors[field])
        self.form.addRow(label, container)
        return widget

    def beside(self, line: QWidget, button: QPushButton) -> QWidget:
        """``line`` with ``button`` after it, as one field (a path and "Choose…")."""
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(line, 1)
        row.addWidget(button)
        return box

    def add_widget(self, widget: QWidget) -> None:
        """A full-width part below the form (a table of aliases, a checklist…)."""
        self._layout.addWidget(widget)

    def finish_layout(self) -> None:
        """Call after the last field: buttons at the bottom and last in the tab order,
        focus in the first field (the buttons were created first, so Qt's default order
        would start on OK)."""
        self._layout.addWidget(self.buttons)
        fields = [w for w in self.findChildren(QWidget)
                  if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not self.buttons.isAncestorOf(w)
                  and w is not self.buttons]
        chain = [*fields[-1:], *self.buttons.buttons()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if fields:
            fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def command(self) -> Callable:
        raise NotImplementedError

    def save(self) -> None:
        self.clear_errors()
        try:
            op = self.command()
        except Invalid as exc:
            self.show_invalid(exc)
            return
        CasebookOp(self.host, op, parent=self, origin=self).success(self._saved).failure(
            self._failed).run_in_background()

    def accept_checked(self, value: Callable[[], object]) -> None:
        """For a dialog that only gathers values (no command): accept with ``value()`` as
        ``result_value``, or show its Invalid next to the field it names."""
        self.clear_errors()
        try:
            self.result_value = value()
        except Invalid as exc:
            self.show_invalid(exc)
            return
        self.accept()

    def _saved(self, result: object) -> None:
        self.result_value = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Invalid):
            self.show_invalid(exc)
        else:
            from caseapp.gui.common.errors import show_error

            show_error(self, exc)

    def show_invalid(self, exc: Invalid) -> None:
        label = self._errors.get(exc.field or "", self.general_error)
        label.setText(str(exc))
        label.setVisible(True)

    def clear_errors(self) -> None:
        for label in [self.general_error, *self._errors.values()]:
            label.clear()
            label.setVisible(False)

    def done(self, result: int) -> None:
        gui_settings().setValue(f"dialogs/{self.objectName()}", self.saveGeometry())
        super().done(result)

    def _restore_geometry(self) -> None:
        geometry = gui_settings().value(f"dialogs/{self.objectName()}")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _error_label(self) -> QLabel:
        return error_label(self)


def error_label(parent: QWidget) -> QLabel:
    """A hidden label for an error message next to what it is about."""
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def paragraph(parent: QWidget, text: str) -> QLabel:
    """A wrapped label of plain text (an explanation above or under fields)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label
