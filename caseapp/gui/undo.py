# SPDX-License-Identifier: GPL-3.0-or-later
"""Menu texts for Undo and Redo, named after the core's steps (Anki's UndoActionsInfo).

The history itself lives in ``caseapp.core.undo``; the GUI only reads the names of
the next steps, so "Undo Delete Person" says exactly what will happen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from caseapp.core.undo import UndoManager


@dataclass(frozen=True)
class UndoActionsInfo:
    undo_text: str
    redo_text: str
    can_undo: bool
    can_redo: bool

    @classmethod
    def from_history(cls, history: UndoManager) -> UndoActionsInfo:
        undo_name, redo_name = history.undo_name(), history.redo_name()
        undo_text = QCoreApplication.translate("Undo", "&Undo")
        redo_text = QCoreApplication.translate("Undo", "&Redo")
        if undo_name:
            undo_text = QCoreApplication.translate("Undo", "&Undo {step}").format(
                step=_escape(undo_name))
        if redo_name:
            redo_text = QCoreApplication.translate("Undo", "&Redo {step}").format(
                step=_escape(redo_name))
        return cls(undo_text, redo_text, undo_name is not None, redo_name is not None)

def _escape(name: str) -> str:
    """A literal "&" in a step name must not become a menu mnemonic."""
    return name.replace("&", "&&")
