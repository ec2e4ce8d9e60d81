# SPDX-License-Identifier: GPL-3.0-or-later
"""Which pages the navigator shows, in order, and how each is made when first shown.

A page's module is imported, and the page built, the first time the volunteer (or
the window) asks for it, so the window opens with only its first page made. There is
no fallback: a page that fails to import is a bug and shows as one.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStackedWidget, QWidget

from caseapp.gui.common.page import Page, PageClass, PageHost
from caseapp.gui.common.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    """One navigator entry: ``key`` (stable, for saved state; also the feature folder),
    the page class's name, the records it opens (``table``, "" for none) and its
    navigator label."""

    key: str
    class_name: str
    table: str
    label: str

    def title(self) -> str:
        """The page's own ``title()``, translated without making the page."""
        return QCoreApplication.translate(self.class_name, self.label)

    def page_class(self) -> PageClass:
        module = importlib.import_module(f"caseapp.gui.{self.key}.page")
        return cast(PageClass, getattr(module, self.class_name))


#: Navigator order; Ctrl+1 … Ctrl+7 follow it.
PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", "DashboardPage", "", QT_TRANSLATE_NOOP("DashboardPage", "Dashboard")),
    PageSpec("persons", "PersonsPage", "person", QT_TRANSLATE_NOOP("PersonsPage", "Persons")),
    PageSpec("cases", "CasesPage", "case_file", QT_TRANSLATE_NOOP("CasesPage", "Cases")),
    PageSpec("hearings", "HearingsPage", "hearing", QT_TRANSLATE_NOOP("HearingsPage", "Hearings")),
    PageSpec("actions", "ActionsPage", "action", QT_TRANSLATE_NOOP("ActionsPage", "Actions")),
    PageSpec("sources", "SourcesPage", "source", QT_TRANSLATE_NOOP("SourcesPage", "Sources")),
    PageSpec("trash", "TrashPage", "", QT_TRANSLATE_NOOP("TrashPage", "Trash")),
)


class PageStack(Mapping[str, Page]):
    """The pages of a QStackedWidget, each made on first access (``stack[key]``).

    Until then the stack holds an empty placeholder at the page's place.
    ``made`` lists the pages made so far; ``on_made(key, page)`` wires a new page.
    """

    def __init__(self, host: PageHost, stack: QStackedWidget,
                 on_made: Callable[[str, Page], None]) -> None:
        self._host, self._stack, self._on_made = host, stack, on_made
        self.specs = {spec.key: spec for spec in PAGES}
        self.made: dict[str, Page] = {}
        for _spec in PAGES:
            stack.addWidget(QWidget(stack))

    def __getitem__(self, key: str) -> Page:
        if key not in self.made:
            self._make(key)
        return self.made[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self.specs)

    def __len__(self) -> int:
        return len(self.specs)

    def widget(self, key: str) -> QWidget:
        """The page ``key``, or its placeholder while it is not made."""
        widget = self._stack.widget(list(self.specs).index(key))
        if widget is None:
            raise LookupError(f"the page stack lost its widget for {key!r}")
        return widget

    def _make(self, key: str) -> None:
        index = list(self.specs).index(key)
        page = self.specs[key].page_class()(self._host, self._stack)
        placeholder = self.widget(key)
        self._stack.insertWidget(index, cast(QWidget, page))
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.made[key] = page
        self._on_made(key, page)
