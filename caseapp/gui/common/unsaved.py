# SPDX-License-Identifier: GPL-3.0-or-later
"""Whether the volunteer changed anything in a dialog, so that nothing typed is lost.

Comparing the fields with what was loaded would call a dialog changed when its
choices arrive from the database after it opened; instead a dialog counts as changed
once the user edits something: a signal that only user input emits (``textEdited``,
``activated``, ``clicked``), or a change signal while the focus is inside the widget
that emits it (text areas, spin boxes, item views edited through delegates).
Widgets created after the dialog opened (a new row, a loaded list) are watched when
they first get the focus, which every keyboard or mouse edit gives them.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class ChangeWatcher(QObject):
    """Emits ``edited`` once after ``reset`` when the user changes a widget under ``root``."""

    edited = Signal()

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self.changed = False
        self._watched: set[int] = set()
        self._following_focus = False

    def start(self) -> None:
        """Follow the focus into widgets created later (while the dialog is shown)."""
        if not self._following_focus:
            QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
            self._following_focus = True

    def stop(self) -> None:
        """Stop following the focus: call before the dialog closes or is deleted."""
        if self._following_focus:
            self._following_focus = False
            QApplication.instance().focusChanged.disconnect(self._focus_changed)  # type: ignore[union-attr]

    def watch_all(self) -> None:
        for widget in self.root.findChildren(QWidget):
            self._watch(widget)

    def reset(self) -> None:
        self.changed = False

    def _mark(self, *_args: object) -> None:
        if not self.changed:
            self.changed = True
            self.edited.emit()

    def _mark_if_focused(self, widget: QWidget) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
            self._mark()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.root):
            return  # the dialog was deleted without closing (its parent went first)
        if new is not None and self.root.isAncestorOf(new):
            for widget in (new, *_ancestors(new, self.root)):
                self._watch(widget)

    def _watch(self, widget: QWidget) -> None:
        if id(widget) in self._watched:
            return
        self._watched.add(id(widget))
        widget.destroyed.connect(lambda *_: self._watched.discard(id(widget)))
        self._connect(widget)

    def _connect(self, widget: QWidget) -> None:
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._mark)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(self._mark)
        elif isinstance(widget, QAbstractButton) and not _in_button_box(widget):
            widget.clicked.connect(self._mark)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.textChanged.connect(lambda: self._mark_if_focused(widget))
        elif isinstance(widget, QAbstractSpinBox):
            _value_signal(widget).connect(lambda *_: self._mark_if_focused(widget))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved):
                signal.connect(lambda *_: self._mark_if_focused(widget))


def _value_signal(widget: QAbstractSpinBox):  # noqa: ANN202 - a bound Qt signal
    for name in ("valueChanged", "dateChanged", "timeChanged", "dateTimeChanged"):
        if hasattr(widget, name):
            return getattr(widget, name)
    return widget.editingFinished


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    found, parent = [], widget.parentWidget()
    while parent is not None and parent is not root:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def _in_button_box(widget: QWidget) -> bool:
    return isinstance(widget.parentWidget(), QDialogButtonBox)


def ask_save_or_discard(parent: QWidget) -> str:
    """"Discard changes?" with Save, Discard and Cancel; returns SAVE, DISCARD or CANCEL."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("Unsaved", "Discard Changes?"),
                      QCoreApplication.translate("Unsaved",
                                                 "You changed this form. Save the changes?"),
                      QMessageBox.StandardButton.NoButton, parent)
    save = box.addButton(QCoreApplication.translate("Unsaved", "&Save"),
                         QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("Unsaved", "&Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(QCoreApplication.translate("Unsaved", "Cancel"),
                           QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL
