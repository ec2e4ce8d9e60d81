# SPDX-License-Identifier: GPL-3.0-or-later
"""Issue 5's "Done when", walked through the window as a first-day volunteer would.

``test_a_volunteer_does_everything_from_the_window`` follows the paragraph in order:
create a database, enter a detainee with a case, a charge, a detention and the next
hearing, paste a Kazakh article and accept its proposals, log a campaign letter, undo
and redo all of it from the Edit menu, switch the interface to Kazakh, and print a
dossier. Every step goes through the menus, buttons, keys and fields of the real
dialogs; ``casebook`` is only read, to check what the clicks stored. Every person,
place and case in it is fictional.

``test_after_the_switch_the_window_speaks_kazakh`` then looks for English left in the
Kazakh window: menus, every page and the dialogs opened from them. It is an expected
failure while the compiled Kazakh catalog is empty.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QLocale,
    QModelIndex,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from caseapp import i18n, paths
from caseapp.core import settings as preferences
from caseapp.core.casebook import Casebook
from caseapp.domain import records
from caseapp.domain.partial_date import PartialDate

from caseapp.gui.actions.edit_dialog import ActionDialog
from caseapp.gui.articles.paste_dialog import PasteArticleDialog
from caseapp.gui.cases.edit_dialog import CaseDialog
from caseapp.gui.common.settings import open_casebook
from caseapp.gui.custody.detention_dialog import DetentionDialog
from caseapp.gui.hearings.edit_dialog import HearingDialog
from caseapp.gui.language import apply_language, choose_language
from caseapp.gui.mainwindow import MainWindow
from caseapp.gui.persons.edit_dialog import PersonEditDialog
from caseapp.gui.reports.report_dialog import ReportDialog
from caseapp.gui.safety.backups_dialog import BackupsDialog
from caseapp.gui.safety.damaged import DamagedNotice
from caseapp.gui.safety.new_database import NewDatabaseDialog
from caseapp.gui.safety.passphrase_dialogs import AskPassphraseDialog, NewPassphraseDialog
from caseapp.gui.settings.dialog import LANGUAGE_NAMES, SettingsDialog
from caseapp.gui.tasks import SyncTaskRunner

DETAINEE = "Серік Жұмабаев"
DETAINEE_LATIN = "Serik Zhumabayev"
#: How the article spells him: Russian-style Cyrillic, without the Kazakh letters.
DETAINEE_IN_ARTICLE = "Серик Жумабаев"
LAWYER = "Гүлнар Сәрсенова"
FACILITY = "Ақтөбе облысының №2 тергеу изоляторы"
CASE_NUMBER = "2025-0042"
LETTER = "Бас прокурорға хат"
PUBLISHED = date.today() - timedelta(days=1)
#: A fictional Kazakh news report: the detainee in another spelling, and his lawyer.
ARTICLE = f"""\
Ақтөбеде белсенді {DETAINEE_IN_ARTICLE}тың ісі сотқа жетті
Ақтөбе қаласында қамауда отырған белсенді {DETAINEE_IN_ARTICLE}қа Қылмыстық кодекстің \
274-бабы бойынша айып тағылды. Бұл туралы оның адвокаты {LAWYER} хабарлады.
Адвокаттың айтуынша, {DETAINEE_IN_ARTICLE} кінәсін мойындамайды.
"""
#: The volunteer's steps as the Edit menu names them, oldest first.
STEPS = ["Add Person", "Add Case", "Add Facility", "Add Detention", "Add Hearing",
         "Import Article", "Add Action"]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """An error box would block the test: collect it instead (the flow expects none)."""
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    return shown


# -- what a volunteer does: menus, shortcuts, keys, clicks


def plain(text: str) -> str:
    """A menu or button text without its mnemonic "&"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def menu_entry(menu: QMenu, text: str):
    """The entry of ``menu`` whose text (without "&") starts with ``text``."""
    found = [a for a in menu.actions() if plain(a.text()).startswith(text)]
    assert found, f"no “{text}” in the {plain(menu.title())} menu: " + ", ".join(
        plain(a.text()) for a in menu.actions() if a.text())
    return found[0]


def open_dialog_of(window: QWidget, cls: type[QDialog], start) -> QDialog:
    """Do ``start`` (trigger a menu entry, press a key) and return the ``cls`` it opened."""
    start()
    opened = [d for d in window.findChildren(cls) if d.isVisible()]
    assert len(opened) == 1, f"{cls.__name__} did not open"
    return opened[0]


def press_ok(dialog: QDialog) -> None:
    """Click the dialog's OK (whatever its label) and check that it saved and closed."""
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isVisible() and button.isEnabled(), plain(button.text())
    button.click()
    errors = [label.text() for label in dialog.findChildren(QLabel)
              if label.styleSheet() and label.isVisible() and label.text()]
    assert not dialog.isVisible(), f"“{dialog.windowTitle()}” stayed open: {errors}"
    assert dialog.result() == QDialog.DialogCode.Accepted


def activate(qtbot, window: QWidget) -> None:
    """What the window manager does when a dialog closes: the window below gets the
    keyboard again (the offscreen platform has no window manager)."""
    popup = QApplication.activePopupWidget()
    if popup is not None:  # a completion list still open: a click elsewhere closes it
        popup.close()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def shortcut(qtbot, window: QWidget, key: Qt.Key,
             modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window, key, modifiers)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` key by key, as a keyboard with a Kazakh layout sends it (QTest's
    keyClicks knows only ASCII)."""
    activate(qtbot, widget.window())
    widget.setFocus()
    for char in text:
        key = ord(char.upper()) if char.isascii() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     char))
    qtbot.wait(1)


def choose(combo: QComboBox, text: str) -> None:
    """Pick the drop-down entry that starts with ``text``, as a click in the list does."""
    index = next((i for i in range(combo.count()) if combo.itemText(i).startswith(text)), -1)
    assert index >= 0, f"no “{text}” in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def pick_person(qtbot, picker, typed: str, wanted: str) -> None:
    """Type part of a name into a person field, arrow down to ``wanted``, press Enter."""
    type_into(qtbot, picker, typed)
    qtbot.waitUntil(lambda: picker.matches.rowCount() > 0, timeout=3000)
    shown = [picker.matches.index(row, 0).data() for row in range(picker.matches.rowCount())]
    row = next(i for i, label in enumerate(shown) if label.startswith(wanted))
    popup = picker.person_completer.popup()
    assert popup.isVisible()
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.text() == wanted and picker.choice().person_id is not None


def click_row(qtbot, table: QAbstractItemView, row: int, *, double: bool = False) -> None:
    index = table.model().index(row, 0)
    table.scrollTo(index)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if double:  # QTest's double click comes without the first click a mouse sends
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def click_person(qtbot, page, person_id: int) -> None:
    """Click the person's line in the Persons list."""
    row = page.list_view.model.row_of(person_id)
    assert row is not None, "the person is not in the list"
    click_row(qtbot, page.list_view.table, row)
    assert page.list_view.current_id() == person_id


# -- what the test reads back (read-only)


def person_id(book: Casebook, name: str) -> int:
    ids = book.persons.ids(text=name)
    assert len(ids) == 1, (name, ids)
    return ids[0]


def counts(book: Casebook) -> dict[str, int]:
    return {"persons": len(book.persons.ids()), "cases": len(book.cases.ids()),
            "facilities": len(book.custody.facilities()),
            "hearings": len(book.hearings.ids()),
            "sources": len(book.sources.ids()), "actions": len(book.actions.ids())}


def snapshot(book: Casebook) -> dict[str, dict[str, object]]:
    """What the volunteer entered, person by person, without ids or timestamps."""
    found = {}
    for pk in book.persons.ids():
        details = book.persons.details(pk)
        found[details.person.display_name] = {
            "status": details.person.status,
            "names": sorted(alias.text for alias in details.aliases),
            "cases": [(c.case_number, c.role, [(ch.article, ch.part) for ch in c.charges])
                      for c in details.cases],
            "detentions": [(d.facility, d.kind, d.start, d.end) for d in details.detentions],
            "hearings": [(h.date, h.time, h.court) for h in details.hearings],
            "actions": [(a.kind, a.title, a.status) for a in details.actions]}
    return found


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


# -- the flow


def test_a_volunteer_does_everything_from_the_window(qtbot, window, tmp_path, monkeypatch,
                                                     message_boxes):
    actions = window.menu_actions

    # 1. File ▸ New Database…: a fresh, empty file of the volunteer's own.
    new_file = tmp_path / "volunteer" / "our-cases"
    new_file.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new_file), ""))
    creating = open_dialog_of(window, NewDatabaseDialog,
                              menu_entry(actions.file_menu, "New Database").trigger)
    qtbot.mouseClick(creating.choose, Qt.MouseButton.LeftButton)
    press_ok(creating)
    book_path = new_file.with_suffix(".sqlite")
    book = window.casebook
    assert book.path == book_path and book_path.exists()
    assert window.windowTitle().startswith("our-cases.sqlite")
    assert counts(book) == dict.fromkeys(counts(book), 0)

    # 2. Persons (Ctrl+2) ▸ New Person…: the detainee, with his name in Latin letters too.
    shortcut(qtbot, window, Qt.Key.Key_2)
    persons = window.current_page()
    assert persons is window.persons
    qtbot.mouseClick(persons.actions_bar.new_button, Qt.MouseButton.LeftButton)
    editor = persons.dialog
    assert editor.isVisible() and editor.focusWidget() is editor.display_name
    type_into(qtbot, editor.display_name, DETAINEE)
    choose(editor.status, "detained")
    editor.sections.setCurrentIndex(0)  # the Names tab
    qtbot.mouseClick(editor.aliases.add_button, Qt.MouseButton.LeftButton)
    alias = editor.aliases.rows[-1]
    type_into(qtbot, alias.text, DETAINEE_LATIN)
    assert alias.detected.text().startswith("Latin")
    press_ok(editor)
    detainee = person_id(book, DETAINEE)
    assert person_id(book, DETAINEE_LATIN) == detainee
    assert persons.list_view.current_id() == detainee  # the new person is selected

    # 3. Cases (Ctrl+3) ▸ New Case…: him as defendant, charged under article 274 part 2.
    shortcut(qtbot, window, Qt.Key.Key_3)
    cases = window.current_page()
    qtbot.mouseClick(cases.new_button, Qt.MouseButton.LeftButton)
    editor = cases.dialog
    assert editor.focusWidget() is editor.case_number
    type_into(qtbot, editor.case_number, CASE_NUMBER)
    type_into(qtbot, editor.title, "Ақтөбе белсендісінің ісі")
    choose(editor.status, "investigation")
    editor.sections.setCurrentIndex(0)  # Parties
    qtbot.mouseClick(editor.parties.add_button, Qt.MouseButton.LeftButton)
    party = editor.parties.rows[-1]
    pick_person(qtbot, party.person, "Жұмабаев", DETAINEE)
    assert party.role.currentText() == "defendant"
    editor.sections.setCurrentIndex(1)  # Charges
    qtbot.mouseClick(editor.charges.add_button, Qt.MouseButton.LeftButton)
    charge = editor.charges.rows[-1]
    assert charge.defendant.currentText() == DETAINEE  # the only defendant, already chosen
    type_into(qtbot, charge.article, "274")
    qtbot.waitUntil(lambda: bool(charge.article.offered()), timeout=3000)  # the search ran
    type_into(qtbot, charge.part, "2")
    type_into(qtbot, charge.wording, "жалған ақпарат тарату")
    press_ok(editor)
    (case_id,) = book.cases.ids()
    charges = book.cases.details(case_id).charges
    assert [(c.person, c.article, c.title) for c in charges] == [
        (DETAINEE, "274.2", "Dissemination of knowingly false information")]

    # 4. Persons ▸ Add for This Person ▸ Detention…, at a facility not in the list yet.
    shortcut(qtbot, window, Qt.Key.Key_2)
    click_person(qtbot, persons, detainee)
    bar = persons.actions_bar
    assert bar.add_button.isEnabled()
    detention = open_dialog_of(window, DetentionDialog, bar.add_actions["detention"].trigger)
    qtbot.mouseClick(detention.new_facility, Qt.MouseButton.LeftButton)
    facility = detention.facility_dialog
    type_into(qtbot, facility.name, FACILITY)
    choose(facility.kind, "pre-trial")
    type_into(qtbot, facility.city, "Ақтөбе")
    press_ok(facility)
    assert detention.facility.currentText() == f"{FACILITY} (Ақтөбе)"  # chosen at once
    choose(detention.case, CASE_NUMBER)
    choose(detention.kind, "pre-trial detention")
    type_into(qtbot, detention.start, "03.2025")  # the month is all the family knows
    press_ok(detention)

    # 5. … ▸ Hearing…: the next hearing, in five days, in his case.
    next_hearing = date.today() + timedelta(days=5)
    hearing = open_dialog_of(window, HearingDialog, bar.add_actions["hearing"].trigger)
    assert hearing.case.value() == case_id
    type_into(qtbot, hearing.court, "Ақтөбе қалалық соты")
    type_into(qtbot, hearing.date, next_hearing.strftime("%d.%m.%Y"))
    type_into(qtbot, hearing.time, "10.30")  # as times are written in Kazakhstan
    press_ok(hearing)
    entered = snapshot(book)[DETAINEE]
    assert entered["detentions"] == [(FACILITY, "pretrial", "2025-03", "")]
    assert entered["hearings"] == [(next_hearing, time(10, 30), "Ақтөбе қалалық соты")]

    # The Dashboard (Ctrl+1) lists it among the next 14 days; a double-click opens it.
    shortcut(qtbot, window, Qt.Key.Key_1)
    upcoming = window.current_page().upcoming
    assert upcoming.model.rowCount() == 1
    assert DETAINEE in [upcoming.model.index(0, c).data() for c in range(5)]
    click_row(qtbot, upcoming.table, 0, double=True)
    assert window.current_key() == "hearings"
    assert window.current_page().list_view.current_id() == book.hearings.ids()[0]

    # 6. Tools ▸ Paste Article…: paste, analyse, link him, accept the lawyer, import.
    paste = open_dialog_of(window, PasteArticleDialog,
                           menu_entry(actions.tools_menu, "Paste Article").trigger)
    QApplication.clipboard().setText(ARTICLE)
    activate(qtbot, paste)
    paste.paste_page.text.setFocus()
    qtbot.keyClick(paste.paste_page.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert paste.paste_page.article_text() == ARTICLE
    type_into(qtbot, paste.paste_page.published, PUBLISHED.strftime("%d.%m.%Y"))
    qtbot.mouseClick(paste.analyse_button, Qt.MouseButton.LeftButton)
    review = paste.review_page
    assert review.isVisible() and paste.import_button.isVisible()
    names = [choice.name for choice in review.model.choices]
    assert sorted(names) == sorted([DETAINEE_IN_ARTICLE, LAWYER])
    click_row(qtbot, review.proposals, names.index(DETAINEE_IN_ARTICLE))
    panel = review.candidates
    # the best match, another spelling, proposed as the link (✓) for him to confirm
    assert panel.model.index(0, 0).data() == f"✓ {DETAINEE}"
    assert review.model.choices[names.index(DETAINEE_IN_ARTICLE)].confirm
    qtbot.mouseClick(panel.link_button, Qt.MouseButton.LeftButton)
    assert not review.model.choices[names.index(DETAINEE_IN_ARTICLE)].confirm
    click_row(qtbot, review.proposals, names.index(LAWYER))
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert [(c.name, c.decision) for c in review.model.choices] == [
        (name, "link" if name == DETAINEE_IN_ARTICLE else "new") for name in names]
    press_ok(paste)
    assert "New persons: 1; linked to existing persons: 1" in window.statusBar().currentMessage()
    assert person_id(book, DETAINEE_IN_ARTICLE) == detainee  # his new spelling finds him
    person_id(book, LAWYER)

    # 7. Persons ▸ Add for This Person ▸ Campaign Action…: a letter about him.
    shortcut(qtbot, window, Qt.Key.Key_2)
    click_person(qtbot, persons, detainee)
    letter = open_dialog_of(window, ActionDialog, bar.add_actions["action"].trigger)
    assert letter.persons.labels() == [DETAINEE]
    choose(letter.kind, "letter")
    type_into(qtbot, letter.title_edit, LETTER)
    type_into(qtbot, letter.due_date, (date.today() + timedelta(days=3)).strftime("%d.%m.%Y"))
    press_ok(letter)
    assert snapshot(book)[DETAINEE]["actions"] == [("letter", LETTER, "planned")]
    everything, stored = counts(book), snapshot(book)
    assert everything == {"persons": 2, "cases": 1, "facilities": 1, "hearings": 1,
                          "sources": 1, "actions": 1}

    # 8. Edit ▸ Undo (and Ctrl+Z), each step named in the menu, until nothing is left…
    undo = menu_entry(actions.edit_menu, "Undo")
    redo = menu_entry(actions.edit_menu, "Redo")
    for number, step in enumerate(reversed(STEPS)):
        assert undo.isEnabled() and plain(undo.text()) == f"Undo {step}"
        if number % 2:
            shortcut(qtbot, window, Qt.Key.Key_Z)
        else:
            undo.trigger()
        assert plain(redo.text()) == f"Redo {step}"
        if step == "Import Article":  # the lawyer, the source and his new spelling go
            assert counts(book)["persons"] == 1 and counts(book)["sources"] == 0
            assert DETAINEE_IN_ARTICLE not in snapshot(book)[DETAINEE]["names"]
    assert not undo.isEnabled() and plain(undo.text()) == "Undo"
    assert counts(book) == dict.fromkeys(everything, 0)
    assert persons.list_view.model.rowCount() == 0

    # … and Edit ▸ Redo (and Ctrl+Y) until all of it is back.
    for number, step in enumerate(STEPS):
        assert redo.isEnabled() and plain(redo.text()) == f"Redo {step}"
        if number % 2:
            shortcut(qtbot, window, Qt.Key.Key_Y)
        else:
            redo.trigger()
        assert plain(undo.text()) == f"Undo {step}"
    assert not redo.isEnabled()
    assert counts(book) == everything and snapshot(book) == stored
    click_person(qtbot, persons, detainee)
    shown = persons.detail.plain_text()
    assert all(text in shown for text in (DETAINEE_IN_ARTICLE, CASE_NUMBER, FACILITY, LETTER))

    # 9. File ▸ Settings…: the interface in Kazakh, from the next start.
    settings = open_dialog_of(window, SettingsDialog,
                              menu_entry(actions.file_menu, "Settings").trigger)
    choose(settings.ui_language, "Қазақша")
    press_ok(settings)
    assert "next start" in window.statusBar().currentMessage()
    assert preferences.load().ui_language == "kk"
    window.close()  # File ▸ Quit

    # The next start, as app.main() makes it: the saved language, then the window.
    app = QApplication.instance()
    locale = QLocale()
    translators = apply_language(app, choose_language())
    try:
        assert "caseapp_kk.qm" in [Path(t.filePath()).name for t in translators]
        assert i18n.current_language() == "kk"
        assert QLocale().language() == QLocale.Language.Kazakh
        kazakh = MainWindow(open_casebook(book_path), SyncTaskRunner())
        qtbot.addWidget(kazakh)
        kazakh.show()

        # 10. Tools ▸ Reports… (Ctrl+P) for the selected person: his dossier as PDF.
        shortcut(qtbot, kazakh, Qt.Key.Key_2)
        click_person(qtbot, kazakh.persons, detainee)
        offered: list[Path] = []
        monkeypatch.setattr(ReportDialog, "offer_to_open", lambda self, path: offered.append(path))
        report = open_dialog_of(kazakh, ReportDialog,
                                lambda: shortcut(qtbot, kazakh, Qt.Key.Key_P))
        assert report.kind.currentData() == "dossier" and report.person.person_id() == detainee
        chosen = tmp_path / "volunteer" / "dossier"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
        qtbot.mouseClick(report.browse_button, Qt.MouseButton.LeftButton)
        press_ok(report)
        pdf = chosen.with_suffix(".pdf")
        assert offered == [pdf] and pdf.exists()
        text = pdf_text(pdf)
        assert all(part in text for part in (DETAINEE, CASE_NUMBER, "274"))
        kazakh.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")
        QLocale.setDefault(locale)
    assert [box.text() for box in message_boxes] == []


# -- after the switch, the window speaks Kazakh


#: A text of English words only (the records in this test are all Kazakh; language
#: names are written as their speakers write them, "English" too).
ENGLISH = re.compile(r"[A-Za-z][A-Za-z &…'’.,:;()/-]*")


def fill_in_kazakh(book: Casebook) -> int:
    """A detainee with something in every dashboard section, written in Kazakh only."""
    today = date.today()
    person, _ = book.persons.add(records.Person(display_name=DETAINEE, status="detained"))
    case, _ = book.cases.add(records.Case(case_number=CASE_NUMBER, title="Ақтөбе ісі"))
    book.cases.add_party(case.id, person.id)
    book.cases.add_charge(case.id, person.id, "274", part="2")
    facility, _ = book.custody.add_facility(records.Facility(name=FACILITY, city="Ақтөбе"))
    book.custody.add_detention(records.Detention(
        person_id=person.id, facility_id=facility.id, case_id=case.id,
        start=PartialDate(2025, 3)))
    for day in (today + timedelta(days=5), today - timedelta(days=2)):
        book.hearings.add(records.Hearing(case_id=case.id, court="Ақтөбе соты",
                                                 date=day))
    book.custody.add_sentence(records.Sentence(person_id=person.id, court="Ақтөбе соты",
                                               date=today - timedelta(days=300), years=1))
    book.actions.add(records.Action(kind="letter", title=LETTER,
                                    due_date=today - timedelta(days=1)),
                     person_ids=[person.id], case_ids=[case.id])
    book.tags.tag("person", person.id, "науқан")
    return person.id


def interface_texts(top: QWidget, *, visible_only: bool = True) -> set[str]:
    """The interface's own words in ``top``: buttons, labels, placeholders, drop-downs,
    tabs, group titles, column headers and tooltips."""
    texts: set[str] = {top.windowTitle()}
    for widget in top.findChildren(QWidget):
        if visible_only and not widget.isVisible():
            continue
        texts.add(widget.toolTip())
        if isinstance(widget, (QAbstractButton, QLabel)):
            texts.add(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QGroupBox):
            texts.add(widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount(QModelIndex()) if not isinstance(
                model, QAbstractListModel) else 1
            texts.update(str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                         for c in range(columns))
    return {plain(text).strip() for text in texts if text}


def window_texts(window: MainWindow, person: int) -> set[str]:
    """Menus, navigator, every page, and the dialogs a volunteer opens from them."""
    texts: set[str] = set()
    for menu in window.menuBar().findChildren(QMenu):
        texts.add(menu.title())
        texts.update(action.text() for action in menu.actions())
    texts.update(window.navigator.item(row).text() for row in range(window.navigator.count()))
    for key in window.pages:
        window.show_page(key, focus=False)
        if key == "persons":
            window.persons.open_record(person)
        texts |= interface_texts(window.stack.currentWidget())
    case = window.casebook.cases.ids()[0]
    dialogs = [PersonEditDialog(window, person_id=person, parent=window),
               CaseDialog(window, case_id=case, parent=window),
               DetentionDialog(window, person_id=person, parent=window),
               HearingDialog(window, case_id=case, parent=window),
               ActionDialog(window, person_ids=[person], parent=window),
               ReportDialog(window, window, selected_person_ids=[person]),
               SettingsDialog(window, window), PasteArticleDialog(window, window),
               NewDatabaseDialog(window, window.casebook.path.parent, window),
               BackupsDialog(window, window),
               NewPassphraseDialog(window, window.casebook.path, "current", window),
               AskPassphraseDialog(window.casebook.path, "", window),
               DamagedNotice(window.casebook.path, None, window)]
    window.locking.screen.show_locked("x.sqlite", encrypted=False)
    texts |= interface_texts(window.locking.screen, visible_only=False)
    window.locking.screen.show_closed()
    texts |= interface_texts(window.locking.screen, visible_only=False)
    for dialog in dialogs:
        texts |= interface_texts(dialog, visible_only=False)
        dialog.deleteLater()
    return {plain(text).strip() for text in texts if text}


def test_after_the_switch_the_window_speaks_kazakh(qtbot, tmp_path):
    compiled = QTranslator()
    if not compiled.load("caseapp_kk", str(paths.resource_path("translations"))) \
            or compiled.isEmpty():
        pytest.xfail("the compiled Kazakh catalog (resources/translations/caseapp_kk.qm) "
                     "has no translations: every word of the window stays English")
    preferences.save(preferences.Settings(ui_language="kk"))
    app = QApplication.instance()
    locale = QLocale()
    translators = apply_language(app, choose_language())
    try:
        book = Casebook(tmp_path / "kk.sqlite", create=True)
        person = fill_in_kazakh(book)
        window = MainWindow(book, SyncTaskRunner())
        qtbot.addWidget(window)
        window.show()
        english = sorted(text for text in window_texts(window, person)
                         if ENGLISH.fullmatch(text) and text not in LANGUAGE_NAMES.values())
        window.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")
        QLocale.setDefault(locale)
    assert english == []
