# SPDX-License-Identifier: GPL-3.0-or-later
"""The person editor through its widgets: new, edit, undo, validation, photo, tags."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from caseapp.domain import records

from caseapp.gui.persons.actions_bar import ADD_DIALOGS
from caseapp.gui.persons.page import PersonsPage
from caseapp.gui.persons.table_model import Column


@pytest.fixture
def page(open_page) -> PersonsPage:
    return open_page(PersonsPage)


def listed(page: PersonsPage) -> list[str]:
    model = page.list_view.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def spellings(casebook, person_id: int) -> set[str]:
    return {alias.text for alias in casebook.persons.details(person_id).aliases}


def test_new_person_with_two_aliases_is_found_in_another_script(qtbot, page, casebook, host):
    dialog = page.new_record()
    qtbot.keyClicks(dialog.display_name, "Zhanar Abilova")
    dialog.display_name.setText("Жанар Әбілова")
    first = dialog.aliases.add_row()
    first.text.setText("Zhanar Abilova")
    second = dialog.aliases.add_row()
    second.text.setText("Жанар Абилова")
    assert first.detected.text() == "Latin · English"
    assert second.detected.text() == "Cyrillic · Russian"
    dialog.birth_date.setText("04.1990")
    dialog.save()

    assert not dialog.isVisible()
    assert casebook.undo.undo_name() == "Add Person"
    [person_id] = casebook.persons.ids(text="Әбілова")
    assert page.list_view.current_id() == person_id
    assert spellings(casebook, person_id) == {"Жанар Әбілова", "Zhanar Abilova", "Жанар Абилова"}
    assert str(casebook.get(records.Person, person_id).birth_date.iso()) == "1990-04"

    qtbot.keyClicks(page.list_view.search, "abilova")
    qtbot.waitUntil(lambda: listed(page) == ["Жанар Әбілова"], timeout=2000)
    assert "Zhanar Abilova" in page.detail.plain_text()

    assert host.undo() == "Add Person"  # person, names: one step
    assert casebook.persons.ids(text="abilova") == []
    assert listed(page) == []


def test_edit_then_undo_restores_the_old_values(qtbot, page, casebook, host, people):
    page.list_view.select_record(people["erlan"])
    page.list_view.table.setFocus()
    qtbot.keyClick(page.list_view.table, Qt.Key.Key_Return)  # Enter edits
    dialog = page.dialog
    assert dialog is not None and dialog.display_name.text() == "Ерлан Қуанышбаев"
    assert dialog.status.value() == "detained"
    dialog.status.set_value("sentenced")
    dialog.citizenship.setText("Kazakhstan")
    latin = next(r for r in dialog.aliases.rows if r.text.text() == "Erlan Kuanyshbayev")
    dialog.aliases.remove_row(latin)
    dialog.tags.add_tag("journalists")
    dialog.save()

    person = casebook.get(records.Person, people["erlan"])
    assert (person.status, person.citizenship) == ("sentenced", "Kazakhstan")
    assert casebook.tags.of("person", people["erlan"]) == ["journalists"]
    assert "Erlan Kuanyshbayev" not in spellings(casebook, people["erlan"])
    assert casebook.undo.undo_name() == "Edit Person"

    assert host.undo() == "Edit Person"
    person = casebook.get(records.Person, people["erlan"])
    assert (person.status, person.citizenship) == ("detained", "")
    assert casebook.tags.of("person", people["erlan"]) == []
    assert "Erlan Kuanyshbayev" in spellings(casebook, people["erlan"])
    assert casebook.undo.undo_name() is None


def test_invalid_birth_date_shows_the_reason_and_saves_nothing(page, casebook):
    before = casebook.persons.ids()
    dialog = page.new_record()
    dialog.display_name.setText("Тест Тестов")
    dialog.birth_date.setText("31.02.2019")
    dialog.save()
    assert dialog.isVisible()
    error = dialog._errors["birth_date"]
    assert error.isVisible() and "2019" in error.text()
    assert casebook.persons.ids() == before
    assert casebook.undo.undo_name() is None

    dialog.birth_date.setText("2016")
    dialog.save()
    assert not dialog.isVisible()
    assert len(casebook.persons.ids()) == len(before) + 1


def test_empty_display_name_is_refused_next_to_the_field(page, casebook):
    dialog = page.new_record()
    dialog.save()
    assert dialog.isVisible()
    assert dialog._errors["display_name"].isVisible()
    assert casebook.undo.undo_name() is None


def test_escape_closes_the_editor_without_saving(qtbot, page, casebook):
    dialog = page.new_record()
    dialog.display_name.setText("Не сохранять")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert casebook.undo.undo_name() is None


def test_photo_is_stored_with_the_person_and_undone_with_the_edit(tmp_path, page, casebook,
                                                                   host, people):
    picture = tmp_path / "face.png"
    image = QImage(40, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    assert image.save(str(picture))
    page.list_view.select_record(people["boris"])
    dialog = page.edit_current()
    dialog.photo.set_file(picture)
    assert not dialog.photo.thumbnail.pixmap().isNull()
    dialog.save()
    boris = casebook.get(records.Person, people["boris"])
    assert casebook.persons.photo(boris) == picture.read_bytes()
    assert not list(tmp_path.glob("*/*.png")), "the photo is kept inside the database"
    again = page.edit_current()
    assert not again.photo.thumbnail.pixmap().isNull()
    again.reject()
    host.undo()
    assert casebook.get(records.Person, people["boris"]).photo == ""


def test_a_text_file_is_refused_as_a_photo(tmp_path, page, casebook, people):
    text = tmp_path / "notes.txt"
    text.write_text("not a picture")
    page.list_view.select_record(people["boris"])
    dialog = page.edit_current()
    dialog.photo.set_file(text)
    dialog.save()
    assert dialog.isVisible()
    assert dialog._errors["photo"].isVisible()


def test_tag_filter_lists_only_tagged_persons(qtbot, page, casebook, people):
    page.list_view.select_record(people["aigul"])
    dialog = page.edit_current()
    dialog.tags.entry.setText("released 2022")  # typed, not yet added: still saved
    dialog.save()
    tag_filter = page.list_view.tag_filter
    assert tag_filter.findData("released 2022") > 0
    tag_filter.setCurrentIndex(tag_filter.findData("released 2022"))
    assert listed(page) == ["Айгүл Сейітова"]
    page.open_record(people["boris"])  # hidden by the filter: the filter is cleared
    assert tag_filter.tag() is None
    assert page.list_view.current_id() == people["boris"]


def test_tab_order_follows_the_form_and_the_names_table(page, tab_chain, people):
    page.list_view.select_record(people["erlan"])
    dialog = page.edit_current()
    first = dialog.aliases.rows[0]
    dialog.sections.setCurrentIndex(0)
    added = dialog.aliases.add_row()
    chain = tab_chain(dialog.display_name)
    form = [dialog.display_name, dialog.family_name, dialog.given_name, dialog.patronymic,
            dialog.birth_date, dialog.gender, dialog.citizenship, dialog.status]
    assert chain[:len(form)] == form
    order = [dialog.sections, dialog.aliases.add_button, first.text, first.kind, added.text,
             dialog.buttons.button(dialog.buttons.StandardButton.Ok)]
    positions = [chain.index(widget) for widget in order]
    assert positions == sorted(positions)


def test_editor_fields_have_accessible_names(page):
    dialog = page.new_record()
    assert dialog.display_name.accessibleName() == "Display name:"
    assert dialog.birth_date.accessibleName() == "Born:"
    row = dialog.aliases.add_row()
    assert row.text.accessibleName() == "Name, row 1 of names"


@pytest.mark.parametrize("spec", ADD_DIALOGS, ids=[spec.key for spec in ADD_DIALOGS])
def test_add_menu_opens_the_other_features_dialog_for_the_person(page, people, spec):
    page.list_view.select_record(people["erlan"])
    assert page.actions_bar.case_id is not None  # a hearing goes to the person's case
    page.actions_bar.add_actions[spec.key].trigger()
    [dialog] = [d for d in page.findChildren(QDialog)
                if isinstance(d, spec.dialog_class) and d.isVisible()]
    dialog.reject()


def test_file_new_in_the_window_opens_the_person_editor(window):
    page = window.show_page("persons")
    window.menu_actions.new_record.trigger()
    assert page.dialog is not None and page.dialog.windowTitle() == "New Person"
    page.dialog.reject()
