# SPDX-License-Identifier: GPL-3.0-or-later
"""Report commands: gather the data from the store, hand it to the pure PDF builders."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

from caseapp.core.manager import Manager
from caseapp.core.progress import Progress, Ticker
from caseapp.core.report_data import person_file, person_ref
from caseapp.domain.errors import Invalid, NotFound
from caseapp.i18n import _
from caseapp.reports import brief, dossier, hearing_schedule
from caseapp.reports import data as rd
from caseapp.store import reports as report_store


class Reports(Manager):
    """Dossier, brief and hearing schedule PDFs; reads only, never a command."""

    def options(self, *, language: str, public: bool = False, generated_on: date | None = None,
                organisation: str = "") -> rd.ReportOptions:
        return rd.ReportOptions(generated_on or date.today(), language, public, organisation,
                                self.book.operator)

    def dossier(self, person_id: int, out: Path, options: rd.ReportOptions, *,
                progress: Progress | None = None, abort: threading.Event | None = None) -> Path:
        file = person_file(report_store.bundle(person_id), options.language,
                           options.generated_on, self.book.deadlines.all(person_id))
        dossier.build(rd.DossierData(options, file), out, progress=progress, abort=abort)
        return out

    def brief(self, person_ids: list[int], out: Path, options: rd.ReportOptions, *,
              scope: str = "", status: str = "", tag: str = "",
              progress: Progress | None = None, abort: threading.Event | None = None) -> Path:
        """The brief about ``person_ids``, chosen by ``status`` or ``tag`` (the cover says
        which, in the report's language) or as ``scope`` says in free words."""
        if not person_ids:
            raise NotFound(_("No persons match; the brief would be empty"))
        ticker = Ticker(len(person_ids) * 2, _half(progress), abort)
        files = []
        for pk in person_ids:
            files.append(person_file(report_store.bundle(pk), options.language,
                                     options.generated_on, self.book.deadlines.all(pk)))
            ticker.tick(_("Gathering data"))
        data = rd.BriefData(options, tuple(files), scope=scope, status=status, tag=tag)
        brief.build(data, out, progress=_second_half(progress), abort=abort)
        return out

    def hearings(self, out: Path, options: rd.ReportOptions, *, days: int = 14,
                 progress: Progress | None = None, abort: threading.Event | None = None) -> Path:
        if days < 0:
            raise Invalid(_("The number of days must be 0 or more"), field="days")
        start = options.generated_on
        found = report_store.schedule(start, start + timedelta(days=days))
        rows = tuple(_schedule_row(h, number, parties) for h, number, parties in found)
        hearing_schedule.build(rd.HearingScheduleData(options, rows, days), out,
                               progress=progress, abort=abort)
        return out

    def persons_with_tag(self, tag: str) -> list[int]:
        return report_store.persons_by_tag(tag)

    def persons_with_status(self, status: str) -> list[int]:
        return report_store.persons_by_status(status)


def _schedule_row(h, case_number: str, parties: list) -> rd.HearingEntry:
    return rd.HearingEntry(
        h.date, h.time, h.court, h.kind, case_number, h.judge, h.outcome,
        tuple(person_ref(p, a) for role, p, a in parties if role == "defendant"),
        tuple(p.display_name for role, p, _a in parties if role == "lawyer"),
        tuple(o.strip() for o in h.observers.split(",") if o.strip()), h.notes)


def _half(progress: Progress | None) -> Progress | None:
    return (lambda fraction, message: progress(fraction / 2, message)) if progress else None


def _second_half(progress: Progress | None) -> Progress | None:
    return (lambda fraction, message: progress(0.5 + fraction / 2, message)) if progress else None
