# SPDX-License-Identifier: GPL-3.0-or-later
"""What the tests of the window's safety features share: the passphrase, a stand-in for
the volunteer at the passphrase prompt, and readers of what the window shows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTextEdit,
    QWidget,
)

#: The passphrase of the encrypted files in the tests (long enough for the core).
KEY = "violet anchor meadow twelve"
#: Words from the records of ``fill`` (tests/gui/conftest.py) that must not be seen while locked.
RECORD_WORDS = ("Ерлан", "Қуанышбаев", "Kuanyshbayev", "Айгүл", "Сейітова", "Борис", "Ким",
                "2024-0117", "Zhanaozen", "SIZO", "Almaty", "Journalist")


class PassphraseAnswers:
    """Stands in for the volunteer at the passphrase prompt: ``queue`` holds the answers
    (None: Cancel); ``errors`` records the message each prompt showed ("" for none)."""

    def __init__(self) -> None:
        self.queue: list[str | None] = []
        self.errors: list[str] = []

    def answer(self, dialog: Any) -> int:
        self.errors.append(dialog.error.text())
        given = self.queue.pop(0)
        if given is None:
            return QDialog.DialogCode.Rejected
        dialog.passphrase.setText(given)
        return QDialog.DialogCode.Accepted


def listed_names(window: Any) -> list[str]:
    """The names the Persons page lists."""
    model = window.persons.list_view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def all_texts(root: QWidget) -> list[str]:
    """Every text ``root`` and the widgets in it hold, shown or not: labels, fields,
    buttons, documents, table cells and the window title (deleted widgets are gone
    first)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += _texts_of(widget)
    return [text for text in texts if text]


def _texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
        return [widget.text(), widget.toolTip()]
    if isinstance(widget, QTextEdit):
        return [widget.toPlainText()]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return _cells(widget.model())
    return [widget.toolTip()]


def _cells(model: Any) -> list[str]:
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps columnCount private: one column
        columns = 1
    return [str(model.index(row, column).data(Qt.ItemDataRole.DisplayRole) or "")
            for row in range(model.rowCount(QModelIndex())) for column in range(columns)]


def record_words_in(texts: list[str]) -> list[str]:
    return [text for text in texts if any(word in text for word in RECORD_WORDS)]


def sqlite_header(path: Path) -> bool:
    """Whether ``path`` starts as a plain SQLite file does (an encrypted one never does)."""
    return path.read_bytes()[:16] == b"SQLite format 3\x00"


def click_ok(dialog: Any) -> None:
    """Click OK (whatever its label); unlike test_volunteer_flow.press_ok, the dialog may
    stay open with an error."""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def field_error(dialog: Any, field: str) -> str:
    """The error shown under ``field`` of a form dialog ("" when none is shown)."""
    label = dialog._errors[field]
    return label.text() if label.isVisible() else ""
