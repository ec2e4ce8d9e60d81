# SPDX-License-Identifier: GPL-3.0-or-later
"""The case editor: number, title, dates, status, parties, charges, PACE 1900, tags.

Everything is saved as one command through ``gui/cases/save.py``, so a new case with
its defendants (even new persons) and charges is one step in Undo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from caseapp.core.casebook import Casebook
from caseapp.core.edits import CaseEdit, ChargeEdit, PartyEdit
from caseapp.domain import enums, records
from caseapp.domain.enums import CaseStatus, PartyRole
from caseapp.domain.errors import Invalid
from caseapp.domain.views import ChargeLine, PartyView
from caseapp.i18n import _

from caseapp.gui.cases.rows import ChargeRow, PartyRow
from caseapp.gui.common.fields import EnumCombo, PartialDateEdit
from caseapp.gui.common.record_editor import RecordEditor
from caseapp.gui.common.row_editor import RowEditor, Sections
from caseapp.gui.common.tag_widgets import TagEditor
from caseapp.gui.ops import OpHost

#: Fields named in Invalid errors → the section (tab) that shows them.
SECTION_OF_FIELD = {"parties": "parties", "person": "parties", "role": "parties",
                    "display_name": "parties", "charges": "charges", "article": "charges",
                    "article_id": "charges", "pace_note": "pace", "tags": "tags",
                    "name": "tags"}
LINE_FIELDS = ("case_number", "title", "jurisdiction")
#: Jurisdictions whose codes ship; a case in another one searches all of them.
SHIPPED_COUNTRIES = ("KZ", "RU", "BY")


Edit = TypeVar("Edit", covariant=True)


class _FormRow(Protocol[Edit]):
    """A party or charge line: it may be left empty, else it is read into an edit."""

    def is_empty(self) -> bool: ...

    def value(self) -> Edit: ...


@dataclass(frozen=True)
class CaseEditData:
    """What the editor starts from: the stored case (None when new), its parties and
    charges (each with the stored Charge), tags and all tag names."""

    case: records.Case | None
    parties: tuple[PartyView, ...]
    charges: tuple[tuple[records.Charge, ChargeLine], ...]
    tags: tuple[str, ...]
    known_tags: tuple[str, ...]


def read_case(book, case_id: int | None) -> CaseEditData:
    """Runs on the worker: the stored values the dialog starts from."""
    known = tuple(tag.name for tag in book.tags.list())
    if case_id is None:
        return CaseEditData(None, (), (), (), known)
    details = book.cases.details(case_id)
    charges = tuple((book.get(records.Charge, line.id), line) for line in details.charges)
    return CaseEditData(details.case, details.parties, charges,
                        tuple(book.tags.of("case_file", case_id)), known)


class CaseDialog(RecordEditor):
    """New case (``case_id`` None) or edit one; ``result_value`` is (case, changes)."""

    SECTION_OF_FIELD = SECTION_OF_FIELD
    DEFAULT_SIZE = (130, 40)

    def __init__(self, host: OpHost, *, case_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, "", parent)
        self.case_id = case_id
        self.setWindowTitle(self.tr("New Case") if case_id is None else self.tr("Edit Case"))
        self._build_form()
        self._build_sections()
        self._fill_case(records.Case())
        self.finish(self.case_number)

    # -- building

    def _build_form(self) -> None:
        self.case_number = self.field(self.tr("Case &number:"), QLineEdit(self), "case_number")
        self.title = self.field(self.tr("&Title:"), QLineEdit(self), "title")
        self.title.setPlaceholderText(self.tr("e.g. Protest in Zhanaozen"))
        self.jurisdiction = self.field(self.tr("&Jurisdiction:"), QLineEdit(self), "jurisdiction")
        self.jurisdiction.textChanged.connect(self._jurisdiction_changed)
        self.opened = self.field(self.tr("&Opened:"), PartialDateEdit("opened", self), "opened")
        self.status = self.field(self.tr("&Status:"), EnumCombo(CaseStatus, self), "status")

    def _build_sections(self) -> None:
        self.sections = Sections(self)
        self.sections.setAccessibleName(self.tr("Parties, charges and more"))
        self.parties = RowEditor([self.tr("Person"), self.tr("Role")], self._make_party_row,
                                 add_text=self.tr("&Add Party"), name=self.tr("parties"))
        self.parties.changed.connect(self._parties_changed)
        self.sections.add_section(self.tr("&Parties"), self.parties, "parties")
        self.charges = RowEditor(
            [self.tr("Defendant"), self.tr("Article"), self.tr("Part"), self.tr("Wording")],
            self._make_charge_row, add_text=self.tr("Add &Charge"), name=self.tr("charges"),
            stretch=(1, 3))
        self.sections.add_section(self.tr("C&harges"), self.charges, "charges")
        self.sections.add_section(self.tr("PACE &1900"), self._pace_page(), "pace")
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.sections.add_section(self.tr("Not&es"), self.notes)
        self.tags = TagEditor(self)
        self.sections.add_section(self.tr("Ta&gs"), self.tags, "tags")

    def _pace_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.pace: dict[str, QCheckBox] = {}
        for name, label in enums.PACE_CRITERIA:
            box = QCheckBox(_(label), page)
            layout.addWidget(box)
            self.pace[name] = box
        self.pace_note = QPlainTextEdit(page)
        self.pace_note.setTabChangesFocus(True)
        self.pace_note.setPlaceholderText(self.tr("Why these criteria are met, with sources"))
        self.pace_note.setAccessibleName(self.tr("Note on the PACE criteria"))
        layout.addWidget(self.pace_note, 1)
        return page

    def _make_party_row(self, parent: QWidget, key: int) -> PartyRow:
        row = PartyRow(self.host, parent, key)
        row.person.chosen.connect(lambda _choice: self._parties_changed())
        row.role.currentIndexChanged.connect(lambda _index: self._parties_changed())
        return row

    def _make_charge_row(self, parent: QWidget, key: int) -> ChargeRow:
        """A new charge line; with one defendant among the parties, it is against them."""
        row = ChargeRow(self.host, parent, key, self._jurisdiction())
        row.set_parties(self.party_choices())
        defendants = [party.key for party in self.parties.rows
                      if isinstance(party, PartyRow) and not party.is_empty()
                      and party.role.value() == PartyRole.DEFENDANT.value]
        if len(defendants) == 1:
            row.defendant.setCurrentIndex(row.defendant.findData(f"party:{defendants[0]}"))
        return row

    # -- parties and charges in step

    def party_choices(self) -> list[tuple[int, str]]:
        """(key, label) of party lines that name someone, for the defendant lists."""
        return [(row.key, row.label()) for row in self.parties.rows
                if isinstance(row, PartyRow) and not row.is_empty()]

    def _jurisdiction(self) -> str | None:
        """The country whose codes the charges' article fields search (None: all)."""
        country = self.jurisdiction.text().strip().upper()
        return country if country in SHIPPED_COUNTRIES else None

    def _jurisdiction_changed(self) -> None:
        for row in self.charges.rows:
            if isinstance(row, ChargeRow):
                row.article.country = self._jurisdiction()

    def _parties_changed(self) -> None:
        choices = self.party_choices()
        for row in self.charges.rows:
            row.set_parties(choices)

    # -- loading

    def read(self, book: Casebook) -> CaseEditData:
        return read_case(book, self.case_id)

    def fill(self, data: CaseEditData) -> None:
        self.tags.set_known(data.known_tags)
        self.tags.set_tags(data.tags)
        if data.case is not None:
            self._fill_case(data.case)
        keys: dict[int, int] = {}
        for party in data.parties:
            row = self.parties.add_row()
            row.load(party)
            keys.setdefault(party.person_id, row.key)
        for charge, line in data.charges:
            self.charges.add_row().load(charge, line.person, keys.get(charge.person_id),
                                        self.party_choices())

    def _fill_case(self, case: records.Case) -> None:
        for name in LINE_FIELDS:
            getattr(self, name).setText(getattr(case, name))
        self.opened.set_value(case.opened)
        self.status.set_value(case.status)
        for name, box in self.pace.items():
            box.setChecked(bool(getattr(case, name)))
        self.pace_note.setPlainText(case.pace_note)
        self.notes.setPlainText(case.notes)

    # -- saving

    def command(self) -> Callable:
        form = self.read_form()
        return lambda book: book.cases.save(form)

    def read_form(self) -> CaseEdit:
        """The widgets' values; Invalid (naming the field) for what cannot be saved."""
        values: dict[str, object] = {name: getattr(self, name).text().strip()
                                     for name in LINE_FIELDS}
        if not (values["case_number"] or values["title"]):
            raise Invalid(self.tr("Give the case number or a title"), field="case_number")
        values.update(opened=self.opened.value(), status=self.status.value(),
                      notes=self.notes.toPlainText().strip(),
                      pace_note=self.pace_note.toPlainText().strip(),
                      **{name: box.isChecked() for name, box in self.pace.items()})
        self.tags.add_tag()  # a tag typed but not yet added counts
        parties = self._read_rows(self.parties.rows, self.tr("Party {number}: {reason}"))
        charges = self._read_rows(self.charges.rows, self.tr("Charge {number}: {reason}"))
        self._check_defendants(parties, charges)
        return CaseEdit(self.case_id, values, tuple(parties), tuple(charges),
                        tuple(self.tags.tags()))

    def _read_rows(self, rows: Sequence[_FormRow[Edit]], template: str) -> list[Edit]:
        found = []
        for number, row in enumerate(rows, start=1):
            if row.is_empty():
                continue
            try:
                found.append(row.value())
            except Invalid as exc:
                raise Invalid(template.format(number=number, reason=exc),
                              field=exc.field) from None
        return found

    def _check_defendants(self, parties: list[PartyEdit], charges: list[ChargeEdit]) -> None:
        keys = {party.key for party in parties}
        for number, charge in enumerate(charges, start=1):
            if charge.party_key is not None and charge.party_key not in keys:
                raise Invalid(self.tr("Charge {number}: the defendant is no longer a party")
                              .format(number=number), field="charges")
