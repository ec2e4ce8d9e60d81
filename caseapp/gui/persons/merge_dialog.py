# SPDX-License-Identifier: GPL-3.0-or-later
"""Persons ▸ Merge with…: two records of one person become one.

The person selected in the list is kept; the volunteer finds the other in any script.
Both persons' fields are shown side by side, with a choice where they differ, and a
line says what moves (cases, detentions, names, citations…). Merge runs
``persons.merge`` as one command: the other person goes to the trash, and
Edit ▸ Undo restores both as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPushButton, QScrollArea, QWidget

from caseapp.domain.errors import Invalid
from caseapp.domain.views import MergePreview

from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.common.pickers import PersonPicker
from caseapp.gui.ops import OpHost, QueryOp
from caseapp.gui.persons.merge_fields import MergeFields

DEFAULT_SIZE = (880, 600)
#: What moves, by table, as the summary line names it.
MOVED = {
    "person_name": QT_TRANSLATE_NOOP("MergeDialog", "names: {count}"),
    "case_party": QT_TRANSLATE_NOOP("MergeDialog", "cases: {count}"),
    "charge": QT_TRANSLATE_NOOP("MergeDialog", "charges: {count}"),
    "detention": QT_TRANSLATE_NOOP("MergeDialog", "detentions: {count}"),
    "sentence": QT_TRANSLATE_NOOP("MergeDialog", "sentences: {count}"),
    "action_person": QT_TRANSLATE_NOOP("MergeDialog", "campaign actions: {count}"),
    "reported_event_person": QT_TRANSLATE_NOOP("MergeDialog", "reported events: {count}"),
    "citation": QT_TRANSLATE_NOOP("MergeDialog", "citations: {count}"),
    "tagging": QT_TRANSLATE_NOOP("MergeDialog", "tags: {count}"),
}


class MergeDialog(BaseDialog):
    """Widgets: ``other`` (a PersonPicker), ``swap_button``, ``fields`` (MergeFields),
    ``summary``. ``keep_id`` is the person kept; ``preview`` the MergePreview shown.
    ``result_value`` is (kept Person, Changes) after the merge.
    """

    def __init__(self, host: OpHost, keep_id: int, parent: QWidget | None = None) -> None:
        super().__init__(host, QCoreApplication.translate("MergeDialog", "Merge Persons"), parent)
        self.keep_id: int = keep_id
        self.preview: MergePreview | None = None
        self.intro = QLabel(self)
        self.other = PersonPicker(host, field="other", allow_new=False, parent=self)
        self.swap_button = QPushButton(self.tr("&Keep the Other Instead"), self)
        self.fields = MergeFields(self)
        self.summary = QLabel(self)
        self._lay_out()
        self.other.chosen.connect(lambda _choice: self.load_preview())
        self.swap_button.clicked.connect(self.swap)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        if self.size().width() < DEFAULT_SIZE[0]:
            self.resize(*DEFAULT_SIZE)
        self.load_preview()

    def _lay_out(self) -> None:
        for label in (self.intro, self.summary):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setText(self.tr(
            "Everything of the other person — names, cases, charges, detentions, sentences, "
            "campaign actions, reported events, citations and tags — moves to the kept one, "
            "and the other goes to the trash. Where the two differ, choose what to keep. "
            "Edit ▸ Undo takes the merge back."))
        self.form.addRow(self.intro)
        self.add_field(self.tr("Merge &into it"), self.beside(self.other, self.swap_button),
                       "other")
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        scroll.setAccessibleName(self.tr("Both persons' details"))
        self.add_widget(scroll)
        self.add_widget(self.summary)
        self.finish_layout()
        self.other.setFocus()

    # -- behaviour

    def load_preview(self) -> None:
        """Read both persons' fields (on the worker) once the other one is chosen."""
        other_id = self.other.person_id()
        if other_id is None or other_id == self.keep_id:
            self._show(None)
            return
        keep_id = self.keep_id
        QueryOp(self.host, lambda book: book.persons.merge_preview(keep_id, other_id),
                parent=self).success(self._show).failure(self._failed).run_in_background()

    def swap(self) -> None:
        """Keep the other person and merge the first into them."""
        if self.preview is None:
            return
        first = self.preview.keep
        self.keep_id = self.preview.other.pk
        self.other.set_person(first.pk, first.display_name)
        self.load_preview()

    def _show(self, preview: MergePreview | None) -> None:
        self.preview = preview
        self.fields.show_preview(preview)
        self.swap_button.setEnabled(preview is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(preview is not None)
        self.summary.setText(self._summary(preview))

    def _summary(self, preview: MergePreview | None) -> str:
        if preview is None:
            return self.tr("Choose the person to merge into the kept one.")
        moved = [QCoreApplication.translate("MergeDialog", str(MOVED[table])).format(count=count)
                 for table, count in preview.moves.items() if table in MOVED and count]
        keep = preview.keep.display_name
        if not moved:
            return self.tr("Nothing is linked to the other person; {name} keeps what is "
                           "chosen above.").format(name=keep)
        return self.tr("Moves to {name}: {moved}.").format(name=keep, moved=", ".join(moved))

    def command(self) -> Callable[[Any], Any]:
        if self.preview is None:
            raise Invalid(self.tr("Choose the person to merge into the kept one"),
                          field="other")
        keep_id, other_id = self.preview.keep.pk, self.preview.other.pk
        choices = self.fields.choices()
        return lambda book: book.persons.merge(keep_id, other_id, choices)
