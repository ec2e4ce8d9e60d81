# SPDX-License-Identifier: GPL-3.0-or-later
"""The questions the safety features ask before they act (restore, delete backups, export
a readable copy). One function, so that tests answer them in one place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask(parent: QWidget | None, title: str, question: str, detail: str, action: str, *,
        destructive: bool = False) -> bool:
    """True when the volunteer pressed ``action``; Cancel (the default for a destructive
    action) and Escape give False."""
    box = QMessageBox(QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
                      title, question, QMessageBox.StandardButton.Cancel, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(detail)
    button = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole if destructive
                           else QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel if destructive else button)
    box.exec()
    return box.clickedButton() is button
