# SPDX-License-Identifier: GPL-3.0-or-later
"""The page every report is printed on, and the safe way to write it to disk.

ReportDocTemplate draws the running header and the footer (confidentiality line,
generation date, "page x of y"), turns headings into PDF bookmarks, fills the
metadata, fixes every date in the file to the report date (so equal data gives an
equal file), reports progress and honours cancellation. ``write_pdf`` renders to a
temporary file beside the target and renames it, so a failed or cancelled build
leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from caseapp.domain.errors import Cancelled
from caseapp.i18n import _
from caseapp.reports.labels import Labels
from caseapp.reports.styles import ACCENT, MUTED, RULE, SANS, register_fonts

Progress = Callable[[float, str], None]
_TOTAL_FORM = "caseapp-page-total"
_FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class DocInfo:
    """What the page furniture and the PDF metadata say about one report."""

    title: str
    subject: str
    author: str
    running_head: str
    organisation: str
    generated_on: date
    public: bool


class PageTotalCanvas(Canvas):
    """A canvas whose footers show a form that holds the page count, drawn at the end."""

    def save(self) -> None:
        pages = max(self.getPageNumber() - 1, 1)
        self.beginForm(_TOTAL_FORM)
        self.setFont(SANS, _FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(pages))
        self.endForm()
        super().save()


class ReportDocTemplate(BaseDocTemplate):
    """A4 with 20 mm margins, header from page 2, footer everywhere, bookmarks on headings.

    A flowable with an ``outline_entry`` attribute (title, key, level) becomes a
    PDF bookmark at the place it is drawn.
    """

    def __init__(self, filename: str, *, info: DocInfo, labels: Labels,
                 progress: Progress | None = None, abort: threading.Event | None = None) -> None:
        register_fonts()
        super().__init__(filename, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                         topMargin=20 * mm, bottomMargin=24 * mm, title=info.title,
                         author=info.author, subject=info.subject, creator="caseapp",
                         invariant=1, lang=labels.language, displayDocTitle=1,
                         initialFontName=SANS)  # else the canvas names Helvetica, unembedded
        self.info, self.labels = info, labels
        self._progress, self._abort = progress, abort
        self._size, self._reported = 1, -1.0
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])
        self.setProgressCallBack(self._on_progress)

    def beforeDocument(self) -> None:
        stamp = self.info.generated_on.strftime("D:%Y%m%d000000+00'00'")
        self.canv.setDateFormatter(lambda *_: stamp)
        self.canv.showOutline()

    def afterFlowable(self, flowable: Flowable) -> None:
        entry = getattr(flowable, "outline_entry", None)
        if entry is None:
            return
        title, key, level = entry
        # Frame._y (where the next flowable goes, so just below this one) is missing from
        # reportlab's stubs: private, but reportlab keeps no other record of the position.
        top = self.frame._y + flowable.height + 6  # type: ignore[attr-defined]
        self.canv.bookmarkPage(key, fit="XYZ", left=0, top=top)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)

    def _on_progress(self, kind: str, value: int) -> None:
        if self._abort is not None and self._abort.is_set():
            raise Cancelled(_("The report was cancelled"))
        if kind == "SIZE_EST":
            self._size = max(value, 1)
        elif kind == "PROGRESS" and self._progress is not None:
            self._report(self._progress, 0.2 + 0.75 * value / self._size)

    def _report(self, progress: Progress, fraction: float) -> None:
        if fraction - self._reported >= 0.01:
            self._reported = fraction
            progress(fraction, self.info.title)

    def _decorate(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        if doc.page > 1:
            self._draw_header(canv)
        self._draw_footer(canv, doc.page)
        canv.restoreState()

    def _draw_header(self, canv: Canvas) -> None:
        top = self.pagesize[1] - 12 * mm
        canv.setFont(f"{SANS}-Bold", _FOOTER_SIZE)
        canv.setFillColor(ACCENT)
        canv.drawString(self.leftMargin, top, _fit(self.info.organisation.upper(), 70 * mm))
        canv.setFont(SANS, _FOOTER_SIZE)
        canv.setFillColor(MUTED)
        right = self.leftMargin + self.width
        canv.drawRightString(right, top, _fit(self.info.running_head, self.width - 75 * mm))
        _rule(canv, self.leftMargin, right, top - 2.5 * mm)

    def _draw_footer(self, canv: Canvas, page: int) -> None:
        right = self.leftMargin + self.width
        _rule(canv, self.leftMargin, right, 16 * mm)
        canv.setFont(SANS, _FOOTER_SIZE)
        canv.setFillColor(MUTED)
        line = self.labels.notice(public=self.info.public)
        canv.drawString(self.leftMargin, 12 * mm, _fit(line, self.width - 35 * mm))
        generated = self.labels.pgettext("report", "Generated {date}").format(
            date=self.labels.day(self.info.generated_on))
        canv.drawString(self.leftMargin, 8.5 * mm, generated)
        self._draw_page_number(canv, page, right)

    def _draw_page_number(self, canv: Canvas, page: int, right: float) -> None:
        reserve = stringWidth(str(page), SANS, _FOOTER_SIZE)
        # Translators: the total page count is drawn right after this text.
        of_total = self.labels.pgettext("report", "Page {n} of ").format(n=page)
        canv.drawRightString(right - reserve, 12 * mm, of_total)
        canv.saveState()
        canv.translate(right - reserve, 12 * mm)
        canv.doForm(_TOTAL_FORM)
        canv.restoreState()


def _rule(canv: Canvas, left: float, right: float, y: float) -> None:
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    canv.line(left, y, right, y)


def _fit(text: str, width: float) -> str:
    """Shorten a one-line header/footer text with an ellipsis to fit ``width``."""
    if stringWidth(text, SANS, _FOOTER_SIZE) <= width:
        return text
    while text and stringWidth(text + "…", SANS, _FOOTER_SIZE) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def write_pdf(out: Path, story: list[Flowable], *, info: DocInfo, labels: Labels,
              progress: Progress | None = None, abort: threading.Event | None = None,
              page: type[ReportDocTemplate] | None = None) -> None:
    """Render ``story`` to ``out`` through a temporary file, fsynced before it takes the
    name; nothing is left on failure, and what a killed run left is removed first.
    ``page`` is another page look (a letter's), ReportDocTemplate by default."""
    out = Path(out)
    remove_leftovers(out)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(handle)
    try:
        doc = (page or ReportDocTemplate)(temporary, info=info, labels=labels,
                                          progress=progress, abort=abort)
        doc.build(story, canvasmaker=PageTotalCanvas)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(1.0, info.title)


def remove_leftovers(out: Path, older_than: float = 60.0) -> None:
    """Delete ``out``'s temporary files that a killed run left (older than a minute, so
    that a report being written at this moment by another window is left alone)."""
    now = time.time()
    for leftover in out.parent.glob(f".{glob.escape(out.name)}.*.part"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > older_than:
                leftover.unlink()


def check_abort(abort: threading.Event | None) -> None:
    """Raise Cancelled when the caller asked to stop (used while gathering flowables)."""
    if abort is not None and abort.is_set():
        raise Cancelled(_("The report was cancelled"))
