# SPDX-License-Identifier: GPL-3.0-or-later
"""Pieces of the person editor: a line of the names table and the photo field."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.attachments import IMAGE_SUFFIXES
from caseapp.core.edits import AliasEdit
from caseapp.domain import names, records
from caseapp.domain.enums import NameKind

from caseapp.gui.common.fields import EnumCombo
from caseapp.gui.common.row_editor import EditorRow
from caseapp.gui.common.translatable import QT_TRANSLATE_NOOP

THUMBNAIL_PX = 96


#: What ``names.script_of`` and ``names.language_of_name`` return, as the volunteer reads it.
SCRIPT_LABELS = {"cyrillic": QT_TRANSLATE_NOOP("Names", "Cyrillic"),
                 "latin": QT_TRANSLATE_NOOP("Names", "Latin"),
                 "mixed": QT_TRANSLATE_NOOP("Names", "mixed scripts"),
                 "other": QT_TRANSLATE_NOOP("Names", "other script")}
LANGUAGE_LABELS = {"kk": QT_TRANSLATE_NOOP("Names", "Kazakh"),
                   "ru": QT_TRANSLATE_NOOP("Names", "Russian"),
                   "en": QT_TRANSLATE_NOOP("Names", "English")}


def detected_text(text: str) -> str:
    """"Cyrillic · Kazakh" for a name, as the core will store its script and language."""
    if not text.strip():
        return ""
    labels = (SCRIPT_LABELS.get(names.script_of(text)),
              LANGUAGE_LABELS.get(names.language_of_name(text)))
    return " · ".join(QCoreApplication.translate("Names", label) for label in labels if label)


class AliasRow(EditorRow):
    """A name (any script), its kind, and the script and language detected from it."""

    def __init__(self, parent: QWidget, key: int) -> None:
        super().__init__(key)
        self.text = QLineEdit(parent)
        self.kind = EnumCombo(NameKind, parent)
        self.kind.set_value(NameKind.TRANSLITERATION.value)
        self.detected = QLabel(parent)
        self.detected.setTextFormat(Qt.TextFormat.PlainText)
        self.text.textChanged.connect(lambda value: self.detected.setText(detected_text(value)))

    def widgets(self) -> list[QWidget]:
        return [self.text, self.kind, self.detected]

    def load(self, alias: records.PersonName) -> None:
        self.record_id = alias.id
        self.text.setText(alias.text)
        self.text.setCursorPosition(0)
        self.kind.set_value(alias.kind)

    def value(self) -> AliasEdit:
        return AliasEdit(self.record_id, self.text.text().strip(), self.kind.value() or "official")


class PhotoField(QWidget):
    """A thumbnail with Choose… and Remove; the file is stored only when the form saves.

    ``changed`` is True once the volunteer chose or removed a picture, and
    ``chosen_file`` is the new picture (None: remove it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changed = False
        self.chosen_file: Path | None = None
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(THUMBNAIL_PX, THUMBNAIL_PX)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnail.setAccessibleName(self.tr("Photo"))
        self.choose_button = QPushButton(self.tr("Choose Photo…"), self)
        self.remove_button = QPushButton(self.tr("Remove Photo"), self)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.thumbnail)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._show(None)

    def show_stored(self, picture: bytes | None) -> None:
        """The photo the person has now (its bytes from the database, or None)."""
        self.changed = False
        self._show(picture)

    def choose(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in IMAGE_SUFFIXES)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Photo"), str(Path.home()),
            self.tr("Pictures ({patterns})").format(patterns=patterns))
        if chosen:
            self.set_file(Path(chosen))

    def set_file(self, path: Path) -> None:
        self.changed, self.chosen_file = True, path
        self._show(_file_bytes(path))

    def remove(self) -> None:
        self.changed, self.chosen_file = True, None
        self._show(None)

    def _show(self, picture: bytes | None) -> None:
        pixmap = QPixmap()
        if picture:
            pixmap.loadFromData(picture)
        if pixmap.isNull():
            self.thumbnail.setPixmap(QPixmap())
            empty = self.tr("no photo") if picture is None else self.tr("no preview")
            self.thumbnail.setText(empty)
        else:
            self.thumbnail.setPixmap(pixmap.scaled(
                THUMBNAIL_PX, THUMBNAIL_PX, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_button.setEnabled(picture is not None)


def _file_bytes(path: Path) -> bytes:
    """The chosen file for the preview only (b"" when unreadable: "no preview")."""
    try:
        return path.read_bytes()
    except OSError:
        return b""
