# SPDX-License-Identifier: GPL-3.0-or-later
"""The person editor: names in every script, dates, status, photo, notes and tags.

A new person and an edited one are saved the same way: one command through
``gui/persons/save.py``, so the person, their names, photo and tags form one step
in Undo. The dialog reads the stored values on the worker before it can be saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from caseapp.core.casebook import Casebook
from caseapp.core.edits import PersonEdit
from caseapp.domain import records
from caseapp.domain.enums import Gender, PersonStatus
from caseapp.domain.errors import Invalid
from caseapp.domain.views import PossibleDuplicate

from caseapp.gui.common.fields import EnumCombo, PartialDateEdit
from caseapp.gui.common.record_editor import RecordEditor
from caseapp.gui.common.row_editor import RowEditor, Sections
from caseapp.gui.common.tag_widgets import TagEditor
from caseapp.gui.ops import OpHost, QueryOp
from caseapp.gui.persons.duplicates import OPEN, SAVE_ANYWAY, DuplicatesDialog
from caseapp.gui.persons.edit_parts import AliasRow, PhotoField

#: Fields the core names in Invalid errors → the section that shows them.
SECTION_OF_FIELD = {"aliases": "aliases", "text": "aliases", "kind": "aliases",
                    "tags": "tags", "name": "tags"}
#: Plain text fields of Person read from QLineEdits, in form order.
LINE_FIELDS = ("display_name", "family_name", "given_name", "patronymic", "citizenship")


@dataclass(frozen=True)
class PersonEditData:
    """What the editor shows: the stored person (None when new) and tag names."""

    person: records.Person | None
    aliases: tuple[records.PersonName, ...]
    tags: tuple[str, ...]
    known_tags: tuple[str, ...]
    photo: bytes | None = None


def read_person(book, person_id: int | None) -> PersonEditData:
    """Runs on the worker: the stored values the dialog starts from."""
    known = tuple(tag.name for tag in book.tags.list())
    if person_id is None:
        return PersonEditData(None, (), (), known)
    details = book.persons.details(person_id)
    aliases = tuple(a for a in details.aliases if isinstance(a, records.PersonName))
    return PersonEditData(details.person, aliases, tuple(details.tags), known,
                          book.persons.photo(details.person))


class PersonEditDialog(RecordEditor):
    """New person (``person_id`` None, optionally with a ``name``) or edit one.

    After a successful save ``result_value`` is ``(person, changes)``.
    """

    SECTION_OF_FIELD = SECTION_OF_FIELD

    def __init__(self, host: OpHost, *, person_id: int | None = None, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(host, "", parent)
        self.person_id = person_id
        self._duplicates_seen = False
        self.setWindowTitle(self.tr("New Person") if person_id is None else self.tr("Edit Person"))
        self._build_form()
        self._build_sections()
        self._fill_person(records.Person(display_name=name))
        self.finish(self.display_name)

    # -- building

    def _build_form(self) -> None:
        self.display_name = self.field(self.tr("&Display name:"), QLineEdit(self), "display_name")
        self.display_name.setToolTip(self.tr("The name the person is known by; it is always "
                                             "kept among their names"))
        self.family_name = self.field(self.tr("&Family name:"), QLineEdit(self), "family_name")
        self.given_name = self.field(self.tr("&Given name:"), QLineEdit(self), "given_name")
        self.patronymic = self.field(self.tr("&Patronymic:"), QLineEdit(self), "patronymic")
        self.birth_date = self.field(self.tr("&Born:"), PartialDateEdit("birth_date", self),
                                      "birth_date")
        self.gender = self.field(self.tr("G&ender:"), EnumCombo(Gender, self), "gender")
        self.citizenship = self.field(self.tr("&Citizenship:"), QLineEdit(self), "citizenship")
        self.status = self.field(self.tr("&Status:"), EnumCombo(PersonStatus, self), "status")
        self.photo = self.field(self.tr("P&hoto:"), PhotoField(self), "photo")
        self.photo.setFocusProxy(self.photo.choose_button)

    def _build_sections(self) -> None:
        self.sections = Sections(self)
        self.sections.setAccessibleName(self.tr("More about the person"))
        self.aliases = RowEditor([self.tr("Name"), self.tr("Kind"), self.tr("Script and language")],
                                 AliasRow, add_text=self.tr("&Add Name"), name=self.tr("names"))
        self.sections.add_section(self.tr("&Names"), self._names_page(), "aliases")
        self.contacts = QPlainTextEdit(self)
        self.notes = QPlainTextEdit(self)
        self.sections.add_section(self.tr("C&ontacts and Notes"), self._notes_page())
        self.tags = TagEditor(self)
        self.sections.add_section(self.tr("&Tags"), self.tags, "tags")

    def _names_page(self) -> QWidget:
        page = QWidget(self)
        hint = QLabel(self.tr("Spellings in other scripts and former names let searches find "
                              "the person however an article writes the name."), page)
        hint.setWordWrap(True)
        layout = QFormLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(hint)
        layout.addRow(self.aliases)
        return page

    def _notes_page(self) -> QWidget:
        page = QWidget(self)
        layout = QFormLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        for label, widget in ((self.tr("Contacts (family, lawyer):"), self.contacts),
                              (self.tr("Notes:"), self.notes)):
            widget.setTabChangesFocus(True)
            widget.setAccessibleName(label.rstrip(":"))
            layout.addRow(label, widget)
        return page

    # -- loading

    def read(self, book: Casebook) -> PersonEditData:
        return read_person(book, self.person_id)

    def fill(self, data: PersonEditData) -> None:
        self.tags.set_known(data.known_tags)
        self.tags.set_tags(data.tags)
        if data.person is not None:
            self._fill_person(data.person)
            self.photo.show_stored(data.photo)
        for alias in data.aliases:
            self.aliases.add_row().load(alias)

    def _fill_person(self, person: records.Person) -> None:
        for name in LINE_FIELDS:
            getattr(self, name).setText(getattr(person, name))
        self.birth_date.set_value(person.birth_date)
        self.gender.set_value(person.gender)
        self.status.set_value(person.status)
        self.contacts.setPlainText(person.contacts)
        self.notes.setPlainText(person.notes)

    # -- saving

    def command(self) -> Callable:
        form = self.read_form()
        return lambda book: book.persons.save(form)

    def save(self) -> None:
        """A new person is first looked for under the same names in any script."""
        if self.person_id is not None or self._duplicates_seen:
            super().save()
            return
        self.clear_errors()
        try:
            form = self.read_form()
        except Invalid as exc:
            self.show_invalid(exc)
            return
        texts = [str(form.values["display_name"]), *(alias.text for alias in form.aliases)]
        QueryOp(self.host, lambda book: book.persons.possible_duplicates(texts),
                parent=self).success(self._duplicates_found).run_in_background()

    def _duplicates_found(self, found: list[PossibleDuplicate]) -> None:
        if not found:
            self._duplicates_seen = True
            super().save()
            return
        dialog = DuplicatesDialog(found, self)
        dialog.exec()
        if dialog.choice == SAVE_ANYWAY:
            self._duplicates_seen = True
            super().save()
        elif dialog.choice == OPEN and dialog.chosen_id is not None:
            open_record = getattr(self.host, "open_record", None)
            if open_record is not None:
                open_record("person", dialog.chosen_id)
            self.done(QDialog.DialogCode.Rejected)  # the volunteer chose the stored one

    def read_form(self) -> PersonEdit:
        """The widgets' values; Invalid (naming the field) for what cannot be saved."""
        values: dict[str, object] = {name: getattr(self, name).text().strip()
                                     for name in LINE_FIELDS}
        if not values["display_name"]:
            raise Invalid(self.tr("Give the name the person is known by"), field="display_name")
        values.update(birth_date=self.birth_date.value(), gender=self.gender.value(),
                      status=self.status.value(), contacts=self.contacts.toPlainText().strip(),
                      notes=self.notes.toPlainText().strip())
        self.tags.add_tag()  # a tag typed but not yet added counts
        aliases = tuple(row.value() for row in self.aliases.rows if row.value().text)
        return PersonEdit(self.person_id, values, aliases, tuple(self.tags.tags()),
                          self.photo.changed, self.photo.chosen_file)
