# SPDX-License-Identifier: GPL-3.0-or-later
"""Choosing a record in a form: by typing (persons, cases, sources) or from a short list.

``RecordSearchEdit`` asks the core, on the database worker, for the records matching
what was typed (in any script, through the core's search keys) and offers them in a
popup; the chosen record's id is the field's value. ``ChoiceCombo`` is a drop-down
of a few records (a person's cases, the facilities). These serve the hearings,
actions, sources and custody forms; once gui/common/pickers.py exists they can give
way to its pickers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from caseapp.core.casebook import Casebook
from caseapp.domain.errors import Invalid
from caseapp.domain.views import CaseListRow, SourceRow

from caseapp.gui.ops import OpHost, QueryOp

SEARCH_DELAY_MS = 200
SUGGESTIONS = 25
ID_ROLE = Qt.ItemDataRole.UserRole + 1

#: A record as a chooser shows it: (id, label).
Match = tuple[int, str]
#: Runs on the database worker: the records matching a text, best first.
Finder = Callable[[Casebook, str], list[Match]]


def case_label(row: CaseListRow) -> str:
    """"2024-0117 — Protest in Zhanaozen (Ерлан Қуанышбаев)"."""
    label = " — ".join(part for part in (row.case_number, row.title) if part)
    return f"{label} ({row.defendants})" if row.defendants else label


def source_label(row: SourceRow) -> str:
    return row.title or row.url or row.publisher or f"#{row.id}"


def find_persons(book: Casebook, text: str) -> list[Match]:
    ids = book.persons.ids(text=text)[:SUGGESTIONS]
    return [(row.id, row.display_name) for row in book.persons.rows(ids)]


def find_cases(book: Casebook, text: str) -> list[Match]:
    ids = book.cases.ids(text=text)[:SUGGESTIONS]
    return [(row.id, case_label(row)) for row in book.cases.rows(ids)]


def find_sources(book: Casebook, text: str) -> list[Match]:
    ids = book.sources.ids(text=text)[:SUGGESTIONS]
    return [(row.id, source_label(row)) for row in book.sources.rows(ids)]


def case_match(book: Casebook, case_id: int) -> Match | None:
    rows = book.cases.rows([case_id])
    return (rows[0].id, case_label(rows[0])) if rows else None


def person_cases(book: Casebook, person_id: int) -> list[Match]:
    """The cases a person is party to, labelled by number and title."""
    cases = book.persons.details(person_id).cases
    return [(case.id, " — ".join(part for part in (case.case_number, case.title) if part))
            for case in cases]


class RecordSearchEdit(QLineEdit):
    """Type part of a name or number, pick a record from the popup.

    ``field`` is the form field named in ``Invalid`` errors; ``matches`` holds the
    current suggestions (id in ``ID_ROLE``); ``chosen`` carries the picked id. The
    value is None again as soon as the text no longer shows the chosen record.
    """

    chosen = Signal(int)

    def __init__(self, host: OpHost, finder: Finder, *, field: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._host = host
        self._finder = finder
        self._chosen: Match | None = None
        self._generation = 0
        self.matches = QStandardItemModel(self)
        self.setCompleter(self._make_completer())
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.setToolTip(self.tr("Type to search, then pick from the list (Down shows it)"))

    def _make_completer(self) -> QCompleter:
        completer = QCompleter(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        # [QModelIndex] picks the overload; PySide6's stub has no SignalInstance.__getitem__
        completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        return completer

    def set_finder(self, finder: Finder) -> None:
        """Search another kind of record; the current choice is dropped."""
        self._finder = finder
        self.set_value(None)
        self.matches.clear()

    def value(self) -> int | None:
        if self._chosen is not None and self.text() == self._chosen[1]:
            return self._chosen[0]
        return None

    def required_value(self, message: str) -> int:
        """The chosen id, or Invalid with ``message`` next to this field."""
        value = self.value()
        if value is None:
            raise Invalid(message, field=self.field)
        return value

    def set_value(self, match: Match | None) -> None:
        self._chosen = match
        self.setText(match[1] if match is not None else "")
        self.setCursorPosition(0)  # the case number or name's start, not its end

    def search_now(self) -> None:
        """Look up what is typed now (runs on the database worker)."""
        self._timer.stop()
        self._generation += 1
        generation, text, finder = self._generation, self.text().strip(), self._finder
        QueryOp(self._host, lambda book: finder(book, text), parent=self).success(
            lambda found: self._show(generation, found)).run_in_background()

    def choose_row(self, row: int) -> None:
        """Pick suggestion ``row`` (as clicking it in the popup does)."""
        self._activated(self.matches.index(row, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup()
        if event.key() == Qt.Key.Key_Down and (popup is None or not popup.isVisible()):
            self.search_now()
            return
        super().keyPressEvent(event)

    def _show(self, generation: int, found: list[Match]) -> None:
        if generation != self._generation:
            return
        self.matches.clear()
        for pk, label in found:
            item = QStandardItem(label)
            item.setData(pk, ID_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        if found and self.hasFocus():
            self.completer().complete()

    def _activated(self, index: QModelIndex) -> None:
        pk = index.data(ID_ROLE)
        if pk is None:
            return
        self.set_value((int(pk), index.data()))
        self.chosen.emit(int(pk))


class ChoiceCombo(QComboBox):
    """A drop-down of a few records; ``none_label`` adds a first "no record" entry."""

    def __init__(self, *, none_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._none_label = none_label
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(36)

    def set_choices(self, choices: list[Match]) -> None:
        """Replace the entries, keeping the current record selected if it is still there."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        if self._none_label is not None:
            self.addItem(self._none_label, None)
        for pk, label in choices:
            self.addItem(label, pk)
        self.blockSignals(False)
        self.set_value(current)

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, pk: int | None) -> None:
        index = self.findData(pk) if pk is not None else -1
        self.setCurrentIndex(index if index >= 0 else 0 if self.count() else -1)
