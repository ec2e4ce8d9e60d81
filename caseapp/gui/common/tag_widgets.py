# SPDX-License-Identifier: GPL-3.0-or-later
"""Tags in the window: an editor for a record's tags and a filter for lists.

Both offer the tags already in the database (``casebook.tags.list()``), so the same
campaign is not tagged "urgent" on one person and "Urgent " on the next.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from caseapp.domain.changes import Changes

from caseapp.gui.ops import OpHost, QueryOp

#: Tables whose changes may add or remove a tag name.
TAG_TABLES = ("tag", "tagging")


class TagEditor(QWidget):
    """A record's tags: type (with completion) and Add, select and Remove.

    ``tags()`` is the list shown; ``set_known(names)`` fills the completion.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._known = QStringListModel(self)
        self.model = QStringListModel(self)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("New or existing tag"))
        self.entry.setAccessibleName(self.tr("Tag to add"))
        completer = QCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(completer)
        self.add_button = QPushButton(self.tr("Add Tag"), self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Tags"))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.remove_button = QPushButton(self.tr("Remove Tag"), self)
        self._layout()
        self._connect()

    def tags(self) -> list[str]:
        return list(self.model.stringList())

    def set_tags(self, names: Iterable[str]) -> None:
        self.model.setStringList(sorted(set(names), key=str.casefold))

    def set_known(self, names: Iterable[str]) -> None:
        self._known.setStringList(sorted(names, key=str.casefold))

    def add_tag(self, name: str | None = None) -> None:
        text = (self.entry.text() if name is None else name).strip()
        if text and text.casefold() not in {t.casefold() for t in self.tags()}:
            self.set_tags([*self.tags(), text])
        self.entry.clear()

    def remove_selected(self) -> None:
        rows = sorted((index.row() for index in self.list.selectedIndexes()), reverse=True)
        for row in rows:
            self.model.removeRows(row, 1)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.entry, 0, 0)
        grid.addWidget(self.add_button, 0, 1)
        grid.addWidget(self.list, 1, 0)
        grid.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)

    def _connect(self) -> None:
        self.entry.returnPressed.connect(self.add_tag)
        self.add_button.clicked.connect(lambda: self.add_tag())
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QAction(self)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.list.addAction(remove)


class TagFilter(QComboBox):
    """"All tags" or one tag; ``tag()`` is the chosen name or None.

    ``changed`` is emitted when the volunteer picks another entry (not on reloads).
    """

    changed = Signal()

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._loading = False
        self.setAccessibleName(self.tr("Show only records with tag"))
        self.setToolTip(self.tr("Show only records with this tag"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill([])
        self.currentIndexChanged.connect(self._picked)

    def tag(self) -> str | None:
        return self.currentData()

    def reload(self) -> None:
        QueryOp(self._host, lambda book: [tag.name for tag in book.tags.list()],
                parent=self).success(self._fill).run_in_background()

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(*TAG_TABLES):
            self.reload()

    def _fill(self, names: list[str]) -> None:
        current = self.tag()
        self._loading = True
        self.clear()
        self.addItem(self.tr("All tags"), None)
        for name in names:
            self.addItem(name, name)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self._loading = False
        if current is not None and index < 0:
            self.changed.emit()  # the chosen tag is gone: the list shows everything now

    def _picked(self, _index: int) -> None:
        if not self._loading:
            self.changed.emit()
