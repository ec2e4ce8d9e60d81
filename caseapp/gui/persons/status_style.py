# SPDX-License-Identifier: GPL-3.0-or-later
"""How a person's status looks: a translated label and a coloured dot.

Colours are chosen to stay distinct for the common kinds of colour blindness
when paired with the label, which is always shown too.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from caseapp.domain.enums import PersonStatus

STATUS_COLORS: dict[str, str] = {
    PersonStatus.DETAINED: "#c62828",
    PersonStatus.HOUSE_ARREST: "#ef6c00",
    PersonStatus.SENTENCED: "#6a1b9a",
    PersonStatus.IN_EXILE: "#00838f",
    PersonStatus.AT_LARGE: "#1565c0",
    PersonStatus.RELEASED: "#2e7d32",
    PersonStatus.DECEASED: "#424242",
    PersonStatus.UNKNOWN: "#9e9e9e",
}
ICON_SIZE = 12


def status_label(status: str) -> str:
    """The volunteer's word for a stored status value; unknown values shown as stored."""
    try:
        return PersonStatus(status).label()
    except ValueError:
        return status


class StatusIcons:
    """Draws each status dot once; create after the QApplication exists."""

    def __init__(self) -> None:
        self._icons: dict[str, QIcon] = {}

    def icon(self, status: str) -> QIcon:
        if status not in self._icons:
            self._icons[status] = _dot(QColor(STATUS_COLORS.get(status, "#9e9e9e")))
        return self._icons[status]


def _dot(color: QColor) -> QIcon:
    pixmap = QPixmap(ICON_SIZE * 2, ICON_SIZE * 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawEllipse(QRectF(4, 4, ICON_SIZE * 2 - 8, ICON_SIZE * 2 - 8))
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon
