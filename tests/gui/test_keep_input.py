# SPDX-License-Identifier: GPL-3.0-or-later
"""Nothing typed is lost, and every label's Alt+letter reaches its field (issue 11, 1 and 4).

Every editor: an untouched dialog closes on Escape at once; a changed one asks
"Discard changes?" and Cancel keeps it, Discard closes it, Save saves. In English,
Russian and Kazakh every field label's mnemonic is unique in its dialog and moves the
focus into its field.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from caseapp import i18n

from caseapp.gui.actions.edit_dialog import ActionDialog
from caseapp.gui.articles.paste_dialog import PasteArticleDialog
from caseapp.gui.cases.edit_dialog import CaseDialog
from caseapp.gui.common import mnemonics, unsaved
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.custody.detention_dialog import DetentionDialog
from caseapp.gui.custody.facility_dialog import FacilityDialog
from caseapp.gui.custody.sentence_dialog import SentenceDialog
from caseapp.gui.hearings.edit_dialog import HearingDialog
from caseapp.gui.language import apply_language
from caseapp.gui.persons.edit_dialog import PersonEditDialog
from caseapp.gui.sources.source_dialog import SourceDialog

EDITORS: dict[str, Callable[..., BaseDialog]] = {
    "person": lambda w, p: PersonEditDialog(w, person_id=p["erlan"], parent=w),
    "new person": lambda w, p: PersonEditDialog(w, parent=w),
    "case": lambda w, p: CaseDialog(w, case_id=w.casebook.cases.ids()[0], parent=w),
    "detention": lambda w, p: DetentionDialog(w, person_id=p["erlan"], parent=w),
    "facility": lambda w, p: FacilityDialog(w, parent=w),
    "hearing": lambda w, p: HearingDialog(w, case_id=w.casebook.cases.ids()[0], parent=w),
    "sentence": lambda w, p: SentenceDialog(w, person_id=p["aigul"], parent=w),
    "action": lambda w, p: ActionDialog(w, person_ids=[p["erlan"]], parent=w),
    "source": lambda w, p: SourceDialog(w, parent=w),
}
#: The editors and the paste-an-article dialog (its review holds decisions).
FORMS = {**EDITORS, "paste article": lambda w, p: PasteArticleDialog(w, w)}


class Answers:
    """Stands in for "Discard changes?": answers from ``queue`` (Cancel when empty) and
    counts the questions."""

    def __init__(self) -> None:
        self.queue: list[str] = []
        self.count = 0

    def next(self, answer: str) -> None:
        self.queue.append(answer)

    def __call__(self, parent: object) -> str:
        self.count += 1
        return self.queue.pop(0) if self.queue else unsaved.CANCEL


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Answers:
    answers = Answers()
    monkeypatch.setattr("caseapp.gui.common.forms.ask_save_or_discard", answers)
    return answers


def opened(qtbot, window, people, name: str) -> BaseDialog:
    dialog = FORMS[name](window, people)
    qtbot.addWidget(dialog)
    dialog.show()
    with warnings.catch_warnings():  # offscreen Qt activates a window only this way
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(dialog)
    qtbot.waitUntil(lambda: dialog._shown_once)
    qtbot.wait(20)
    return dialog


def first_text_field(dialog: QDialog) -> QLineEdit | QPlainTextEdit | QTextEdit:
    for widget in dialog.findChildren(QWidget):
        if (isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit) and widget.isVisible()
                and widget.isEnabled() and not widget.isReadOnly()):
            return widget
    raise AssertionError(f"{type(dialog).__name__} has no text field")


def type_into(qtbot, dialog: QDialog) -> None:
    field = first_text_field(dialog)
    field.setFocus()
    qtbot.keyClicks(field, "zq")


@pytest.mark.parametrize("name", list(FORMS))
def test_an_untouched_editor_closes_at_once(qtbot, window, people, asked, name) -> None:
    dialog = opened(qtbot, window, people, name)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked.count == 0


@pytest.mark.parametrize("name", list(FORMS))
def test_a_changed_editor_asks_before_it_discards(qtbot, window, people, asked, name) -> None:
    dialog = opened(qtbot, window, people, name)
    type_into(qtbot, dialog)
    asked.next(unsaved.CANCEL)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and asked.count == 1
    asked.next(unsaved.DISCARD)
    dialog.close()
    assert not dialog.isVisible() and asked.count == 2


def test_save_in_the_question_saves(qtbot, window, people, asked) -> None:
    dialog = opened(qtbot, window, people, "person")
    dialog.notes.setFocus()  # type: ignore[attr-defined]
    qtbot.keyClicks(dialog.notes, " Kept after Escape")  # type: ignore[attr-defined]
    asked.next(unsaved.SAVE)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "Kept after Escape" in window.casebook.persons.details(people["erlan"]).person.notes


@pytest.fixture
def window(qtbot, casebook):
    """The main window; closed here only if pytest-qt has not deleted it already (a
    language change at teardown lets its deferred deletion run first)."""
    from caseapp.gui.mainwindow import MainWindow
    from caseapp.gui.tasks import SyncTaskRunner

    main_window = MainWindow(casebook, SyncTaskRunner())
    qtbot.addWidget(main_window)
    main_window.show()
    yield main_window
    if shiboken6.isValid(main_window):
        main_window.close()


@pytest.fixture(params=["en", "ru", "kk"])
def language(request, qapp) -> Iterator[str]:
    locale = QLocale()
    translators = apply_language(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.set_language("en")
    QLocale.setDefault(locale)


@pytest.mark.parametrize("name", list(EDITORS))
def test_every_label_mnemonic_is_unique_and_reaches_its_field(qtbot, window, people, language,
                                                               name) -> None:
    dialog = opened(qtbot, window, people, name)
    labels = [label for label in dialog.findChildren(QLabel)
              if label.buddy() is not None and label.isVisible()]
    assert labels, name
    letters = [mnemonics.mnemonic(label.text()) for label in labels]
    texts = [label.text() for label in labels]
    assert None not in letters, texts
    everything = [caption.get() for caption in mnemonics.captions(dialog)]
    everything += [button.text() for button in dialog.buttons.buttons()]
    taken = [letter for text in everything if (letter := mnemonics.mnemonic(text))]
    assert len(set(taken)) == len(taken), everything
    for label, letter in zip(labels, letters, strict=True):
        press_alt(str(letter))
        focus, buddy = QApplication.focusWidget(), label.buddy()
        assert focus is not None and (focus is buddy or buddy.isAncestorOf(focus)), (
            language, label.text(), type(focus).__name__)


def press_alt(letter: str) -> None:
    """Alt+``letter`` as a keyboard with that letter's layout sends it (Qt's key code of
    a letter is its upper case's code point, Cyrillic included)."""
    target = QApplication.focusWidget()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, ord(letter.upper()), Qt.KeyboardModifier.AltModifier, letter)
        QApplication.sendEvent(target, event)


def test_a_taken_mnemonic_moves_to_a_free_letter() -> None:
    taken = {"s", "n"}
    assert mnemonics.with_mnemonic("&Status:", taken) == "S&tatus:"
    assert mnemonics.with_mnemonic("Tom && Jerry", {"t"}) == "Tom && &Jerry"
    assert mnemonics.mnemonic("Tom && &Jerry") == "j"
    assert mnemonics.mnemonic("Tom && Jerry") is None


@pytest.mark.parametrize("name", list(EDITORS))
def test_no_label_or_button_is_cut_in_any_language(qtbot, window, people, language,
                                                   name) -> None:
    dialog = opened(qtbot, window, people, name)
    cut = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QPushButton):
            continue
        text = mnemonics.without_mnemonic(widget.text())
        if not text or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        if widget.fontMetrics().horizontalAdvance(text) > widget.contentsRect().width() + 1:
            cut.append(text)
    assert cut == [], (language, name)
