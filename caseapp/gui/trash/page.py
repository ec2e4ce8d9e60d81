# SPDX-License-Identifier: GPL-3.0-or-later
"""The Trash page: what was deleted, with Restore (undoable) and Delete for Good.

Deleting anywhere in caseapp only moves a record here, so nothing is lost when the
window closes. Purging is the one thing that cannot be undone; the page asks first
and says so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.domain.changes import Changes
from caseapp.domain.views import TrashRow

from caseapp.gui.common.page import PageHost
from caseapp.gui.common.stale import ReloadsWhenShown
from caseapp.gui.common.tables import read_only_table
from caseapp.gui.ops import CasebookOp, QueryOp
from caseapp.gui.trash.model import SORT_ROLE, Column, TrashModel


class TrashPage(ReloadsWhenShown):
    """A ``Page``. Attributes: ``model`` (all trashed rows), ``proxy`` (sorted and
    filtered), ``table``, ``search`` and the three buttons."""

    message = Signal(str)
    loaded = Signal()

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashPage")
        self.host = host
        self.model = TrashModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        self.table.sortByColumn(Column.DELETED, Qt.SortOrder.DescendingOrder)
        self._update_buttons()

    # -- building

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter the trash…"))
        self.search.setAccessibleName(self.tr("Filter the trash"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        self.table = self._make_table()
        note = QLabel(self.tr("Deleted records wait here. Restore brings one back with its "
                              "links; Delete for Good removes it and cannot be undone."), self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(self._buttons())

    def _make_table(self) -> QTableView:
        table = read_only_table(self, self.proxy, self.tr("Records in the trash"))
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(True)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.LABEL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.DELETED, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        table.doubleClicked.connect(lambda _index: self.restore_selected())
        return table

    def _buttons(self) -> QHBoxLayout:
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setToolTip(self.tr("Bring the selected records back (Undo reverses "
                                               "this)"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("Delete for &Good…"), self)
        self.purge_button.setToolTip(self.tr("Remove the selected records; this cannot be "
                                             "undone"))
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button = QPushButton(self.tr("&Empty Trash…"), self)
        self.empty_button.clicked.connect(self.empty_trash)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.purge_button)
        row.addWidget(self.empty_button)
        return row

    # -- Page

    def title(self) -> str:
        return self.tr("Trash")

    def reload(self) -> None:
        self.loaded_now()
        QueryOp(self.host, lambda book: book.trash.list(), parent=self).success(
            self._show_rows).run_in_background()

    def clear(self) -> None:
        self._show_rows([])

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_record(self, record_id: int) -> None:
        """Trashed records are not opened, only restored or purged."""

    def new_record(self) -> None:
        self.message.emit(self.tr("Nothing can be added to the trash; delete a record instead."))

    def delete_current(self) -> None:
        self.purge_selected()

    def save_state(self) -> dict[str, Any]:
        return {"header": self.table.horizontalHeader().saveState()}

    def restore_state(self, state: dict[str, Any]) -> None:
        header = state.get("header")
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)

    # -- commands

    def selected_rows(self) -> list[TrashRow]:
        rows = (self.model.row_at(self.proxy.mapToSource(index).row())
                for index in self.table.selectionModel().selectedRows())
        return [row for row in rows if row is not None]

    def restore_selected(self) -> None:
        targets = [(row.table, row.id) for row in self.selected_rows()]
        if not targets:
            return
        CasebookOp(self.host, lambda book: book.trash.restore_all(targets), parent=self,
                   origin=self).success(lambda _changes: self.message.emit(self.tr(
                       "Restored %n record(s) from the trash (Undo reverses this).", "",
                       len(targets)))).run_in_background()

    def purge_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not self._confirm(self.tr(
                "Delete %n record(s) for good?", "", len(rows)), self.tr("Delete for Good")):
            return
        uids = [row.uid for row in rows]
        self._purge(lambda book: _purged(book, uids))

    def empty_trash(self) -> None:
        count = self.model.rowCount()
        if not count or not self._confirm(self.tr(
                "Delete everything in the trash (%n record(s)) for good?", "", count),
                self.tr("Empty Trash")):
            return
        self._purge(lambda book: _purged(book, None))

    def _purge(self, purge: Any) -> None:
        CasebookOp(self.host, purge, parent=self, origin=self).success(
            self._after_purge).run_in_background()

    def _after_purge(self, result: tuple[int, int, Changes]) -> None:
        count, backups, _changes = result
        self.message.emit(self.tr("Deleted %n record(s) for good.", "", count))
        if backups and self._ask_replace_backups(backups):
            QueryOp(self.host, lambda book: book.backups.replace_with_fresh(),
                    parent=self).success(lambda done: self.message.emit(self.tr(
                        "Replaced %n older backup(s) with one fresh backup.", "", done[1]))
                    ).run_in_background()

    def _ask_replace_backups(self, backups: int) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Older Backups"), self.tr(
            "%n backup(s) made before still hold the deleted records.", "", backups),
            QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr(
            "Replace them with one fresh backup made now? Anyone who gets the older backups "
            "can read the deleted records; keeping them lets you go back to an earlier state."))
        replace = box.addButton(self.tr("Replace Backups"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep Backups"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is replace

    def _confirm(self, question: str, action: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete for Good"), question,
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("This cannot be undone. The undo history is cleared "
                                       "as well."))
        purge = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is purge

    # -- showing

    def _show_rows(self, rows: list[TrashRow]) -> None:
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n record(s)", "", len(rows)))
        self._update_buttons()
        self.loaded.emit()

    def _update_buttons(self) -> None:
        selected = self.table.selectionModel().hasSelection()
        self.restore_button.setEnabled(selected)
        self.purge_button.setEnabled(selected)
        self.empty_button.setEnabled(self.model.rowCount() > 0)


def _purged(book: Any, uids: list[str] | None) -> tuple[int, int, Changes]:
    """Runs on the worker: purge, then count the backups that still hold the records."""
    count, changes = book.trash.purge(uids)
    return count, book.backups.count(), changes
