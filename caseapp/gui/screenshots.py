# SPDX-License-Identifier: GPL-3.0-or-later
"""Screenshots of every main view and the main dialogs, for the README and docs/screenshots/.

Run by ``packaging/linux/screenshots.sh`` (``make screenshots``) under Xvfb or Qt's
offscreen platform. The demo database is built in a throw-away data folder with a
fixed random seed, so the pictures change only with the application and the date.
``--only main-window`` takes just the main window (the Kazakh run does that); the
volunteer guide (docs/guide) shows ``welcome`` in each language.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QTableView, QWidget

from caseapp import i18n
from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate

from caseapp.gui import dialogs
from caseapp.gui.app import application
from caseapp.gui.articles.paste_dialog import PasteArticleDialog
from caseapp.gui.articles.screenshot import add_known_spelling, show_event_dialog, show_review
from caseapp.gui.language import apply_language
from caseapp.gui.mainwindow import MainWindow
from caseapp.gui.safety.screenshot import safety_pictures
from caseapp.gui.tasks import SyncTaskRunner
from caseapp.gui.welcome.screen import WelcomeDialog

FEATURED_PERSON = "Ерлан Қуанышбаев"
#: A person moved to the trash (with a hearing and an action) before its picture.
TRASHED_PERSON = "Серік Шәріпов"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m caseapp.gui.screenshots")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en", choices=("en", "ru", "kk"))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=780)
    parser.add_argument("--font-scale", type=float, default=1.0,
                        help="multiply the application font (2 checks 200 %% scaling)")
    parser.add_argument("--only", nargs="*", metavar="NAME",
                        help="take only these pictures (e.g. main-window)")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="caseapp-screenshots-") as home:
        os.environ["CASEAPP_HOME"] = home
        return _take(args, Path(home))


def _take(args: argparse.Namespace, home: Path) -> int:
    app = application()
    apply_language(app, args.lang)
    if args.font_scale != 1.0:
        font = QFont(app.font())
        font.setPointSizeF(font.pointSizeF() * args.font_scale)
        app.setFont(font)
    os.environ["HOME"] = str(home)  # the status bar then shows a typical "~/…" path
    window = _demo_window(home, args)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    for name, take in _pictures(window):
        if args.only and name not in args.only:
            continue
        target = args.out / f"{name}{suffix}.png"
        take().save(str(target))
        print(target)
    window.close()
    return 0


def _demo_window(home: Path, args: argparse.Namespace) -> MainWindow:
    data = home / ".local" / "share" / "CaseApp"
    book = Casebook(data / "caseapp.sqlite", create=True)
    book.maintenance.build_demo()
    book.undo.clear()
    window = MainWindow(book, SyncTaskRunner())
    window.resize(args.width, args.height)
    window.show()
    return window


def _pictures(window: MainWindow) -> list[tuple[str, Callable[[], QPixmap]]]:
    """(file name, grab) in the order taken; the trash and the safety features (which
    back up, encrypt and lock the file) come last since they change it."""
    pictures: list[tuple[str, Callable[[], QPixmap]]] = [
        ("main-window", lambda: _page(window, "persons", _featured)),
        ("search", lambda: _page(window, "persons", _search)),
        ("dashboard", lambda: _page(window, "dashboard", _nothing)),
    ]
    for key in ("cases", "hearings", "actions", "sources"):
        pictures.append((key, partial(_page, window, key, _first_row)))
    pictures.append(("report-dialog", lambda: _dialog(window, lambda: _report_dialog(window))))
    pictures.append(("letter-dialog", lambda: _dialog(window, lambda: _letter_dialog(window))))
    pictures.append(("settings-dialog", lambda: _dialog(window, lambda: dialogs.open_settings(
        window))))
    pictures.append(("paste-article", lambda: _dialog(window, lambda: _paste_dialog(window))))
    pictures.append(("paste-article-event", lambda: _event_dialog(window)))
    pictures.append(("merge-persons", lambda: _dialog(window, lambda: _merge_dialog(window))))
    for name, make in _editors(window).items():
        pictures.append((f"editor-{name}", partial(_dialog, window, partial(_opened, make))))
    pictures.append(("welcome", lambda: _dialog(window, lambda: _opened(
        lambda: WelcomeDialog(i18n.current_language(), window)))))
    pictures.append(("about-dialog", lambda: _dialog(window, window.show_about)))
    pictures.append(("trash", lambda: _page(window, "trash", _fill_trash)))
    return [*pictures, *safety_pictures(window, _settle)]


def _page(window: MainWindow, key: str, prepare: Callable[[MainWindow], None]) -> QPixmap:
    window.show_page(key, focus=False)
    _settle()
    prepare(window)
    _settle(300)
    return window.grab()


def _dialog(window: MainWindow, open_dialog: Callable[[], QDialog]) -> QPixmap:
    window.show_page("persons", focus=False)
    _featured(window)
    _settle()
    dialog = open_dialog()
    _settle(300)
    picture = dialog.grab()
    dialog.reject()
    _settle()
    return picture


def _editors(window: MainWindow) -> dict[str, Callable[[], QDialog]]:
    """Every record editor, filled with the featured person's records where it edits one."""
    from caseapp.gui.actions.edit_dialog import ActionDialog
    from caseapp.gui.cases.edit_dialog import CaseDialog
    from caseapp.gui.custody.detention_dialog import DetentionDialog
    from caseapp.gui.custody.facility_dialog import FacilityDialog
    from caseapp.gui.custody.sentence_dialog import SentenceDialog
    from caseapp.gui.hearings.edit_dialog import HearingDialog
    from caseapp.gui.persons.edit_dialog import PersonEditDialog
    from caseapp.gui.sources.source_dialog import SourceDialog

    book = window.casebook
    person = book.persons.resolve(FEATURED_PERSON)
    details = book.persons.details(person)
    case = details.cases[0].id if details.cases else None
    return {
        "person": lambda: PersonEditDialog(window, person_id=person, parent=window),
        "case": lambda: CaseDialog(window, case_id=case, parent=window),
        "detention": lambda: DetentionDialog(window, person_id=person, parent=window),
        "facility": lambda: FacilityDialog(window, parent=window),
        "hearing": lambda: HearingDialog(window, case_id=case, parent=window),
        "sentence": lambda: SentenceDialog(window, person_id=person, parent=window),
        "action": lambda: ActionDialog(window, person_ids=[person], parent=window),
        "source": lambda: SourceDialog(window, parent=window),
    }


def _opened(make: Callable[[], QDialog]) -> QDialog:
    dialog = make()
    dialog.open()
    return dialog


def _report_dialog(window: MainWindow) -> QDialog:
    dialog = dialogs.open_reports(window, window.selected_person_ids())
    dialog.output.setText(str(Path.home() / "Documents" / "dossier-erlan-kuanyshbayev.pdf"))
    return dialog


def _letter_dialog(window: MainWindow) -> QDialog:
    """A Russian release appeal to the head of the featured person's facility."""
    from caseapp.gui.letters.letter_dialog import LetterDialog

    person = window.casebook.persons.resolve(FEATURED_PERSON)
    dialog = LetterDialog(window, person_id=person, parent=window)
    dialog.choose(to="facility", kind="release", language="ru")
    dialog.resize(900, 760)
    dialog.open()
    return dialog


def _paste_dialog(window: MainWindow) -> PasteArticleDialog:
    """The paste dialog at its review step on the feature's sample article."""
    dialog = dialogs.open_paste_article(window)
    add_known_spelling(window.casebook)
    dialog.resize(window.size())
    show_review(dialog)
    return dialog


def _event_dialog(window: MainWindow) -> QPixmap:
    """The review's event dialog, open over the paste dialog (both closed after)."""
    paste = _paste_dialog(window)
    _settle(300)
    editor = show_event_dialog(paste)
    _settle(300)
    picture = editor.grab()
    editor.reject()
    paste.reject()
    _settle()
    return picture


def _merge_dialog(window: MainWindow) -> QDialog:
    """Merge a second record of the featured person (entered from an English report)."""
    book = window.casebook
    twin, _changes = book.persons.add(records.Person(
        display_name="Erlan Kuanyshbaev", status="sentenced", birth_date=PartialDate(1984),
        notes="Entered from an RFE/RL report; same man?", contacts="+7 701 555 01 02"))
    book.tags.tag("person", twin.pk, "journalist")
    book.undo.clear()
    window.persons.reload()
    dialog = window.persons.merge_current()
    assert dialog is not None
    dialog.other.set_person(twin.pk, twin.display_name)
    dialog.load_preview()
    dialog.resize(880, 520)
    return dialog


def _featured(window: MainWindow) -> None:
    window.persons.open_record(window.casebook.persons.resolve(FEATURED_PERSON))
    window.persons.list_view.table.setFocus()


def _search(window: MainWindow) -> None:
    list_view = window.persons.list_view
    list_view.search.setText("kuanysh")
    list_view.search.setFocus()
    _settle(300)


def _first_row(window: MainWindow) -> None:
    """Select the first row of the current page's table."""
    table = _visible_table(window.stack.currentWidget())
    if table.model().rowCount():
        table.selectRow(0)
        table.setFocus()


def _visible_table(page: QWidget) -> QTableView:
    return next(t for t in page.findChildren(QTableView) if t.isVisible())


def _fill_trash(window: MainWindow) -> None:
    book = window.casebook
    figures = book.dashboard()
    for cls, pk in ((records.Hearing, figures.missing_outcomes[-1].id),
                    (records.Action, figures.actions_due[-1].id),
                    (records.Person, book.persons.resolve(TRASHED_PERSON))):
        window.operation_did_execute(book.trash.delete(cls, pk), None)
    window.pages["trash"].reload()
    _settle()
    _visible_table(window.stack.currentWidget()).selectRow(0)


def _nothing(_window: MainWindow) -> None:
    return None


def _settle(ms: int = 200) -> None:
    """Let timers (the search delay), layouts and paints run before grabbing."""
    for _ in range(max(ms // 10, 1)):
        QApplication.processEvents()
        QThread.msleep(10)


if __name__ == "__main__":
    raise SystemExit(main())
