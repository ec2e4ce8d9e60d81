# SPDX-License-Identifier: GPL-3.0-or-later
"""The person dossier: one person's case file for lawyers, rapporteurs and embassies.

Title block (name in the report language, other spellings, status, photo), a
generated summary, then identity, custody, cases, hearings, sentence, PACE
criteria, campaign actions, private notes (never in public copies) and sources.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from caseapp.reports.blocks import Context, boxed, heading, para
from caseapp.reports.common import (
    Progress,
    author,
    kicker,
    make_context,
    photo,
    report_progress,
    status_badge,
)
from caseapp.reports.data import DossierData, PersonFile
from caseapp.reports.markup import italic, join
from caseapp.reports.redact import redact
from caseapp.reports.sections import PERSON_SECTIONS, summary_markup
from caseapp.reports.styles import SANS
from caseapp.reports.templates import DocInfo, check_abort, write_pdf

_PHOTO_COLUMN = 36 * mm
_BESIDE_MAX = 90 * mm


def build(data: DossierData, out: Path, *, progress: Progress | None = None,
          abort: threading.Event | None = None) -> None:
    """Write the dossier of ``data.person`` to ``out`` (atomically; Cancelled on abort)."""
    data = redact(data)
    ctx = make_context(data.options)
    report_progress(progress, 0.0, title(ctx))
    check_abort(abort)
    file = data.person
    story = title_block(file, ctx) + summary_box(file, ctx) + person_body(file, ctx)
    write_pdf(out, story, info=doc_info(data, ctx), labels=ctx.labels,
              progress=progress, abort=abort)


def title(ctx: Context) -> str:
    return ctx.labels.pgettext("report", "Person dossier")


def doc_info(data: DossierData, ctx: Context) -> DocInfo:
    name = data.person.identity.name_in(ctx.labels.language)
    status = ctx.labels.enum("status", data.person.identity.status)
    return DocInfo(title=f"{title(ctx)}: {name}", subject=f"{title(ctx)}: {name} ({status})",
                   author=author(data.options), running_head=f"{title(ctx)} · {name}",
                   organisation=data.options.organisation,
                   generated_on=data.options.generated_on, public=data.options.public)


def title_block(file: PersonFile, ctx: Context) -> list[Flowable]:
    """Kicker, name, other spellings and status badge, with the photo at the right."""
    person, language = file.identity, ctx.labels.language
    left: list[Flowable] = [kicker(ctx, title(ctx)),
                            heading(person.name_in(language), ctx, "person", style="title")]
    others = join(person.other_names(language), "  ·  ")
    if others:
        left.append(Paragraph(italic(others), ctx.styles.subtitle))
    left += [Spacer(1, 3), status_badge(person.status, ctx)]
    image = photo(person.photo)
    if image is None:
        return [*left, Spacer(1, 8)]
    return [*_beside(left, image, ctx), Spacer(1, 8)]


def _beside(left: list[Flowable], image: Flowable, ctx: Context) -> list[Flowable]:
    """The title lines in a table row with the photo at their right; the photo above them
    when they are taller than a third of a page (a name of thousands of letters): a row
    taller than the page cannot be split, and reportlab gives up on the whole report."""
    width = ctx.width - _PHOTO_COLUMN
    if sum(flowable.wrap(width, _BESIDE_MAX)[1] for flowable in left) > _BESIDE_MAX:
        return [image, *left]
    table = Table([[left, image]], colWidths=[width, _PHOTO_COLUMN])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), SANS),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [table]


def summary_box(file: PersonFile, ctx: Context) -> list[Flowable]:
    markup = summary_markup(file, ctx)
    return [boxed(para(markup, ctx.styles.body), ctx)] if markup else []


def person_body(file: PersonFile, ctx: Context) -> list[Flowable]:
    """Every non-empty person section, in reading order."""
    story: list[Flowable] = []
    for section in PERSON_SECTIONS:
        story += section(file, ctx)
    return story


