# SPDX-License-Identifier: GPL-3.0-or-later
"""Editors of the review's choice cells (decision, role): a drop-down of what the model
offers for the cell."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from caseapp.gui.articles.proposals_model import CHOICES_ROLE

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits with a QComboBox filled from CHOICES_ROLE; a pick is committed at once.
    ``name`` is the editor's accessible name ("Decision", "Role")."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self._name = name

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName(self._name)
        for value, text in index.data(CHOICES_ROLE) or []:
            combo.addItem(text, value)
        combo.activated.connect(lambda _row, editor=combo: self._commit(editor))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def _commit(self, editor: QComboBox) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
