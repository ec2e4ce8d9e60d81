# SPDX-License-Identifier: GPL-3.0-or-later
"""The panel beside the proposals: ranked candidates, a card about each, and the decision buttons.

Selecting a candidate reads its details in the background (``persons.details``);
a reply for a candidate that is no longer selected is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from caseapp import i18n

from caseapp.gui.articles.candidate_details import CandidateCard
from caseapp.gui.articles.candidates_model import REASON, UID_ROLE, CandidatesModel
from caseapp.gui.articles.labels import LINK, NEW, REJECT
from caseapp.gui.articles.proposals_model import Choice
from caseapp.gui.ops import OpHost, QueryOp


class CandidatePanel(QGroupBox):
    """Signals: ``link_requested(uid)`` and ``decision_requested("new" | "reject")``."""

    link_requested = Signal(str)
    decision_requested = Signal(str)

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._generation = 0
        self._confirming = False  #: the row's link was proposed and waits for a check
        self._candidates: list[Any] = []
        self.model = CandidatesModel(self)
        self.table = QTableView(self)
        self.card = QTextBrowser(self)
        self.link_button = QPushButton(self.tr("&Link to This Person"), self)
        self.new_button = QPushButton(self.tr("Create &New"), self)
        self.reject_button = QPushButton(self.tr("&Reject"), self)
        self._card = CandidateCard(self.palette().color(QPalette.ColorRole.PlaceholderText).name(),
                                   self)
        self._set_up()
        self.show_proposal(None, None)

    def _set_up(self) -> None:
        self.setTitle(self.tr("Who is this in the database?"))
        self.setAccessibleName(self.tr("Possible matches"))
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Possible matches in the database"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_candidate_selected)
        self.table.doubleClicked.connect(lambda _index: self._link())
        self.card.setAccessibleName(self.tr("Details of the selected match"))
        self.card.setOpenLinks(False)
        self.card.document().setIndentWidth(self.fontMetrics().averageCharWidth() * 2)
        self.link_button.setToolTip(self.tr("Add this spelling to the selected record"))
        self.link_button.clicked.connect(self._link)
        self.new_button.setToolTip(self.tr("Create a new person with this name"))
        self.new_button.clicked.connect(lambda: self.decision_requested.emit(NEW))
        self.reject_button.setToolTip(self.tr("Do not import this name"))
        self.reject_button.clicked.connect(lambda: self.decision_requested.emit(REJECT))
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 280])
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.reject_button)
        column = QVBoxLayout(self)
        column.addWidget(splitter, 1)
        column.addLayout(buttons)

    def show_proposal(self, proposal: Any | None, choice: Choice | None) -> None:
        """Fill the panel for one proposal (None: nothing selected)."""
        self._candidates = list(proposal.candidates) if proposal else []
        self.setTitle(self.tr("Who is “{name}” in the database?").format(name=choice.name)
                      if choice else self.tr("Who is this in the database?"))
        linked = choice.link_uid if choice and choice.decision == LINK else None
        self.model.set_candidates(self._candidates, linked)
        for button in (self.new_button, self.reject_button):
            button.setEnabled(proposal is not None)
        self._update_buttons(choice)
        if self._candidates:
            uids = [c.uid for c in self._candidates]
            self.table.selectRow(uids.index(linked) if linked in uids else 0)
        else:
            self._generation += 1
            self.card.setHtml(self._card.placeholder(
                self.tr("Select a person on the left.") if proposal is None else self.tr(
                    "Nobody in the database has a similar name: this person will be "
                    "created new unless you reject the name.")))

    def update_choice(self, choice: Choice) -> None:
        self.setTitle(self.tr("Who is “{name}” in the database?").format(name=choice.name))
        self.model.set_linked(choice.link_uid if choice.decision == LINK else None)
        self._update_buttons(choice)

    def drop_pending(self) -> None:
        """Ignore replies still on their way (the dialog is closing)."""
        self._generation += 1

    def selected_uid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(UID_ROLE) if rows else None

    def _update_buttons(self, choice: Choice | None) -> None:
        self._confirming = choice is not None and choice.confirm
        self._link_enabled()
        self.new_button.setEnabled(choice is not None and choice.decision != NEW)
        self.reject_button.setEnabled(choice is not None and choice.decision != REJECT)

    def _link(self) -> None:
        uid = self.selected_uid()
        if uid is not None:
            self.link_requested.emit(uid)

    def _link_enabled(self) -> None:
        """Link is on for a candidate not linked yet, and for a proposed link (it confirms)."""
        uid = self.selected_uid()
        self.link_button.setEnabled(uid is not None and (
            uid != self.model.linked_uid or self._confirming))

    def _on_candidate_selected(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        uid = self.selected_uid()
        self._link_enabled()
        self._generation += 1
        if uid is None:
            return
        generation = self._generation
        candidate = next(c for c in self._candidates if c.uid == uid)
        language = i18n.current_language()
        self.card.setHtml(self._card.placeholder(self.tr("Reading…")))
        QueryOp(self._host, lambda book: book.persons.details(
            book.persons.resolve(uid), language=language), parent=self).success(
            lambda details: self._show_card(generation, details, candidate)).failure(
            lambda exc: self._card_failed(generation, exc)).run_in_background()

    def _show_card(self, generation: int, details: Any, candidate: Any) -> None:
        if generation == self._generation:
            self.card.setHtml(self._card.render(details, candidate))

    def _card_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.card.setHtml(self._card.placeholder(str(exc)))
