# SPDX-License-Identifier: GPL-3.0-or-later
"""A letter on paper: the group's name, the address block, date, subject and text.

The letter is a domain Letter that core composed (and the volunteer may have edited);
this module only lays it out, in the report fonts (DejaVu: every Kazakh letter), on
the reports' A4 page without their confidentiality footer: a letter is meant to be
sent. Pages after the first are numbered.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Spacer

from caseapp.domain.letters import Letter
from caseapp.reports.blocks import para
from caseapp.reports.labels import Labels
from caseapp.reports.markup import bold, esc
from caseapp.reports.styles import MUTED, SANS, stylesheet
from caseapp.reports.templates import DocInfo, ReportDocTemplate, write_pdf


class LetterDocTemplate(ReportDocTemplate):
    """The reports' page with no running header and no confidentiality line."""

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont(SANS, 8)
        canv.setFillColor(MUTED)
        canv.drawRightString(self.leftMargin + self.width, 12 * mm, str(doc.page))
        canv.restoreState()


def build(letter: Letter, out: Path, *, organisation: str = "",
          generated_on: date | None = None) -> None:
    """Write ``letter`` to ``out`` as a PDF (atomically, as every report)."""
    info = DocInfo(title=letter.subject, subject=letter.recipient.label,
                   author=organisation, running_head="", organisation=organisation,
                   generated_on=generated_on or date.today(), public=True)
    write_pdf(out, story(letter, organisation), info=info, labels=Labels(letter.language),
              page=LetterDocTemplate)


def story(letter: Letter, organisation: str = "") -> list[Flowable]:
    styles = stylesheet()
    parts: list[Flowable] = []
    if organisation:
        parts += [para(esc(organisation.upper()), styles.kicker), Spacer(1, 6 * mm)]
    parts += [para(esc(line), styles.address) for line in letter.recipient.lines]
    if letter.recipient.email:
        parts.append(para(esc(letter.recipient.email), styles.address))
    parts += [Spacer(1, 8 * mm), para(esc(letter.dated), styles.letter),
              para(bold(esc(letter.subject)), styles.letter), Spacer(1, 2 * mm)]
    parts += [para(esc(block), styles.letter) for block in _paragraphs(letter.text)]
    return parts


def _paragraphs(text: str) -> list[str]:
    """Blocks of text between blank lines; lines inside a block stay lines."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return [block for block in blocks if block]
