# SPDX-License-Identifier: GPL-3.0-or-later
"""The contract between the main window and the pages in its navigator.

Every page (Dashboard, Persons, Cases, Hearings, Actions, Sources, Trash) is a QWidget
that implements ``Page``; the window talks to pages only through it, so a feature
folder can be written without knowing the window. ``PageHost`` is what a page may
use of the window (the main window implements it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from caseapp.domain.changes import Changes

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from caseapp.core.casebook import Casebook

    from caseapp.gui.tasks import TaskRunner


class Page(Protocol):
    """A view in the navigator; it is a QWidget.

    ``message`` is a ``Signal(str)`` whose text the window shows in the status bar;
    ``loaded`` a ``Signal()`` emitted each time the page shows what ``reload`` read.
    ``save_state`` returns values QSettings can store (QByteArray, str, int, lists).
    """

    message: SignalInstance
    loaded: SignalInstance

    def title(self) -> str:
        """The navigator's label for the page, translated."""
        ...

    def reload(self) -> None:
        """(Re)load everything from ``host.casebook`` (a database was just opened)."""
        ...

    def clear(self) -> None:
        """Show nothing: the database is being switched."""
        ...

    def on_changes(self, changes: Changes) -> None:
        """A command committed; refresh what ``changes`` touches."""
        ...

    def focus_search(self) -> None:
        """Edit ▸ Find (Ctrl+F)."""
        ...

    def open_record(self, record_id: int) -> None:
        """Select the record and show its details."""
        ...

    def new_record(self) -> object:
        """File ▸ New… (Ctrl+N) on this page; may do nothing. Returns the editor opened,
        if any (for tests)."""
        ...

    def delete_current(self) -> None:
        """Edit ▸ Delete (Del): move the current record to the trash."""
        ...

    def save_state(self) -> dict[str, Any]:
        ...

    def restore_state(self, state: dict[str, Any]) -> None:
        ...


class PageHost(Protocol):
    """What pages get from the main window (an OpHost plus navigation and messages)."""

    casebook: Casebook
    tasks: TaskRunner

    def operation_did_execute(self, changes: Changes, origin: object | None) -> None:
        ...

    def show_message(self, text: str) -> None:
        ...

    def open_record(self, table: str, record_id: int) -> None:
        """Switch to the page of ``table`` ("person", "case_file", "hearing", "action",
        "source") and let it show the record."""
        ...

    def show_persons_with_status(self, status: str) -> None:
        """Switch to the Persons page, listing only the persons with ``status``."""
        ...


#: How the window makes a page: ``page_class(host, parent)``.
PageClass = Callable[[PageHost, "QWidget"], Page]
