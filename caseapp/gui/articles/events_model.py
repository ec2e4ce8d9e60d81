# SPDX-License-Identifier: GPL-3.0-or-later
"""The events of the article under review, as the volunteer leaves them.

The model holds a working copy of the draft's events: editing, adding or removing one
changes only the copy, which ``choices.apply_choices`` puts on the draft when Import is
pressed. Each row says what the import will make of the event (from the core's own
rule, ``planned_record``), and a date the importer was not sure of says "check".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from caseapp.core.article_events import planned_record
from caseapp.importer.model import Event

from caseapp.gui.articles.labels import (
    CUSTODY_KINDS,
    EVENT_KINDS,
    EVENT_RESULTS,
    SENTENCE_CHANGES,
    label,
)
from caseapp.gui.articles.summary_model import SPANS_ROLE
from caseapp.gui.common.formatting import format_partial

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
KIND, DATE, PLACE, PERSONS, DETAILS, RESULT = range(6)
#: Colour of a date to check.
CHECK_COLOR = "#9a5b00"


def working_copy(event: Event) -> Event:
    """A copy whose lists and dicts the review may change without touching the draft."""
    return replace(event, persons=list(event.persons),
                   release_demanded=list(event.release_demanded),
                   person_terms=dict(event.person_terms))


class EventsModel(QAbstractTableModel):
    """Rows are ``events`` (working copies). ``names()`` gives each person key's name as
    the volunteer corrected it, ``targets()`` the keys on the target side."""

    def __init__(self, names: Callable[[], dict[str, str]], targets: Callable[[], set[str]],
                 parent=None) -> None:
        super().__init__(parent)
        self.events: list[Event] = []
        self._names, self._targets = names, targets

    def set_events(self, events: list[Event]) -> None:
        self.beginResetModel()
        self.events = [working_copy(e) for e in events]
        self.endResetModel()

    def replace_event(self, row: int, event: Event) -> None:
        self.events[row] = event
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def add_event(self, event: Event) -> int:
        row = len(self.events)
        self.beginInsertRows(ROOT, row, row)
        self.events.append(event)
        self.endInsertRows()
        return row

    def remove_event(self, row: int) -> None:
        self.beginRemoveRows(ROOT, row, row)
        del self.events[row]
        self.endRemoveRows()

    def persons_changed(self) -> None:
        """Names or roles were edited in the proposals table: persons and results follow."""
        if self.events:
            self.dataChanged.emit(self.index(0, PERSONS), self.index(len(self.events) - 1, RESULT))

    def rename_place(self, old: str, new: str) -> int:
        """Put ``new`` on every event at place ``old``; returns how many changed."""
        rows = [row for row, event in enumerate(self.events) if event.place == old]
        for row in rows:
            self.replace_event(row, replace(self.events[row], place=new))
        return len(rows)

    def to_check(self) -> int:
        return sum(needs_check(event) for event in self.events)

    # -- Qt model API

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Event"), self.tr("Date"), self.tr("Place"), self.tr("Persons"),
                  self.tr("Details"), self.tr("Will be stored as"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event, column = self.events[index.row()], index.column()
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._display(event, column)
            case Qt.ItemDataRole.ForegroundRole if column == DATE and needs_check(event):
                return QColor(CHECK_COLOR)
            case Qt.ItemDataRole.ToolTipRole if column == DATE and needs_check(event):
                return self._check_tip(event)
            case Qt.ItemDataRole.ToolTipRole if column == RESULT:
                return self._result_tip(event)
            case _ if role == SPANS_ROLE:
                return ((event.quote_start, event.quote_end),)
        return None

    # -- cells

    def _display(self, event: Event, column: int) -> str:
        if column == KIND:
            return label(EVENT_KINDS, event.kind)
        if column == DATE:
            shown = format_partial(event.date or "")
            return self.tr("{date} · check").format(date=shown) if needs_check(event) else shown
        if column == PLACE:
            return event.place or ""
        if column == PERSONS:
            names = self._names()
            return ", ".join(names.get(key, key) for key in event.persons)
        if column == DETAILS:
            return "; ".join(self._details(event))
        return label(EVENT_RESULTS, planned_record(event, self._targets()))

    def _details(self, event: Event) -> list[str]:
        parts = []
        if event.term:
            parts.append(self.tr("term: {term}").format(term=event.term))
        if event.article:
            parts.append(self.tr("article {number}").format(number=event.article))
        if event.detention_kind:
            parts.append(label(CUSTODY_KINDS, event.detention_kind))
        if event.end:
            parts.append(self.tr("until {date}").format(date=format_partial(event.end)))
        if event.over:
            parts.append(self.tr("over"))
        if event.sentence_change:
            parts.append(label(SENTENCE_CHANGES, event.sentence_change))
        if event.of_others:
            parts.append(self.tr("by others"))
        return parts

    def _result_tip(self, event: Event) -> str:
        if planned_record(event, self._targets()) != "reported":
            return self.tr("Stored for the detained persons of the event, with this sentence "
                           "cited")
        if event.kind == "detention" and not event.detention_kind:
            return self.tr("The article does not say what kind of custody this is: kept as an "
                           "event the source reports. Choose its custody kind to store a "
                           "detention.")
        return self.tr("Kept as an event the source reports, cited, on the persons it names; "
                       "never as a campaign action of the group")

    def _check_tip(self, event: Event) -> str:
        sources = {"previous": self.tr("a day named earlier in the paragraph"),
                   "news_day": self.tr("the day the news tells of"),
                   "headline": self.tr("the headline")}
        source = sources.get(event.date_source or "", self.tr("the text around it"))
        return self.tr("The importer is not sure of this date: it comes from {source}. "
                       "Check it (double-click the event to correct it).").format(source=source)


def needs_check(event: Event) -> bool:
    """A date the importer gave with low confidence (the volunteer has not set it)."""
    return bool(event.date) and event.confidence == "low"
