# SPDX-License-Identifier: GPL-3.0-or-later
"""Which pages the navigator shows, in order, and which table each one opens.

Page classes are imported lazily by name: a feature folder that does not exist yet
(or fails to import) simply leaves its page out, so the window works while the
features are being written in parallel.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    """One navigator entry: ``key`` (stable, for saved state), the module and class
    that implement it, and ``table`` (the records it opens; "" for none)."""

    key: str
    module: str
    class_name: str
    table: str
    label: str

    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.label)

    def load(self) -> Callable | None:
        """The page class, or None when its module is not there (yet)."""
        try:
            module = importlib.import_module(self.module)
        except Exception as exc:  # a broken feature must not keep the window from opening
            missing = isinstance(exc, ModuleNotFoundError) and exc.name is not None \
                and self.module.startswith(exc.name)
            if not missing:
                log.exception("page %s cannot be imported", self.key)
            return None
        return getattr(module, self.class_name, None)


def _spec(key: str, class_name: str, table: str, label: str) -> PageSpec:
    return PageSpec(key, f"caseapp.gui.{key}.page", class_name, table, label)


#: Navigator order; Ctrl+1 … Ctrl+7 follow it. Labels are translated in title().
PAGES: tuple[PageSpec, ...] = (
    _spec("dashboard", "DashboardPage", "", QT_TRANSLATE_NOOP("Pages", "Dashboard")),
    _spec("persons", "PersonsPage", "person", QT_TRANSLATE_NOOP("Pages", "Persons")),
    _spec("cases", "CasesPage", "case_file", QT_TRANSLATE_NOOP("Pages", "Cases")),
    _spec("hearings", "HearingsPage", "hearing", QT_TRANSLATE_NOOP("Pages", "Hearings")),
    _spec("actions", "ActionsPage", "action", QT_TRANSLATE_NOOP("Pages", "Actions")),
    _spec("sources", "SourcesPage", "source", QT_TRANSLATE_NOOP("Pages", "Sources")),
    _spec("trash", "TrashPage", "", QT_TRANSLATE_NOOP("Pages", "Trash")),
)


def available_pages() -> list[tuple[PageSpec, Callable]]:
    """The pages whose class can be imported, in navigator order."""
    found = []
    for spec in PAGES:
        cls = spec.load()
        if cls is None:
            log.info("page %s is not available", spec.key)
            continue
        found.append((spec, cls))
    return found
