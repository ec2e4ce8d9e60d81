# SPDX-License-Identifier: GPL-3.0-or-later
"""Which pages the navigator shows, in order, and which table each one opens.

Every page is imported here directly: a page that fails to import is a bug, and the
window does not open without it.
"""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.gui.actions.page import ActionsPage
from caseapp.gui.cases.page import CasesPage
from caseapp.gui.common.page import PageClass
from caseapp.gui.dashboard.page import DashboardPage
from caseapp.gui.hearings.page import HearingsPage
from caseapp.gui.persons.page import PersonsPage
from caseapp.gui.sources.page import SourcesPage
from caseapp.gui.trash.page import TrashPage


@dataclass(frozen=True)
class PageSpec:
    """One navigator entry: ``key`` (stable, for saved state), the class that implements
    it, and ``table`` (the records it opens; "" for none)."""

    key: str
    page_class: PageClass
    table: str = ""


#: Navigator order; Ctrl+1 … Ctrl+7 follow it. Each page names itself (``title()``).
PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", DashboardPage),
    PageSpec("persons", PersonsPage, "person"),
    PageSpec("cases", CasesPage, "case_file"),
    PageSpec("hearings", HearingsPage, "hearing"),
    PageSpec("actions", ActionsPage, "action"),
    PageSpec("sources", SourcesPage, "source"),
    PageSpec("trash", TrashPage),
)
