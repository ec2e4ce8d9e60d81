# SPDX-License-Identifier: GPL-3.0-or-later
"""Lines of the case editor's tables: a party (person and role) and a charge
(defendant among the parties, code article, part and wording)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from caseapp.core.edits import ChargeEdit, PartyEdit
from caseapp.domain import records
from caseapp.domain.enums import PartyRole
from caseapp.domain.errors import Invalid
from caseapp.domain.views import PartyView

from caseapp.gui.common.article_picker import ArticlePicker
from caseapp.gui.common.fields import EnumCombo
from caseapp.gui.common.pickers import PersonPicker
from caseapp.gui.common.row_editor import EditorRow
from caseapp.gui.ops import OpHost

PART_CHARS = 6


class PartyRow(EditorRow):
    """A person (picked by any spelling, or a new name) and their role in the case."""

    def __init__(self, host: OpHost, parent: QWidget, key: int) -> None:
        super().__init__(key)
        self.person = PersonPicker(host, field="parties", parent=parent)
        self.role = EnumCombo(PartyRole, parent)

    def widgets(self) -> list[QWidget]:
        return [self.person, self.role]

    def load(self, party: PartyView) -> None:
        self.record_id = party.id
        self.person.set_person(party.person_id, party.name)
        self.role.set_value(party.role)

    def is_empty(self) -> bool:
        return not self.person.text().strip()

    def label(self) -> str:
        """How the charges' defendant lists show this party."""
        name = self.person.text().strip()
        role = self.role.value() or ""
        if role and role != PartyRole.DEFENDANT.value:
            return f"{name} ({PartyRole(role).label()})"
        return name

    def value(self) -> PartyEdit:
        return PartyEdit(self.key, self.record_id, self.person.choice(),
                         self.role.value() or PartyRole.DEFENDANT.value)


class ChargeRow(EditorRow):
    """Who is charged (a party line), under which article, part and wording.

    The defendant list's item data is "party:<key>" for party lines and, for a stored
    charge against a person who is not a party, "person:<id>" (strings, because
    QComboBox.findData cannot compare Python tuples).
    """

    def __init__(self, host: OpHost, parent: QWidget, key: int,
                 country: str | None = None) -> None:
        super().__init__(key)
        self.defendant = QComboBox(parent)
        self.defendant.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.defendant.setMinimumContentsLength(16)  # a long name is cut, not the row
        char = parent.fontMetrics().averageCharWidth()
        self.article = ArticlePicker(host, field="charges", country=country, parent=parent)
        self.article.setMinimumWidth(char * 24)  # "KZ 274 — Распространение…" readable
        self.part = QLineEdit(parent)
        self.part.setMaximumWidth(char * PART_CHARS * 2)
        self.wording = QLineEdit(parent)
        self.wording.setMinimumWidth(char * 18)
        self.wording.setPlaceholderText(
            QCoreApplication.translate("CaseRows", "as worded in the indictment"))
        self._outsider: tuple[int, str] | None = None

    def widgets(self) -> list[QWidget]:
        return [self.defendant, self.article, self.part, self.wording]

    def set_parties(self, parties: Sequence[tuple[int, str]]) -> None:
        """Refill the defendant list from (party key, label), keeping the choice."""
        current = self.defendant.currentData()
        self.defendant.clear()
        self.defendant.addItem(QCoreApplication.translate("CaseRows", "(choose)"), None)
        for key, label in parties:
            self.defendant.addItem(label, f"party:{key}")
        if self._outsider is not None:
            person_id, name = self._outsider
            label = QCoreApplication.translate("CaseRows", "{name} (not a party)")
            self.defendant.addItem(label.format(name=name), f"person:{person_id}")
        self.defendant.setCurrentIndex(max(self.defendant.findData(current), 0))

    def load(self, charge: records.Charge, person: str, party_key: int | None,
             parties: Sequence[tuple[int, str]]) -> None:
        """Show a stored charge; ``party_key`` is its defendant's party line, if any."""
        self.record_id = charge.id
        if party_key is None:
            self._outsider = (charge.person_id, person)
        self.set_parties(parties)
        wanted = f"party:{party_key}" if party_key is not None else f"person:{charge.person_id}"
        self.defendant.setCurrentIndex(max(self.defendant.findData(wanted), 0))
        self.article.set_article_id(charge.article_id)
        self.part.setText(charge.part)
        self.wording.setText(charge.wording)

    def is_empty(self) -> bool:
        return (self.defendant.currentData() is None and not self.article.text().strip()
                and not self.wording.text().strip())

    def value(self) -> ChargeEdit:
        chosen = self.defendant.currentData()
        if chosen is None:
            raise Invalid(QCoreApplication.translate("CaseRows", "Choose who is charged"),
                          field="charges")
        article_id = self.article.article_id()
        if article_id is None:
            raise Invalid(QCoreApplication.translate("CaseRows", "Choose the article of the code"),
                          field="charges")
        kind, _sep, number = chosen.partition(":")
        ref = int(number)
        return ChargeEdit(self.record_id, ref if kind == "party" else None,
                          ref if kind == "person" else None, article_id,
                          self.part.text().strip(), self.wording.text().strip())
