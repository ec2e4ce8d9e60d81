# SPDX-License-Identifier: GPL-3.0-or-later
"""Write Letter…: the dialog walked as a volunteer would, from the person page and a case."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog

from caseapp.domain import records

from caseapp.gui.letters.addressee_book import AddresseeBookDialog, AddresseeDialog
from caseapp.gui.letters.letter_dialog import LetterDialog
from caseapp.gui.letters.template_dialog import TemplateDialog


@pytest.fixture
def dialog(qtbot, host, people) -> LetterDialog:
    opened = LetterDialog(host, person_id=people["erlan"])
    qtbot.addWidget(opened)
    return opened


def sent_actions(casebook) -> list[int]:
    return casebook.actions.ids(status="sent")


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_the_person_page_opens_the_letter_dialog(window, people) -> None:
    page = window.show_page("persons")
    page.list_view.select_record(people["erlan"])
    assert page.actions_bar.letter_button.isEnabled()
    page.actions_bar.letter_button.click()
    [dialog] = [d for d in page.window().findChildren(LetterDialog) if d.isVisible()]
    assert dialog.person_id == people["erlan"] and dialog.letter is not None
    dialog.reject()


def test_a_russian_letter_to_the_facility_head_is_saved_edited_and_logged(
        dialog, host, tmp_path) -> None:
    dialog.choose(to="facility", kind="release", language="ru")
    assert dialog.letter.recipient.lines[0] == "Начальнику учреждения SIZO No. 1"
    assert dialog.address.text() == "Начальнику учреждения SIZO No. 1\nAlmaty"
    assert "Ерлан Куанышбаев" in dialog.subject.text()
    assert "Уважаемый начальник учреждения!" in dialog.text.toPlainText()
    dialog.text.appendPlainText("\nP.S. Просим ответить письменно.")
    dialog.save_pdf(tmp_path / "letter.pdf")
    printed = text_of(tmp_path / "letter.pdf")
    assert "Начальнику учреждения SIZO No. 1" in printed
    assert "P.S. Просим ответить письменно." in printed
    [action_id] = sent_actions(host.casebook)
    assert dialog.logged is not None and dialog.logged.id == action_id
    assert "P.S. Просим ответить письменно." in (dialog.logged.letter_text or "")
    assert host.changes[-1].step == "Log Letter"
    assert "follow up on" in dialog.logged_note.text()
    dialog.save_text(tmp_path / "letter.txt")
    assert (tmp_path / "letter.txt").read_text("utf-8").startswith("Начальнику учреждения")
    assert sent_actions(host.casebook) == [action_id]  # one letter, logged once
    assert host.undo() == "Log Letter"
    assert sent_actions(host.casebook) == []


def test_copy_puts_the_letter_on_the_clipboard_and_logs_it(dialog, host) -> None:
    dialog.choose(to="un-wgad", kind="health")
    assert dialog.language.currentData() == "en"  # the addressee's language
    assert "Erlan Kuanyshbayev" in dialog.text.toPlainText()
    dialog.copy()
    assert QGuiApplication.clipboard().text() == dialog.current_letter().plain_text()
    assert len(sent_actions(host.casebook)) == 1


def test_an_addressee_without_records_behind_it_is_explained(dialog, people, qtbot, host) -> None:
    other = LetterDialog(host, person_id=people["boris"])
    qtbot.addWidget(other)
    other.choose(to="facility")
    assert "not held anywhere" in other._errors["to"].text()
    assert not other.pdf_button.isEnabled()
    other.choose(to="ombudsman")
    assert other.pdf_button.isEnabled() and other._errors["to"].text() == ""
    assert "[не указано]" in other.text.toPlainText()
    assert "articles" in other.gaps.text()


def test_an_edited_template_is_kept_and_used(dialog, host) -> None:
    dialog.choose(to="un-hrd", kind="access", language="en")
    editor = dialog.edit_template()
    assert isinstance(editor, TemplateDialog) and "{person}" in editor.subject.text()
    editor.subject.setText("Access now: {persn}")
    editor.save()
    assert "persn" in editor._errors["subject"].text()
    editor.subject.setText("Access now: {person}")
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert dialog.subject.text() == "Access now: Erlan Kuanyshbayev"
    restorer = dialog.edit_template()
    assert restorer.reset_button.isEnabled()
    restorer.reset_button.click()
    assert dialog.subject.text() != "Access now: Erlan Kuanyshbayev"


def test_the_addressee_book_adds_an_entry_the_letter_can_go_to(dialog, host) -> None:
    book = dialog.open_addressee_book()
    assert isinstance(book, AddresseeBookDialog)
    editor = book.add_entry()
    assert isinstance(editor, AddresseeDialog)
    editor.save()
    assert editor._errors["name"].text()  # a name is required
    editor.name.setText("Embassy of Norway")
    editor.title.setText("Ambassador")
    editor.address.setPlainText("Astana\nKunayev 1")
    editor.language.set_value("en")
    editor.salutation.setText("Your Excellency,")
    editor.save()
    assert [e.name for e in book.shown] == ["Embassy of Norway"]
    book.reject()
    dialog.choose(to="Embassy of Norway")
    assert dialog.letter.recipient.lines == ("Ambassador", "Embassy of Norway", "Astana",
                                             "Kunayev 1")
    assert dialog.text.toPlainText().startswith("Your Excellency,")
    book = dialog.open_addressee_book()
    book.entries.setCurrentRow(0)
    book.remove_current()
    assert book.shown == [] and host.casebook.trash.list()[0].table == "addressee"


def test_a_case_writes_about_its_defendant(window, people, casebook) -> None:
    page = window.show_page("cases")
    case_id = casebook.cases.resolve("2024-0117")
    page.list_view.select_record(case_id)
    assert page.letter_button.isEnabled()
    dialog = page.write_letter()
    assert dialog is not None
    assert (dialog.person_id, dialog.case_id) == (people["erlan"], case_id)
    assert "2024-0117" in dialog.text.toPlainText()
    dialog.reject()


def test_the_logged_letter_is_an_action_of_the_person(dialog, host, people, tmp_path) -> None:
    dialog.choose(to="prosecutor-general", kind="release")
    dialog.save_text(tmp_path / "letter.txt")
    action = host.casebook.get(records.Action, sent_actions(host.casebook)[0])
    persons, _cases = host.casebook.actions.links(action.pk)
    assert [pk for _link, pk, _name in persons] == [people["erlan"]]
    assert action.kind == "letter" and "Генеральному Прокурору" in (action.letter_text or "")
