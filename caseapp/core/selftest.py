# SPDX-License-Identifier: GPL-3.0-or-later
"""The self-test of an installed caseapp (``caseapp --self-test``).

A bundle built on one machine may lack a data file, a font or a compiled module on
another; this walks once through what a volunteer does first, in a temporary folder
that is deleted afterwards: open a new database, build the demo, search across scripts,
import an article, write a dossier PDF and check that every font in it is embedded (a
PDF naming a font it does not carry prints Kazakh letters as boxes elsewhere), and start
a worker process as a multiprocessing pool does (a frozen bundle whose entry point forgot
``multiprocessing.freeze_support()`` starts a second program instead). Each step is
timed; the first failure stops the run with the step's name and the reason.
"""

from __future__ import annotations

import multiprocessing
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from caseapp.core.casebook import Casebook
from caseapp.domain import names
from caseapp.domain.errors import CaseAppError
from caseapp.i18n import N_, _

#: The demo's featured defendant, written in Cyrillic, found by a Latin spelling.
LATIN_QUERY = "kuanyshbaev"
CYRILLIC_NAME = "Ерлан Қуанышбаев"
#: A short fictional article in Kazakh; its activist is then found by a Latin spelling.
ARTICLE = ("Атырауда белсенді Ерболат Жақсылықов ұсталды.\n"
           "12.03.2024 күні полиция Ерболат Жақсылықовты ұстады. "
           "Оның адвокаты Гүлнар Әбдіқадырова шағым түсірді.")
ARTICLE_QUERY = "Zhaksylykov"


class SelfTestFailed(CaseAppError):
    """A step did not give what it should; the message says which and why."""


@dataclass(frozen=True)
class StepResult:
    name: str
    seconds: float


@dataclass
class SelfTest:
    """One run in ``folder``; ``book`` is the database the steps share."""

    folder: Path
    book: Casebook | None = None

    def steps(self) -> list[tuple[str, Callable[[], None]]]:
        return [(N_("open a new database"), self.open_database),
                (N_("build the demo"), self.build_demo),
                (N_("search across scripts"), self.search_across_scripts),
                (N_("import an article"), self.import_article),
                (N_("write a dossier PDF"), self.write_pdf),
                (N_("check the PDF's fonts are embedded"), self.check_fonts),
                (N_("start a worker process"), self.start_worker)]

    def open_database(self) -> None:
        self.book = Casebook(self.folder / "selftest.sqlite", create=True,
                             backup_dir=self.folder / "backups")

    def build_demo(self) -> None:
        self.casebook().maintenance.build_demo()
        if not self.casebook().persons.ids():
            raise SelfTestFailed(_("the demo database has no persons"))

    def search_across_scripts(self) -> None:
        self.expect_person(LATIN_QUERY, CYRILLIC_NAME)

    def import_article(self) -> None:
        articles = self.casebook().articles
        report, _changes = articles.apply(articles.draft(ARTICLE, language="kk"))
        if not report.records:
            raise SelfTestFailed(_("the article gave no records"))
        self.expect_person(ARTICLE_QUERY, "Ерболат Жақсылықов")

    def write_pdf(self) -> None:
        book = self.casebook()
        person = book.persons.resolve(CYRILLIC_NAME)
        book.reports.dossier(person, self.pdf_path(), book.reports.options(language="kk"))
        if not self.pdf_path().read_bytes().startswith(b"%PDF-"):
            raise SelfTestFailed(_("{path} is not a PDF").format(path=self.pdf_path()))

    def check_fonts(self) -> None:
        fonts = dict(pdf_fonts(self.pdf_path()))
        if not fonts:
            raise SelfTestFailed(_("the PDF names no fonts"))
        missing = sorted(name for name, embedded in fonts.items() if not embedded)
        if missing:
            raise SelfTestFailed(_("fonts not embedded in the PDF: {fonts}").format(
                fonts=", ".join(missing)))

    def start_worker(self) -> None:
        """A pool of one process, started the way every platform can (spawn)."""
        with multiprocessing.get_context("spawn").Pool(1) as pool:
            answer = pool.apply(worker_answer, (WORKER_QUESTION,))
        if answer != worker_answer(WORKER_QUESTION):
            raise SelfTestFailed(_("the worker process answered {answer}").format(
                answer=answer))

    def expect_person(self, query: str, name: str) -> None:
        labels = [hit.label for hit in self.casebook().search(query) if hit.entity == "person"]
        if not any(names.normalize(label) == names.normalize(name) for label in labels):
            raise SelfTestFailed(_("searching “{query}” did not find {name}").format(
                query=query, name=name))

    def casebook(self) -> Casebook:
        if self.book is None:
            raise SelfTestFailed(_("no database is open"))
        return self.book

    def pdf_path(self) -> Path:
        return self.folder / "dossier.pdf"

    def close(self) -> None:
        if self.book is not None:
            self.book.close()
            self.book = None


#: What the worker computes: the length of a Kazakh word, NFC and casefolded there.
WORKER_QUESTION = "Қуанышбаев"


def worker_answer(word: str) -> int:
    return len(names.normalize(word))


def pdf_fonts(path: Path) -> Iterator[tuple[str, bool]]:
    """Each font the PDF's pages use, by name, and whether its glyphs are in the file."""
    from pypdf import PdfReader

    for page in PdfReader(path).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {}).get_object()
        for font in fonts.values():
            yield from _font_and_descendants(font.get_object())


def _font_and_descendants(font: dict) -> Iterator[tuple[str, bool]]:
    descendants = font.get("/DescendantFonts")
    if descendants:  # a Type 0 font carries its glyphs in its CID font
        for child in descendants.get_object():
            yield from _font_and_descendants(child.get_object())
        return
    descriptor = font.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else {}
    embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    yield str(font.get("/BaseFont", "?")), embedded


def run(report: Callable[[str, float], None] | None = None) -> list[StepResult]:
    """Run every step in a temporary folder; ``report(name, seconds)`` after each.
    Raises SelfTestFailed (naming the step) at the first failure."""
    results: list[StepResult] = []
    with tempfile.TemporaryDirectory(prefix="caseapp-selftest-") as folder:
        test = SelfTest(Path(folder))
        try:
            for name, step in test.steps():
                results.append(_timed(_(name), step))
                if report is not None:
                    report(results[-1].name, results[-1].seconds)
        finally:
            test.close()
    return results


def _timed(name: str, step: Callable[[], None]) -> StepResult:
    started = time.perf_counter()
    try:
        step()
    except SelfTestFailed as exc:
        raise SelfTestFailed(_("{step}: {problem}").format(step=name, problem=exc)) from None
    except Exception as exc:  # noqa: BLE001 - name the step and the kind of failure
        raise SelfTestFailed(_("{step}: {kind}: {problem}").format(
            step=name, kind=type(exc).__name__, problem=exc)) from exc
    return StepResult(name, time.perf_counter() - started)
