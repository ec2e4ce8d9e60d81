# SPDX-License-Identifier: GPL-3.0-or-later
"""The backups of the open file as a table: when, how big, how many persons, encrypted or
plain, sound or damaged. The core reads the facts (``book.backups.list()``); this only
shows them, newest first as the core gives them."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QColor

from caseapp.gui.common.formatting import DAY_FORMAT
from caseapp.gui.common.rows_model import AnyIndex, RowsModel

DAMAGED_COLOUR = QColor("#b3261e")


class BackupRow(Protocol):
    """What the core says of one backup file (``caseapp.core.backups``' BackupFacts)."""

    path: Path
    size: int
    persons: int | None
    encrypted: bool
    sound: bool


class Column(IntEnum):
    DATE = 0
    SIZE = 1
    PERSONS = 2
    KIND = 3
    CHECK = 4


def backup_date(row: BackupRow) -> str:
    """When the copy was written (the file's modification time), in local time; "?" once
    the file is gone."""
    try:
        stamp = QDateTime.fromMSecsSinceEpoch(int(row.path.stat().st_mtime * 1000))
    except OSError:
        return "?"
    return QLocale().toString(stamp, f"{DAY_FORMAT} HH:mm")


class BackupsModel(RowsModel[BackupRow]):
    """One row per backup; the file's full path is the tooltip."""

    def column_titles(self) -> tuple[str, ...]:
        """In the order of ``Column``."""
        return (self.tr("Made"), self.tr("Size"), self.tr("Persons"), self.tr("Encryption"),
                self.tr("Check"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None:
            return None
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self.display(row, Column(index.column()))
            case Qt.ItemDataRole.ToolTipRole:
                return str(row.path)
            case Qt.ItemDataRole.ForegroundRole if not row.sound:
                return DAMAGED_COLOUR
            case Qt.ItemDataRole.TextAlignmentRole if index.column() in (Column.SIZE,
                                                                          Column.PERSONS):
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def display(self, row: BackupRow, column: Column) -> str:
        match column:
            case Column.DATE:
                return backup_date(row)
            case Column.SIZE:
                return QLocale().formattedDataSize(row.size)
            case Column.PERSONS:
                return QLocale().toString(row.persons) if row.persons is not None else "?"
            case Column.KIND:
                return self.tr("Encrypted") if row.encrypted else self.tr("Plain")
        return self.tr("Sound") if row.sound else self.tr("Damaged or unreadable")
