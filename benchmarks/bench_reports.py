# SPDX-License-Identifier: GPL-3.0-or-later
"""Report speed: a dossier and a 1,000-person brief, each next to raw reportlab.

The baseline is what a developer would write by hand with the same content: the
very paragraphs and table cells our report produced (copied out before timing),
laid out by a plain SimpleDocTemplate with the same fonts and a page-number
footer, but without our labels, redaction, bookmarks, metadata or atomic write.
Aims: dossier under 0.3 s; the 1,000-person brief under 5 s of wall time (issue 11).
Wall time follows the machine's load (its cores are shared), so the brief is built once
with empty caches (as a volunteer's first brief) and then ``BRIEF_RUNS`` more times; the
median wall and CPU time, the load average before and after, and whether the aim is met
are printed.
"""

from __future__ import annotations

import os
import re
import statistics
import tempfile
import time
from collections.abc import Callable
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from benchmarks.timing import report, timings
from caseapp.reports import brief, dossier, samples
from caseapp.reports.boxes import Box
from caseapp.reports.common import TEXT_WIDTH, make_context
from caseapp.reports.data import BriefData, DossierData
from caseapp.reports.grid import Grid
from caseapp.reports.styles import SANS, register_fonts
from caseapp.reports.textblock import TextBlock

PERSONS = int(os.environ.get("BENCH_BRIEF_PERSONS", "1000"))
BRIEF_RUNS = 3
BRIEF_AIM = 5.0
_INTERNAL_LINK = re.compile(r'<a href="#[^"]*">(.*?)</a>')
_PLAIN_TABLE = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LINEBELOW", (0, 0), (-1, -1), 0.25, "grey")])


def to_spec(flowable: Flowable) -> list[tuple]:
    """Our flowable as plain content: paragraph markup, table cells, breaks, images."""
    if isinstance(flowable, Paragraph | TextBlock):
        return [("p", _INTERNAL_LINK.sub(r"\1", flowable.text), flowable.style,
                 getattr(flowable, "bulletText", None))]
    if isinstance(flowable, Grid):  # by hand: a reportlab Table with the same cells
        rows = [[_cell_spec(cell) for cell in row.cells]
                for row in (flowable.head, *flowable.rows)]
        return [("t", rows, list(flowable.widths), 1)]
    if isinstance(flowable, Box):  # by hand: the content in a one-cell table
        return [("t", [[to_spec(flowable.content)]], [flowable.fixed_width or TEXT_WIDTH], 0)]
    if isinstance(flowable, Table):
        rows = [[_cell_spec(cell) for cell in row] for row in flowable._cellvalues]
        return [("t", rows, flowable._argW, flowable.repeatRows)]
    if isinstance(flowable, KeepTogether):
        return [spec for inner in flowable._content for spec in to_spec(inner)]
    if isinstance(flowable, Image):
        return [("i", _image_bytes(flowable), flowable.drawWidth, flowable.drawHeight)]
    if isinstance(flowable, CondPageBreak):
        return [("c", flowable.height)]
    if isinstance(flowable, PageBreak):
        return [("b",)]
    return [("s", getattr(flowable, "height", 0))]


def _image_bytes(image: Image) -> bytes:
    """The picture's bytes; a photo drawn from memory keeps them in its ImageReader."""
    reader = getattr(image, "_img", None)
    source = reader.fileName if reader is not None else image.filename
    if isinstance(source, BytesIO):
        return source.getvalue()
    return Path(source).read_bytes()


def _cell_spec(cell: object) -> list[tuple]:
    items = cell if isinstance(cell, list) else [cell]
    return [spec for item in items for spec in to_spec(item)]


def from_spec(spec: tuple) -> Flowable:
    """The same content as fresh reportlab flowables, the way one writes them by hand."""
    kind = spec[0]
    if kind == "p":
        return Paragraph(spec[1], spec[2], bulletText=spec[3])
    if kind == "t":
        rows = [[_cell(cell) for cell in row] for row in spec[1]]
        table = Table(rows, colWidths=spec[2], repeatRows=spec[3])
        table.setStyle(_PLAIN_TABLE)
        return table
    if kind == "i":
        return Image(BytesIO(spec[1]), width=spec[2], height=spec[3])
    return {"c": lambda: CondPageBreak(spec[1]), "b": PageBreak}.get(
        kind, lambda: Spacer(1, spec[1]))()


def _cell(specs: list[tuple]) -> Flowable | list[Flowable]:
    flowables = [from_spec(s) for s in specs]
    return flowables[0] if len(flowables) == 1 else flowables


def _footer(canvas: Canvas, doc: SimpleDocTemplate) -> None:
    canvas.setFont(SANS, 7.5)
    canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"Page {doc.page}")


def raw_build(specs: list[tuple], out: Path) -> None:
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=20 * mm, bottomMargin=24 * mm)
    doc.build([from_spec(s) for s in specs], onFirstPage=_footer, onLaterPages=_footer)


def dossier_specs(data: DossierData) -> list[tuple]:
    ctx = make_context(data.options)
    file = data.person
    story = dossier.title_block(file, ctx) + dossier.summary_box(file, ctx) \
        + dossier.person_body(file, ctx)
    return [spec for flowable in story for spec in to_spec(flowable)]


def brief_specs(data: BriefData) -> list[tuple]:
    ctx = make_context(data.options)
    story = brief.cover(data, ctx) + brief.summary_table(data, ctx)
    for number, file in enumerate(data.persons):
        story += brief.person_part(file, number, ctx)
    return [spec for flowable in story for spec in to_spec(flowable)]


def compare(label: str, ours: Callable[[], None], raw: Callable[[], None], repeat: int) -> float:
    measured, baseline = timings(ours, repeat), timings(raw, repeat)
    print(report(label, measured, baseline))
    return statistics.median(measured) / statistics.median(baseline)


def main() -> None:
    register_fonts()
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        photo = samples.silhouette()
        one = samples.dossier("kk", photo=photo)
        specs = dossier_specs(one)
        mine = compare("dossier (kk, with photo)", lambda: dossier.build(one, here / "d.pdf"),
                       lambda: raw_build(specs, here / "raw-d.pdf"), repeat=10)
        measured = timings(lambda: dossier.build(one, here / "d.pdf"), repeat=10)
        print(f"   dossier p50 {statistics.median(measured):.3f} s (aim < 0.3 s), "
              f"ratio to raw reportlab {mine:.2f}x")
        bench_brief(here)


def bench_brief(here: Path) -> None:
    """The brief: a first build with empty caches, BRIEF_RUNS more, then raw reportlab."""
    many = samples.brief("kk", count=PERSONS)
    load_before = os.getloadavg()[0]
    first = _wall_and_cpu(lambda: brief.build(many, here / "b.pdf"))
    runs = [_wall_and_cpu(lambda: brief.build(many, here / "b.pdf")) for _ in range(BRIEF_RUNS)]
    load_after = os.getloadavg()[0]
    specs = brief_specs(many)
    raw = timings(lambda: raw_build(specs, here / "raw-b.pdf"), repeat=1)
    wall = statistics.median(w for w, _cpu in runs)
    cpu = statistics.median(c for _wall, c in runs)
    print(report(f"brief ({PERSONS} persons, kk)", [w for w, _cpu in runs], raw))
    print(f"   brief first build {first[0]:.1f} s (CPU {first[1]:.1f} s); median of "
          f"{BRIEF_RUNS} more {wall:.1f} s (CPU {cpu:.1f} s; walls "
          f"{', '.join(f'{w:.1f}' for w, _cpu in runs)} s); raw reportlab "
          f"{statistics.median(raw):.1f} s; ratio to raw reportlab "
          f"{wall / statistics.median(raw):.2f}x")
    print(f"   load average {load_before:.1f} before, {load_after:.1f} after, on "
          f"{os.cpu_count()} cores")
    verdict = "met" if wall < BRIEF_AIM else "NOT met"
    print(f"   aim: brief under {BRIEF_AIM:.0f} s of wall time: {verdict} (median {wall:.1f} s)")


def _wall_and_cpu(work: Callable[[], None]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


if __name__ == "__main__":
    main()
