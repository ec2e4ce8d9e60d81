# SPDX-License-Identifier: GPL-3.0-or-later
"""The hearing schedule: who must be in which court in the next days, and what is overdue.

Hearings from the report date up to ``days`` later, grouped by day with court,
time, case, defendants, lawyers and observers; then past hearings whose outcome
nobody has recorded yet, so a volunteer can chase it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from datetime import date, timedelta
from itertools import groupby
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph, Spacer

from caseapp.reports import facts
from caseapp.reports.blocks import Context, data_table, heading
from caseapp.reports.common import Progress, author, kicker, make_context, report_progress
from caseapp.reports.data import HearingEntry, HearingScheduleData
from caseapp.reports.markup import bold, esc
from caseapp.reports.redact import redact
from caseapp.reports.templates import DocInfo, check_abort, write_pdf


def build(data: HearingScheduleData, out: Path, *, progress: Progress | None = None,
          abort: threading.Event | None = None) -> None:
    """Write the schedule of the next ``data.days`` days to ``out`` (atomically)."""
    data = redact(data)
    ctx = make_context(data.options)
    report_progress(progress, 0.0, title(ctx))
    check_abort(abort)
    upcoming, missing = split(data)
    story = title_block(data, ctx) + upcoming_part(upcoming, ctx) + missing_part(missing, ctx)
    write_pdf(out, story, info=doc_info(data, ctx), labels=ctx.labels,
              progress=progress, abort=abort)


def window_end(data: HearingScheduleData) -> date:
    return data.options.generated_on + timedelta(days=max(data.days, 0))


def split(data: HearingScheduleData) -> tuple[list[HearingEntry], list[HearingEntry]]:
    """Hearings inside the window, and past hearings without an outcome, each in date order."""
    today, end = data.options.generated_on, window_end(data)
    ordered = sorted(data.hearings, key=facts.hearing_key)
    upcoming = [h for h in ordered if h.date is not None and today <= h.date <= end]
    missing = [h for h in ordered
               if h.date is not None and h.date < today and not h.outcome.strip()]
    return upcoming, missing


def title(ctx: Context) -> str:
    return ctx.labels.pgettext("report", "Hearing schedule")


def doc_info(data: HearingScheduleData, ctx: Context) -> DocInfo:
    window = _window_text(data, ctx)
    return DocInfo(title=f"{title(ctx)}: {window}", subject=window,
                   author=author(data.options), running_head=f"{title(ctx)} · {window}",
                   organisation=data.options.organisation,
                   generated_on=data.options.generated_on, public=data.options.public)


def _window_text(data: HearingScheduleData, ctx: Context) -> str:
    labels = ctx.labels
    return labels.pgettext("report", "Hearings from {start} to {end}").format(
        start=labels.day(data.options.generated_on), end=labels.day(window_end(data)))


def title_block(data: HearingScheduleData, ctx: Context) -> list[Flowable]:
    return [kicker(ctx, title(ctx)), heading(title(ctx), ctx, "title", style="title"),
            Paragraph(esc(_window_text(data, ctx)), ctx.styles.subtitle), Spacer(1, 6)]


def upcoming_part(hearings: list[HearingEntry], ctx: Context) -> list[Flowable]:
    """One heading per day (a bookmark) with that day's table, or a "none" line."""
    if not hearings:
        none = ctx.labels.pgettext("report", "No hearings are scheduled in this period.")
        return [Paragraph(esc(none), ctx.styles.body)]
    story: list[Flowable] = []
    for day, group in groupby(hearings, key=lambda h: h.date):
        title = ctx.labels.weekday_and_day(day)
        story += [heading(title, ctx, f"day-{day.isoformat()}"), day_table(list(group), ctx)]
    return story


def _observers_shown(hearings: Iterable[HearingEntry]) -> bool:
    return any(h.observers for h in hearings)


def day_table(hearings: list[HearingEntry], ctx: Context) -> Flowable:
    labels = ctx.labels
    header = [labels.pgettext("report", "Time"), labels.pgettext("report", "Court"),
              labels.pgettext("report", "Case"), labels.pgettext("report", "Defendants"),
              labels.pgettext("report", "Type"), labels.pgettext("report", "Lawyers"),
              labels.pgettext("report", "Observers")]
    rows = [_day_row(h, ctx) for h in hearings]
    widths: tuple[float, ...] = (0.09, 0.22, 0.12, 0.18, 0.11, 0.13, 0.15)
    if not _observers_shown(hearings):
        header, rows = header[:-1], [row[:-1] for row in rows]
        widths = (0.09, 0.28, 0.13, 0.2, 0.14, 0.16)
    return data_table(header, rows, widths, ctx)


def _day_row(row: HearingEntry, ctx: Context) -> list[str]:
    return [bold(esc(ctx.labels.clock(row.time))), esc(row.court), esc(row.case_number),
            _defendants(row, ctx), esc(ctx.labels.enum("hearing", row.kind)),
            "<br/>".join(esc(n) for n in row.lawyers),
            "<br/>".join(esc(n) for n in row.observers)]


def _defendants(row: HearingEntry, ctx: Context) -> str:
    return "<br/>".join(esc(p.name_in(ctx.labels.language)) for p in row.defendants)


def missing_part(hearings: list[HearingEntry], ctx: Context) -> list[Flowable]:
    if not hearings:
        return []
    labels = ctx.labels
    header = [labels.pgettext("report", "Date"), labels.pgettext("report", "Court"),
              labels.pgettext("report", "Case"), labels.pgettext("report", "Defendants"),
              labels.pgettext("report", "Type")]
    rows = [[esc(labels.day(h.date)), esc(h.court), esc(h.case_number), _defendants(h, ctx),
             esc(labels.enum("hearing", h.kind))] for h in hearings]
    intro = labels.pgettext("report", "Past hearings whose outcome has not been recorded yet:")
    return [heading(labels.pgettext("report", "Outcome missing"), ctx, "missing"),
            Paragraph(esc(intro), ctx.styles.body),
            data_table(header, rows, (0.18, 0.3, 0.14, 0.22, 0.16), ctx)]
