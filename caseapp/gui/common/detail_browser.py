# SPDX-License-Identifier: GPL-3.0-or-later
"""The read-only HTML browser of the detail panes and the muted colour of their hints."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget


def detail_browser(parent: QWidget, style: str, *, links: bool) -> QTextBrowser:
    """A frameless, selectable browser with ``style``; it opens no link itself
    (connect ``anchorClicked``); ``links`` makes links reachable by mouse and keyboard."""
    browser = QTextBrowser(parent)
    browser.setOpenLinks(False)
    browser.setFrameShape(QFrame.Shape.NoFrame)
    flags = (Qt.TextInteractionFlag.TextSelectableByMouse
             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if links:
        flags |= (Qt.TextInteractionFlag.LinksAccessibleByMouse
                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    browser.setTextInteractionFlags(flags)
    browser.document().setDefaultStyleSheet(style)
    browser.document().setDocumentMargin(12)
    return browser


def muted_color(widget: QWidget) -> str:
    """Text colour blended towards the background: readable in any theme."""
    palette = widget.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    pairs = zip(_rgb(text), _rgb(base), strict=True)
    return "#{:02x}{:02x}{:02x}".format(*(round(a * 0.55 + b * 0.45) for a, b in pairs))


def _rgb(color: QColor) -> tuple[int, int, int]:
    return color.red(), color.green(), color.blue()
