# SPDX-License-Identifier: GPL-3.0-or-later
"""A screenshot of the paste dialog's review step on the demo database, for docs/screenshots/.

``python -m caseapp.gui.articles.screenshot [--out FILE] [--lang en|ru|kk]`` builds the
demo database in a throw-away folder, adds one person the sample article names in
another spelling, analyses the sample article and saves the dialog as a PNG.
The article and every person in it are fictional.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QDialog

from caseapp.core.casebook import Casebook
from caseapp.core.persons import AliasInput
from caseapp.domain import records

from caseapp.gui.app import application
from caseapp.gui.articles.paste_dialog import PasteArticleDialog
from caseapp.gui.language import apply_language
from caseapp.gui.mainwindow import MainWindow
from caseapp.gui.tasks import SyncTaskRunner

SAMPLE_PUBLISHED = date(2025, 3, 7)
SAMPLE_ARTICLE = """\
Шымкентте журналист Дәурен Сапарбаев қамауға алынды
Шымкент қаласының тұрғыны, журналист Дәурен Сапарбаев 5 наурызда өз үйінде ұсталды. \
Бұл туралы оның жұбайы Мәдина Сапарбаева хабарлады.
Сапарбаевқа Қылмыстық кодекстің 274-бабы бойынша жалған ақпарат таратты деген күдік \
келтірілген. Кеше қалалық сот Сапарбаевты екі айға қамауға алу туралы шешім шығарды.
Журналистің адвокаты Нұрлан Есенов бұл шешімге шағым беретінін айтты. Ол Сапарбаевтың ісі \
белсенді Ерлан Қуанышбаевтың ісіне ұқсайтынын атап өтті.
«Әділ сөз» қоры Сапарбаевты сөз бостандығы үшін қудаланған азамат деп санайтынын мәлімдеді. \
Келесі сот отырысы 20 наурызда өтеді.
"""


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m caseapp.gui.articles.screenshot")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots/paste-article.png"))
    parser.add_argument("--lang", default="en", choices=("en", "ru", "kk"))
    parser.add_argument("--width", type=int, default=1240)
    parser.add_argument("--height", type=int, default=780)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="caseapp-screenshot-") as home:
        os.environ["CASEAPP_HOME"] = home
        app = application()
        apply_language(app, args.lang)
        book = Casebook(Path(home) / "caseapp.sqlite", create=True)
        book.maintenance.build_demo()
        add_known_spelling(book)
        window = MainWindow(book, SyncTaskRunner())
        dialog = PasteArticleDialog(window)
        dialog.resize(args.width, args.height)
        show_review(dialog)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(args.out))
        print(args.out)
        dialog.close()
        window.close()
    return 0


def add_known_spelling(book: Casebook) -> None:
    """The article's journalist, already recorded (Russian and Latin spellings, an old case);
    once, however many pictures ask for him."""
    if book.persons.ids(text="Dauren Saparbayev"):
        return
    person, _changes = book.persons.add(
        records.Person(display_name="Даурен Сапарбаев", status="at_large", citizenship="KZ"),
        [AliasInput("Dauren Saparbayev", kind="transliteration")])
    case, _changes = book.cases.add(records.Case(case_number="2022-0318", status="closed",
                                                 title="Posts about the city akimat"))
    book.cases.add_party(case.pk, person.pk)
    book.cases.add_charge(case.pk, person.pk, "274", part="1")
    book.undo.clear()


def show_review(dialog: PasteArticleDialog) -> None:
    """The review with the journalist proposed as a link (highlighted: the row is not
    selected) and the Events tab in front."""
    dialog.paste_page.text.setPlainText(SAMPLE_ARTICLE)
    dialog.paste_page.published.set_date(SAMPLE_PUBLISHED)
    dialog.show()
    dialog.analyse()
    page = dialog.review_page
    page.proposals.selectRow(1)
    page.tabs.setCurrentWidget(page.events_panel)
    page.events_panel.view.resizeColumnsToContents()
    page.proposals.setFocus()
    _settle()


def show_event_dialog(dialog: PasteArticleDialog) -> QDialog:
    """The review's event dialog on the detention, set to the custody the text implies."""
    panel = dialog.review_page.events_panel
    row = next(i for i, e in enumerate(panel.model.events) if e.kind == "detention")
    panel.view.selectRow(row)
    editor = panel.edit_event()
    assert editor is not None
    editor.custody.setCurrentIndex(editor.custody.findData("police"))
    editor.over.setChecked(True)
    editor.adjustSize()
    _settle()
    return editor


def _settle(ms: int = 300) -> None:
    for _ in range(max(ms // 10, 1)):
        QApplication.processEvents()
        QThread.msleep(10)


if __name__ == "__main__":
    raise SystemExit(main())
