# SPDX-License-Identifier: GPL-3.0-or-later
"""What the report dialog asks for, checked, and the worker-side call that writes it.

Kept free of widgets so the checks and the call can be tested alone and so the
worker thread only ever sees plain values.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from caseapp.domain.errors import Invalid

DOSSIER, BRIEF, HEARINGS = "dossier", "brief", "hearings"
BY_TAG, BY_STATUS, SELECTED = "tag", "status", "selected"
PDF = ".pdf"
#: Called by this name so that lupdate collects the strings into the catalogs
#: (it does not see through a helper such as ``_tr(text)``).
translate = QCoreApplication.translate


@dataclass(frozen=True)
class ReportRequest:
    """One report to write. ``scope`` says which persons a brief covers: those with
    ``tag``, with ``status``, or ``person_ids`` (the ones selected in the window)."""

    kind: str
    out: Path
    language: str = "en"
    public: bool = False
    organisation: str = ""
    person_id: int | None = None
    scope: str = SELECTED
    tag: str = ""
    status: str = ""
    person_ids: tuple[int, ...] = ()
    days: int = 14

    def validated(self) -> ReportRequest:
        """The request with a ``.pdf`` output, or Invalid naming the field to fix."""
        if self.kind == DOSSIER and self.person_id is None:
            raise Invalid(translate("ReportRequest", "Choose the person the dossier is about."),
                          field="person")
        if self.kind == BRIEF:
            self._check_brief()
        if self.kind == HEARINGS and self.days < 0:
            raise Invalid(translate("ReportRequest", "The number of days must be 0 or more."),
                          field="days")
        return replace(self, out=checked_output(self.out))

    def _check_brief(self) -> None:
        if self.scope == BY_TAG and not self.tag.strip():
            raise Invalid(translate("ReportRequest", "Choose a tag."), field="scope")
        if self.scope == SELECTED and not self.person_ids:
            raise Invalid(translate("ReportRequest", "No persons are selected; choose a tag or "
                                    "a status instead."), field="scope")


def checked_output(out: Path) -> Path:
    text = str(out).strip() if str(out) != "." else ""
    if not text:
        raise Invalid(translate("ReportRequest", "Choose where to save the PDF."), field="out")
    path = Path(text).expanduser()
    if path.suffix.lower() != PDF:
        path = path.with_name(path.name + PDF)
    if not path.is_absolute():
        raise Invalid(translate("ReportRequest", "Give the full path of the file."), field="out")
    if not path.parent.is_dir():
        raise Invalid(translate("ReportRequest", "The folder {folder} does not exist.").format(
            folder=path.parent), field="out")
    if path.is_dir():
        raise Invalid(translate("ReportRequest", "This is a folder; give a file name."),
                      field="out")
    return path


def write_report(book: Any, request: ReportRequest, *,
                 progress: Callable[[float, str], None] | None = None,
                 abort: threading.Event | None = None) -> Path:
    """Write the PDF; runs on the database worker and touches no widget."""
    reports = book.reports
    options = reports.options(language=request.language, public=request.public,
                              organisation=request.organisation)
    if request.kind == DOSSIER:
        return reports.dossier(request.person_id, request.out, options, progress=progress,
                               abort=abort)
    if request.kind == BRIEF:
        ids, chosen_by = brief_persons(book, request)
        return reports.brief(ids, request.out, options, **chosen_by, progress=progress,
                             abort=abort)
    return reports.hearings(request.out, options, days=request.days, progress=progress,
                            abort=abort)


def brief_persons(book: Any, request: ReportRequest) -> tuple[list[int], dict[str, str]]:
    """The persons a brief covers and how they were chosen (the tag or the status, which
    the report words in its own language)."""
    if request.scope == BY_TAG:
        return book.reports.persons_with_tag(request.tag), {"tag": request.tag}
    if request.scope == BY_STATUS:
        return book.reports.persons_with_status(request.status), {"status": request.status}
    return list(request.person_ids), {}


def suggested_name(kind: str, person: str = "", today: date | None = None) -> str:
    """A file name like "dossier-erlan-kuanyshbayev-2026-11-25.pdf" (letters of any script)."""
    stamp = (today or date.today()).isoformat()
    words = re.findall(r"\w+", person.casefold())
    middle = "-".join(words[:4])
    return "-".join(filter(None, (kind, middle, stamp))) + PDF
