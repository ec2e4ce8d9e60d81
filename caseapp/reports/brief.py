# SPDX-License-Identifier: GPL-3.0-or-later
"""The campaign brief: many persons at once, for embassies, rapporteurs and journalists.

A cover page, a summary table with one line per person (its header repeats on
every page, each name links to the person's section), then a section per person.
Built to stay fast for a thousand persons.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer

from caseapp.reports import facts
from caseapp.reports.blocks import Context, boxed, data_table, heading, para
from caseapp.reports.common import (
    Progress,
    author,
    kicker,
    make_context,
    report_progress,
    status_badge,
)
from caseapp.reports.data import BriefData, PersonFile
from caseapp.reports.markup import bold, esc, join, link
from caseapp.reports.redact import redact
from caseapp.reports.sections import (
    cases_section,
    hearings_section,
    pace_section,
    sources_section,
    summary_markup,
)
from caseapp.reports.templates import DocInfo, check_abort, write_pdf

_WIDTHS = (0.045, 0.21, 0.12, 0.22, 0.1, 0.1, 0.1, 0.105)
#: A brief is read by people deciding whether to act: per person only the summary,
#: the charges, the hearings, the PACE criteria and the sources (the dossier has the rest).
BRIEF_SECTIONS = (cases_section, hearings_section, pace_section, sources_section)


def build(data: BriefData, out: Path, *, progress: Progress | None = None,
          abort: threading.Event | None = None) -> None:
    """Write the brief about ``data.persons`` to ``out`` (atomically; Cancelled on abort)."""
    data = redact(data)
    ctx = make_context(data.options)
    story = cover(data, ctx) + summary_table(data, ctx)
    story += [heading(ctx.labels.pgettext("report", "Persons"), ctx, "persons")]
    for number, file in enumerate(data.persons):
        check_abort(abort)
        report_progress(progress, 0.2 * number / max(len(data.persons), 1), title(ctx))
        story += person_part(file, number, ctx)
    write_pdf(out, story, info=doc_info(data, ctx), labels=ctx.labels,
              progress=progress, abort=abort)


def title(ctx: Context) -> str:
    return ctx.labels.pgettext("report", "Campaign brief")


def person_count(data: BriefData, ctx: Context) -> str:
    return ctx.labels.pgettext("report", "Persons in this brief: {n}").format(n=len(data.persons))


def scope_line(data: BriefData, ctx: Context) -> str:
    """Which persons the brief covers, in the report's language ("Status: in detention")."""
    labels = ctx.labels
    if data.status:
        return labels.pgettext("report", "Status: {status}").format(
            status=labels.enum("status", data.status))
    if data.tag:
        return labels.pgettext("report", "Tag: {tag}").format(tag=data.tag)
    return data.scope


def doc_info(data: BriefData, ctx: Context) -> DocInfo:
    shown_title = data.title or title(ctx)
    subject = " · ".join(p for p in (title(ctx), scope_line(data, ctx),
                                     person_count(data, ctx)) if p)
    running_head = f"{title(ctx)} · {shown_title}" if data.title else title(ctx)
    return DocInfo(title=shown_title, subject=subject, author=author(data.options),
                   running_head=running_head,
                   organisation=data.options.organisation,
                   generated_on=data.options.generated_on, public=data.options.public)


def cover(data: BriefData, ctx: Context) -> list[Flowable]:
    """Organisation, title, scope, date and the confidentiality notice on page 1."""
    labels, styles = ctx.labels, ctx.styles
    story: list[Flowable] = [Spacer(1, 45 * mm), kicker(ctx, title(ctx)),
                             Paragraph(esc(data.title or title(ctx)), styles.cover_title)]
    lines = [scope_line(data, ctx), labels.day(data.options.generated_on),
             person_count(data, ctx)]
    if data.options.operator and not data.options.public:
        lines.append(labels.pgettext("report", "Prepared by") + f": {data.options.operator}")
    story += [Paragraph(esc(line), styles.subtitle) for line in lines if line]
    notice = labels.notice(public=data.options.public)
    return story + [Spacer(1, 12 * mm), boxed(para(esc(notice), styles.body), ctx),
                    PageBreak()]


def summary_table(data: BriefData, ctx: Context) -> list[Flowable]:
    labels = ctx.labels
    header = ["№", labels.pgettext("report", "Name"), labels.pgettext("report", "Status"),
              labels.pgettext("report", "Facility"), labels.pgettext("report", "Articles"),
              labels.pgettext("report", "Term"), labels.pgettext("report", "Expected release"),
              labels.pgettext("report", "Next hearing")]
    rows = [summary_row(number, file, ctx) for number, file in enumerate(data.persons)]
    return [heading(labels.pgettext("report", "Summary"), ctx, "summary"),
            data_table(header, rows, _WIDTHS, ctx), PageBreak()]


def summary_row(number: int, file: PersonFile, ctx: Context) -> list[str]:
    """One person's line: name, status, where held, articles, term, release, next hearing."""
    labels, today = ctx.labels, ctx.today
    detention = facts.current_detention(file)
    sentence = facts.latest_sentence(file)
    hearing = facts.next_hearing(file, today)
    name = link(bold(esc(file.identity.name_in(labels.language))), f"{_person_key(number)}-name")
    return [str(number + 1), name, esc(labels.enum("status", file.identity.status)),
            esc(facts.facility_place(detention)) if detention else "",
            join(facts.article_refs(file)),
            esc(labels.term(sentence.term)) if sentence else "",
            esc(labels.short_day(sentence.expected_release)) if sentence else "",
            esc(labels.short_day(hearing.date)) if hearing else ""]


def person_part(file: PersonFile, number: int, ctx: Context) -> list[Flowable]:
    """The person's heading (a bookmark under "Persons"), summary and brief sections.

    The sections are not bookmarked: in a brief of many persons the outline lists the
    persons, and a thousand persons' sections cost a tenth of the time to write."""
    own = Context(labels=ctx.labels, styles=ctx.styles, options=ctx.options, width=ctx.width,
                  key=_person_key(number), level=2, section_style="h2",
                  section_bookmarks=False)
    name = f"{number + 1}. {file.identity.name_in(ctx.labels.language)}"
    story: list[Flowable] = [CondPageBreak(60 * mm),
                             heading(name, own, "name", style="h1", level=1)]
    others = join(file.identity.other_names(ctx.labels.language), "  ·  ")
    if others:
        story.append(para(f"<i>{others}</i>", ctx.styles.subtitle))
    story += [status_badge(file.identity.status, own), Spacer(1, 5),
              boxed(para(summary_markup(file, own), ctx.styles.body), own)]
    for section in BRIEF_SECTIONS:
        story += section(file, own)
    return story


def _person_key(number: int) -> str:
    return f"p{number + 1}"
