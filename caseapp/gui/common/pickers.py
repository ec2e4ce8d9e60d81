# SPDX-License-Identifier: GPL-3.0-or-later
"""A field that picks a person by any spelling of a name (see article_picker.py for
the code articles).

``PersonPicker`` asks the core's person search (every script, every spelling) as
the volunteer types and offers the matches in a popup, plus "create a new person
with this name" when none fits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit, QWidget

from caseapp.core.edits import PersonChoice
from caseapp.domain import records
from caseapp.domain.errors import Invalid
from caseapp.domain.views import PersonRow

from caseapp.gui.common.person_rows import NAME_ROLE, PERSON_ID_ROLE, PersonRowsModel
from caseapp.gui.common.rows_model import ROOT, AnyIndex
from caseapp.gui.ops import CasebookOp, OpHost, QueryOp

SEARCH_DELAY_MS = 150
MAX_MATCHES = 15
#: PERSON_ID_ROLE of the "create a new person" entry.
NEW_PERSON = -1


class PersonMatchModel(PersonRowsModel):
    """The popup's rows: matching persons, then (optionally) "create new"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._new_name = ""

    def set_matches(self, rows: Sequence[PersonRow], new_name: str) -> None:
        self._new_name = new_name
        self.set_rows(rows)

    def rowCount(self, parent: AnyIndex = ROOT) -> int:
        return super().rowCount(parent) + (1 if self._new_name and not parent.isValid() else 0)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and self._new_name and index.row() == self.rowCount() - 1:
            return self._new_entry(role)
        return super().data(index, role)

    def _new_entry(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Create a new person “{name}”").format(name=self._new_name)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        if role == PERSON_ID_ROLE:
            return NEW_PERSON
        return self._new_name if role == NAME_ROLE else None


class PersonPicker(QLineEdit):
    """A name field whose popup lists matching persons in any script.

    ``choice()`` gives a PersonChoice or raises Invalid naming ``field``. With
    ``create_now`` the "create new" entry adds the person at once (its own undo
    step); otherwise the choice holds the new name and the caller creates the person
    inside its own command. ``chosen`` carries the PersonChoice (or None).
    """

    chosen = Signal(object)

    def __init__(self, host: OpHost, *, field: str = "person", allow_new: bool = True,
                 create_now: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.field = field
        self._allow_new = allow_new
        self._create_now = create_now
        self._choice: PersonChoice | None = None
        self._generation = 0
        self.matches = PersonMatchModel(self)
        self.setPlaceholderText(self.tr("Type a name in any script…"))
        self.setClearButtonEnabled(True)
        self._build_completer()
        self._timer = search_timer(self, self.search_now)
        self.textEdited.connect(self._edited)

    # -- public

    def choice(self) -> PersonChoice:
        """The chosen person; Invalid when the text names nobody chosen yet."""
        if self._choice is not None:
            return self._choice
        if not self.text().strip():
            raise Invalid(self.tr("Choose a person"), field=self.field)
        raise Invalid(self.tr("Choose “{name}” from the list of matches, or create a new "
                              "person").format(name=self.text().strip()), field=self.field)

    def person_id(self) -> int | None:
        return self._choice.person_id if self._choice else None

    def set_person(self, person_id: int | None, name: str) -> None:
        """Show an existing person (or nothing, when ``person_id`` is None)."""
        self._timer.stop()
        self.setText(name if person_id is not None else "")
        self._set_choice(PersonChoice(person_id, name) if person_id is not None else None)

    def search_now(self) -> None:
        """Look up the typed text at once (the timer does this after a pause)."""
        self._timer.stop()
        text = self.text().strip()
        self._generation += 1
        generation = self._generation
        if not text:
            self.matches.set_matches([], "")
            return
        QueryOp(self.host, lambda book: _find_persons(book, text), parent=self).success(
            lambda rows: self._show_matches(generation, text, rows)).run_in_background()

    def choose_row(self, row: int) -> None:
        """Take the popup's entry ``row`` (what a click or Enter in the popup does)."""
        index = self.matches.index(row, 0)
        person_id, name = index.data(PERSON_ID_ROLE), index.data(NAME_ROLE)
        self._popup().hide()
        if person_id == NEW_PERSON:
            self._choose_new(name)
        elif person_id is not None:
            self.set_person(person_id, name)

    # -- behaviour

    def _build_completer(self) -> None:
        self.person_completer = popup_completer(self, self.matches, self.choose_row,
                                                self.tr("Matching persons"))

    def _popup(self) -> QAbstractItemView:
        return completer_popup(self.person_completer)

    def _edited(self, _text: str) -> None:
        self._set_choice(None)
        self._timer.start()

    def _show_matches(self, generation: int, text: str, rows: list[PersonRow]) -> None:
        if generation != self._generation:
            return
        exact = any(row.display_name.casefold() == text.casefold() for row in rows)
        self.matches.set_matches(rows, text if self._allow_new and not exact else "")
        if self.matches.rowCount() and self.hasFocus():
            self.person_completer.complete()

    def _choose_new(self, name: str) -> None:
        self.setText(name)
        if not self._create_now:
            self._set_choice(PersonChoice(None, name))
            return
        person = records.Person(display_name=name)
        CasebookOp(self.host, lambda book: book.persons.add(person), parent=self,
                   origin=self).success(
            lambda result: self.set_person(result[0].id, result[0].display_name)
        ).run_in_background()

    def _set_choice(self, choice: PersonChoice | None) -> None:
        self._choice = choice
        font = self.font()
        font.setItalic(choice is not None and choice.is_new)
        self.setFont(font)
        self.setToolTip(self.tr("A new person with this name will be created")
                        if choice is not None and choice.is_new else "")
        self.chosen.emit(choice)




def popup_completer(field: QLineEdit, model: Any, choose: Callable[[int], None],
                    accessible_name: str) -> QCompleter:
    """A completer that shows ``model`` unfiltered under ``field`` and calls ``choose(row)``
    when the volunteer clicks an entry or presses Enter on it."""
    completer = QCompleter(model, field)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setWidget(field)
    completer_popup(completer).setAccessibleName(accessible_name)
    # [QModelIndex] picks the overload; PySide6's stub has no SignalInstance.__getitem__
    completer.activated[QModelIndex].connect(  # type: ignore[index]
        lambda index: choose(index.row()))
    return completer


def search_timer(field: QWidget, search: Callable[[], None]) -> QTimer:
    """A one-shot timer that runs ``search`` once typing has paused SEARCH_DELAY_MS."""
    timer = QTimer(field)
    timer.setSingleShot(True)
    timer.setInterval(SEARCH_DELAY_MS)
    timer.timeout.connect(search)
    return timer


def completer_popup(completer: QCompleter) -> QAbstractItemView:
    # QCompleter.popup() makes its list on first use: Qt types it optional, it never is
    return cast(QAbstractItemView, completer.popup())


def _find_persons(book, text: str) -> list[PersonRow]:
    """Runs on the worker: the best matches for ``text`` as display rows."""
    return book.persons.rows(book.persons.ids(text=text)[:MAX_MATCHES])
