# SPDX-License-Identifier: GPL-3.0-or-later
"""Correct, or add, one event of an article before it is imported.

Kind, date, place and persons, and what decides the record the event becomes: the
custody kind and its end, the term, the code article, the court, a change to an
existing sentence. Nothing is written: OK hands the edited event back to the review
(``result_value``), and the import uses it. A date set or confirmed here is no longer
marked "check".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListView, QWidget

from caseapp.domain.errors import Invalid
from caseapp.domain.partial_date import PartialDate
from caseapp.importer.model import Event

from caseapp.gui.articles.labels import CUSTODY_KINDS, EVENT_KINDS, SENTENCE_CHANGES, choices
from caseapp.gui.common.fields import PartialDateEdit
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.ops import OpHost

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class EventDialog(BaseDialog):
    """Widgets: ``kind``, ``date``, ``place``, ``persons`` (a checklist of ``person_items``),
    ``term``, ``article``, ``custody``, ``end``, ``over``, ``change``, ``court``.

    ``persons`` is [(key, name)] of the article's persons; ``original`` the event edited (a
    new one when adding). ``result_value`` is the edited Event once accepted.
    """

    def __init__(self, host: OpHost, event: Event, persons: list[tuple[str, str]],
                 *, adding: bool = False, parent: QWidget | None = None) -> None:
        title = (QCoreApplication.translate("EventDialog", "Add Event") if adding
                 else QCoreApplication.translate("EventDialog", "Edit Event"))
        super().__init__(host, title, parent)
        self.original = event
        self.kind = self._combo(choices(EVENT_KINDS), event.kind)
        self.date = PartialDateEdit("date", self)
        self.place = QLineEdit(event.place or "", self)
        self.person_items = QStandardItemModel(self)
        self.persons = QListView(self)
        self.term = QLineEdit(event.term or "", self)
        self.article = QLineEdit(event.article or "", self)
        self.custody = self._combo(choices(CUSTODY_KINDS), event.detention_kind or "")
        self.end = PartialDateEdit("end", self)
        self.over = QCheckBox(self.tr("The custody is over"), self)
        self.change = self._combo(choices(SENTENCE_CHANGES), event.sentence_change or "")
        self.court = QLineEdit(event.court or "", self)
        self._fill(event, persons)
        self._lay_out()

    def _combo(self, items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox(self)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def _fill(self, event: Event, persons: list[tuple[str, str]]) -> None:
        self.date.set_value(_partial(event.date))
        self.end.set_value(_partial(event.end))
        self.over.setChecked(event.over)
        for key, name in persons:
            item = QStandardItem(name)
            item.setData(key, KEY_ROLE)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if key in event.persons
                               else Qt.CheckState.Unchecked)
            self.person_items.appendRow(item)
        self.persons.setModel(self.person_items)
        self.persons.setMaximumHeight(self.persons.sizeHintForRow(0) * 6 + 8
                                      if persons else 40)

    def _lay_out(self) -> None:
        self.add_field(self.tr("&Event"), self.kind, "kind")
        self.add_field(self.tr("&Date"), self.date, "date")
        self.add_field(self.tr("&Place"), self.place, "place")
        self.add_field(self.tr("Pe&rsons"), self.persons, "persons")
        self.add_field(self.tr("&Term"), self.term, "term")
        self.add_field(self.tr("Code &article"), self.article, "article")
        self.add_field(self.tr("&Custody"), self.custody, "detention_kind")
        self.add_field(self.tr("Custody &ends"), self.end, "end")
        self.add_field("", self.over, "over")
        self.add_field(self.tr("C&hange of sentence"), self.change, "sentence_change")
        self.add_field(self.tr("C&ourt"), self.court, "court")
        self.finish_layout()

    # -- result

    def checked_keys(self) -> list[str]:
        return [self.person_items.item(row).data(KEY_ROLE)
                for row in range(self.person_items.rowCount())
                if self.person_items.item(row).checkState() == Qt.CheckState.Checked]

    def edited(self) -> Event:
        """The event as the form shows it; Invalid names the field that is wrong."""
        start, end = self.date.value(), self.end.value()
        if start and end and end.last_day() < start.first_day():
            raise Invalid(self.tr("The custody cannot end before the event"), field="end")
        return replace(
            self.original, kind=self.kind.currentData(), date=_iso(start),
            place=self.place.text().strip() or None, persons=self.checked_keys(),
            term=self.term.text().strip() or None, article=self.article.text().strip() or None,
            detention_kind=self.custody.currentData() or None, end=_iso(end),
            over=self.over.isChecked(), sentence_change=self.change.currentData() or None,
            court=self.court.text().strip() or None,
            of_others=self.kind.currentData() in ("protest", "statement"), **self._dating(start))

    def _dating(self, start: PartialDate | None) -> dict[str, Any]:
        """A date the volunteer set or confirmed is certain."""
        if start is None:
            return {"confidence": "low", "date_source": None}
        return {"confidence": "high", "date_source": "volunteer"}

    def save(self) -> None:
        """Check and hand the event back; no command runs (the import is one later)."""
        self.clear_errors()
        try:
            self.result_value = self.edited()
        except Invalid as exc:
            self.show_invalid(exc)
            return
        self.accept()


def _partial(value: str | None) -> PartialDate | None:
    try:
        return PartialDate.parse(value) if value else None
    except Invalid:
        return None


def _iso(value: PartialDate | None) -> str | None:
    return value.iso() if value else None
