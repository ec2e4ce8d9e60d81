# SPDX-License-Identifier: GPL-3.0-or-later
""""Delete this person?" that says what else goes to the trash and what stays.

A volunteer deleting a person should not find out later that the case only they were
in, its hearings and the letters about them went too, nor that a joint appeal now
names one person fewer. The counts come from the core (``trash.impact``); a record
nothing depends on is deleted without a question, since Undo brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from caseapp.domain.views import DeleteImpact


class DeleteQuestion(QObject):
    """Holds the plural phrases (Qt's tools find plurals only in ``self.tr`` calls)."""

    def count(self, table: str, n: int) -> str:
        match table:
            case "case_file":
                return self.tr("%n case(s)", "", n)
            case "hearing":
                return self.tr("%n hearing(s)", "", n)
            case "detention":
                return self.tr("%n detention(s)", "", n)
            case "sentence":
                return self.tr("%n sentence(s)", "", n)
            case "charge":
                return self.tr("%n charge(s)", "", n)
            case _:
                return self.tr("%n campaign action(s)", "", n)


def counts_text(counts: dict[str, int]) -> str:
    """"1 case, 2 hearings, 1 detention" in a fixed order."""
    order = ("case_file", "hearing", "detention", "sentence", "charge", "action")
    words = DeleteQuestion()
    return ", ".join(words.count(table, counts[table]) for table in order if counts.get(table))


def explanation(impact: DeleteImpact, name: str) -> str:
    """What happens to the others, one sentence per kind of consequence."""
    parts = []
    if impact.along:
        parts.append(QCoreApplication.translate(
            "DeleteQuestion", "Going to the trash with it: {records}.").format(
            records=counts_text(impact.along)))
    if impact.unlinked.get("detention"):
        parts.append(QCoreApplication.translate(
            "DeleteQuestion", "Staying, showing the facility as in the trash: {records}.").format(
            records=counts_text(impact.unlinked)))
    elif impact.unlinked:
        parts.append(QCoreApplication.translate(
            "DeleteQuestion", "Staying, shared with others, without {name}: {records}.").format(
            name=name, records=counts_text(impact.unlinked)))
    parts.append(QCoreApplication.translate(
        "DeleteQuestion", "Undo or the Trash page brings all of it back."))
    return "\n\n".join(parts)


def confirm_delete(parent: QWidget, impact: DeleteImpact, name: str) -> bool:
    """Ask before a delete that touches other records; True to go ahead."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("DeleteQuestion", "Move to Trash"),
                      QCoreApplication.translate("DeleteQuestion", "Move {name} to the trash?")
                      .format(name=name), QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(explanation(impact, name))
    delete = box.addButton(QCoreApplication.translate("DeleteQuestion", "&Move to Trash"),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete
