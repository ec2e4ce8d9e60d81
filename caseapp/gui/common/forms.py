# SPDX-License-Identifier: GPL-3.0-or-later
"""BaseDialog: the one dialog class editors derive from (Picard's PicardDialog).

It restores its geometry, lays fields out in a form with an error label under each,
and saves through a CasebookOp: the dialog closes only after the command committed.
An ``Invalid`` error is shown next to the field it names. Escape, Cancel or closing
the window closes an untouched dialog at once and asks "Discard changes?" (Save /
Discard / Cancel) once the volunteer has changed something. Its labels' mnemonics
reach their fields and are unique in the dialog (``mnemonics.repair``).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
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

from caseapp.gui.common import mnemonics
from caseapp.gui.common.settings import gui_settings
from caseapp.gui.common.unsaved import DISCARD, SAVE, ChangeWatcher, ask_save_or_discard
from caseapp.gui.ops import CasebookOp, OpHost

ERROR_STYLE = "color: #b3261e;"


class BaseDialog(QDialog):
    """A form dialog with OK/Cancel; subclasses add fields and implement ``command()``.

    ``command()`` runs on the main thread and returns ``op(book)`` to run on the worker
    (reading widget values first, so the op touches no widget); it may raise Invalid.
    ``result_value`` holds what the op returned once the dialog is accepted.
    ``ASK_BEFORE_DISCARD`` is False for dialogs whose input is not worth keeping (a
    passphrase, a question).
    """

    ASK_BEFORE_DISCARD = True

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
        self.changes = ChangeWatcher(self)
        self._shown_once = False
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
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        self.form.addRow(caption, container)
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            mnemonics.repair(self)
            self._fit_contents()
            QTimer.singleShot(0, self, self.mark_unchanged)  # dropped if deleted first
        self.changes.start()

    def _fit_contents(self) -> None:
        """At least as large as the contents need in this language (Kazakh labels are
        often half again as long as English ones), at most the screen."""
        wanted = self.size().expandedTo(self.sizeHint())
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size())
        self.resize(wanted)

    def mark_unchanged(self) -> None:
        """What the dialog shows now is what was loaded: closing it loses nothing."""
        self.changes.watch_all()
        self.changes.reset()

    def reject(self) -> None:
        """Escape, Cancel and the window's close button: ask first when something was
        changed (Save keeps the dialog open if a field is invalid)."""
        if self.ASK_BEFORE_DISCARD and self.changes.changed and self.isVisible():
            answer = ask_save_or_discard(self)
            if answer == SAVE:
                self.save()
            if answer != DISCARD:
                return
        super().reject()

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
        message = self.saved_message(result)
        show_message = getattr(self.host, "show_message", None)
        if message and show_message is not None:
            show_message(message)
        self.accept()

    def saved_message(self, result: object) -> str:
        """What the status bar says after a save: the undo step's name ("Saved: Add
        Hearing."), for a command that returned its Changes; "" says nothing."""
        changes = result[-1] if isinstance(result, tuple) and result else result
        step = getattr(changes, "step", "")
        return self.tr("Saved: {step}. Undo reverts it.").format(step=step) if step else ""

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Invalid):
            self.show_invalid(exc)
        else:
            from caseapp.gui.common.errors import show_error

            show_error(self, exc)

    def show_invalid(self, exc: Invalid) -> None:
        """Every problem ``exc`` stands for, each next to its field."""
        for problem in exc.all:
            self.show_one_invalid(problem)

    def show_one_invalid(self, exc: Invalid) -> None:
        label = self._errors.get(exc.field or "", self.general_error)
        shown = label.text() if label is self.general_error and label.isVisible() else ""
        label.setText("\n".join(filter(None, (shown, str(exc)))))
        label.setVisible(True)

    def clear_errors(self) -> None:
        for label in [self.general_error, *self._errors.values()]:
            label.clear()
            label.setVisible(False)

    def done(self, result: int) -> None:
        self.changes.stop()
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
