# SPDX-License-Identifier: GPL-3.0-or-later
"""Step 2 of the paste dialog: the highlighted article, the persons to decide on, the rest.

Left, the article with every finding highlighted; right, the proposals table (name,
role and decision, each editable; best match), the candidates of the selected person,
read-only lists of the dates, places and organisations, and the events, which the
volunteer corrects, drops or adds before the import uses them (``events_panel``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.gui.articles import summary_model as summary
from caseapp.gui.articles.article_view import (
    DATE,
    EVENT,
    FOCUS,
    MUTED,
    ORGANIZATION,
    PERSON,
    PLACE,
    ArticleView,
    Legend,
)
from caseapp.gui.articles.candidate_panel import CandidatePanel
from caseapp.gui.articles.delegates import ChoiceDelegate
from caseapp.gui.articles.events_model import EventsModel
from caseapp.gui.articles.events_panel import EventsPanel
from caseapp.gui.articles.labels import ARTICLE_LANGUAGES, LINK, REJECT, label
from caseapp.gui.articles.proposals_model import CANDIDATE, DECISION, ROLE, ProposalsModel
from caseapp.gui.common.formatting import format_date
from caseapp.gui.ops import OpHost

NOTICE_STYLE = ("QLabel { background: #fff4ce; color: #4a3800; border: 1px solid #e6c65c;"
                " border-radius: 4px; padding: 6px 10px; }")


class ReviewPage(QWidget):
    """Widgets: ``article``, ``proposals`` (table of ``model``), ``candidates``,
    ``tabs`` with ``summaries`` (kind → model) and ``events_panel`` (over ``events``),
    ``notice`` (shown for a duplicate), ``hint`` under the proposals.

    ``choices_changed`` fires whenever a decision, a name, a role or an event changes.
    """

    choices_changed = Signal()

    def __init__(self, host: OpHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft: Any = None
        self._focus: list[tuple[int, int]] = []
        self.notice = QLabel(self)
        self.title = QLabel(self)
        self.facts = QLabel(self)
        self.article = ArticleView(self)
        self.model = ProposalsModel(self)
        self.proposals = QTableView(self)
        self.candidates = CandidatePanel(host, self)
        self.tabs = QTabWidget(self)
        self.places = summary.PlacesModel(summary.entity_headers(), self)
        self.summaries = {
            "dates": summary.SummaryModel(summary.date_headers(), self),
            "places": self.places,
            "organizations": summary.SummaryModel(summary.entity_headers(), self),
        }
        self.events = EventsModel(self.person_names, self.target_keys, self)
        self.events_panel = EventsPanel(host, self.events, self.person_choices,
                                        self.article_selection, self)
        self.hint = QLabel(self)
        self._summary_views: dict[str, QTableView] = {}
        self._set_up_labels()
        self._set_up_proposals()
        self._set_up_summaries()
        self._lay_out()

    # -- building

    def _set_up_labels(self) -> None:
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("Duplicate article"))
        self.notice.setVisible(False)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Article title"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setWordWrap(True)
        self.facts.setAccessibleName(self.tr("What the article contains"))
        self.article.setAccessibleName(self.tr("Article with highlighted findings"))
        self.article.setTabChangesFocus(True)

    def _set_up_proposals(self) -> None:
        table = self.proposals
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Persons found in the article"))
        table.setItemDelegateForColumn(DECISION, ChoiceDelegate(self.tr("Decision"), table))
        table.setItemDelegateForColumn(ROLE, ChoiceDelegate(self.tr("Role"), table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.SelectedClicked)
        table.setTabKeyNavigation(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        compact_rows(table)
        table.setAlternatingRowColors(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CANDIDATE, QHeaderView.ResizeMode.Stretch)
        table.selectionModel().selectionChanged.connect(self._on_proposal_selected)
        self.model.dataChanged.connect(self._on_choice_changed)
        self.candidates.link_requested.connect(self._link_selected)
        self.candidates.decision_requested.connect(self._decide_selected)

    def _set_up_summaries(self) -> None:
        names = self._summary_names()
        for kind, model in self.summaries.items():
            view = QTableView(self.tabs)
            view.setModel(model)
            view.setAccessibleName(names[kind])
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setTabKeyNavigation(False)
            compact_rows(view)
            view.setWordWrap(False)
            view.horizontalHeader().setStretchLastSection(True)
            view.selectionModel().currentRowChanged.connect(
                lambda current, _previous, view=view: self._focus_row(view, current))
            self._summary_views[kind] = view
            self.tabs.addTab(view, names[kind])
        places = self._summary_views["places"]
        places.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                               | QAbstractItemView.EditTrigger.EditKeyPressed)
        places.setToolTip(self.tr("Double-click a place to correct its name in every event"))
        self.places.renamed.connect(self._rename_place)
        self.tabs.addTab(self.events_panel, names["events"])
        self.events_panel.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._focus_row(self.events_panel.view, current))
        self.events_panel.changed.connect(self._on_events_changed)
        self.tabs.setAccessibleName(self.tr("Other findings"))

    def _lay_out(self) -> None:
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(Legend(left))
        left_column.addWidget(self.article, 1)
        persons = QGroupBox(self.tr("Persons found"), self)
        persons_column = QVBoxLayout(persons)
        persons_column.addWidget(self.proposals)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        persons_column.addWidget(self.hint)
        right = QSplitter(Qt.Orientation.Vertical, self)
        for part, stretch in ((persons, 3), (self.candidates, 3), (self.tabs, 2)):
            right.addWidget(part)
            right.setStretchFactor(right.count() - 1, stretch)
        right.setChildrenCollapsible(False)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([500, 600])
        right.setSizes([260, 280, 240])
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.notice)
        column.addWidget(self.title)
        column.addWidget(self.facts)
        column.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.proposals, self.candidates.table)
        QWidget.setTabOrder(self.candidates.table, self.candidates.link_button)
        QWidget.setTabOrder(self.candidates.reject_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.article)

    # -- showing a draft

    def set_draft(self, draft: Any) -> None:
        self.draft = draft
        self._focus = []
        extraction = draft.extraction
        self.article.set_article(draft.text)
        self.model.set_proposals(draft.persons)
        self.summaries["dates"].set_rows(summary.rows_for_dates(extraction.dates))
        self.summaries["places"].set_rows(summary.rows_for_entities(extraction.places))
        self.summaries["organizations"].set_rows(
            summary.rows_for_entities(extraction.organizations))
        self.events.set_events(extraction.events)
        for kind in self.summaries:
            self._summary_views[kind].resizeColumnsToContents()
        self.events_panel.view.resizeColumnsToContents()
        self._update_tab_titles()
        self._show_notice(draft)
        self.title.setText(draft.title)
        self.facts.setText(self._facts(draft))
        self.candidates.show_proposal(None, None)
        self._show_hint()
        self._refresh_highlights()
        if self.model.rowCount():
            self.proposals.selectRow(0)

    def is_duplicate(self) -> bool:
        return self.draft is not None and self.draft.duplicate_source_id is not None

    def selected_row(self) -> int | None:
        rows = self.proposals.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _summary_names(self) -> dict[str, str]:
        return {"dates": self.tr("Dates"), "places": self.tr("Places"),
                "organizations": self.tr("Organisations"), "events": self.tr("Events")}

    def _update_tab_titles(self) -> None:
        counts = {kind: model.rowCount() for kind, model in self.summaries.items()}
        counts["events"] = self.events.rowCount()
        for index, (kind, count) in enumerate(counts.items()):
            self.tabs.setTabText(index, self.tr("{name} ({count})").format(
                name=self._summary_names()[kind], count=count))

    def _show_notice(self, draft: Any) -> None:
        duplicate = draft.duplicate_source_id is not None
        self.notice.setVisible(duplicate)
        self.notice.setText(self.tr(
            "This article is already in the database (the same text was imported before). "
            "Importing it again would create nothing new, so Import is switched off.")
            if duplicate else "")

    def _facts(self, draft: Any) -> str:
        extraction = draft.extraction
        parts = [self.tr("Language: {language}").format(
            language=label(ARTICLE_LANGUAGES, draft.language))]
        if draft.published:
            parts.append(self.tr("published {date}").format(date=format_date(draft.published)))
        else:
            parts.append(self.tr("no publication date: dates without a year and words such "
                                 "as “yesterday” are left out"))
        parts.append(self.tr("persons: {count}").format(count=len(draft.persons)))
        parts.append(self.tr("dates: {count}").format(count=len(extraction.dates)))
        parts.append(self.tr("events: {count}").format(count=len(extraction.events)))
        if self.events.to_check():
            parts.append(self.tr("dates to check: {count}").format(count=self.events.to_check()))
        warnings = " ".join(getattr(extraction, "warnings", []) or [])
        return " · ".join(parts) + (f"\n{warnings}" if warnings else "")

    # -- interaction

    def _on_proposal_selected(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        row = self.selected_row()
        if row is None:
            self.candidates.show_proposal(None, None)
            return
        proposal = self.model.proposals[row]
        self.candidates.show_proposal(proposal, self.model.choices[row])
        self._focus = [(m.start, m.end) for m in proposal.mentions]
        self._refresh_highlights()

    def _on_choice_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex) -> None:
        if top_left.row() == self.selected_row():
            self.candidates.update_choice(self.model.choices[top_left.row()])
        self.events.persons_changed()
        self._refresh_highlights()
        self._show_hint()
        self.choices_changed.emit()

    def _on_events_changed(self) -> None:
        self._update_tab_titles()
        if self.draft is not None:
            self.facts.setText(self._facts(self.draft))
        self._refresh_highlights()
        self.choices_changed.emit()

    def _rename_place(self, old: str, new: str) -> None:
        if self.events.rename_place(old, new):
            self._on_events_changed()

    def _show_hint(self) -> None:
        text = self.tr("Double-click a name to correct it, or a role or a decision to change it.")
        waiting = self.model.to_confirm()
        if waiting:
            text += " " + self.tr("Yellow rows ({count}): a link proposed for a close match in "
                                  "the database; check each and confirm or change it.").format(
                count=waiting)
        self.hint.setText(text)

    # -- what the events panel asks

    def person_names(self) -> dict[str, str]:
        """Each person's key → the name as the volunteer corrected it."""
        return {p.key: c.name for p, c in zip(self.model.proposals, self.model.choices,
                                              strict=True)}

    def target_keys(self) -> set[str]:
        """Keys of the accepted persons on the target side (role "detainee")."""
        return {p.key for p, c in zip(self.model.proposals, self.model.choices, strict=True)
                if c.target and c.decision != REJECT}

    def person_choices(self) -> list[tuple[str, str]]:
        return list(self.person_names().items())

    def article_selection(self) -> tuple[int, int]:
        """The span of the words selected in the article, or (0, 0)."""
        selected = self.article.textCursor().selectedText().replace("\u2029", "\n").strip()
        start = self.draft.text.find(selected) if self.draft is not None and selected else -1
        return (start, start + len(selected)) if start >= 0 else (0, 0)

    def _link_selected(self, uid: str) -> None:
        row = self.selected_row()
        if row is not None:
            self.model.set_decision(row, LINK, uid)

    def _decide_selected(self, decision: str) -> None:
        row = self.selected_row()
        if row is not None:
            self.model.set_decision(row, decision)

    def _focus_row(self, _view: QTableView, current: QModelIndex) -> None:
        spans = current.data(summary.SPANS_ROLE) if current.isValid() else None
        if spans:
            self._focus = list(spans)
            self._refresh_highlights()

    def _refresh_highlights(self) -> None:
        if self.draft is None:
            return
        extraction = self.draft.extraction
        layers: dict[str, list[tuple[int, int]]] = {
            EVENT: [(e.quote_start, e.quote_end) for e in self.events.events],
            PLACE: _mention_spans(extraction.places),
            ORGANIZATION: _mention_spans(extraction.organizations),
            DATE: [(d.start, d.end) for d in extraction.dates],
            PERSON: [], MUTED: [], FOCUS: self._focus}
        for proposal, choice in zip(self.model.proposals, self.model.choices, strict=True):
            kind = MUTED if choice.decision == REJECT else PERSON
            layers[kind].extend((m.start, m.end) for m in proposal.mentions)
        self.article.set_highlights(layers)


def compact_rows(view: QTableView) -> None:
    """Rows one line of text high, without a row-number column."""
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)


def _mention_spans(entities: list[Any]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for entity in entities for m in entity.mentions]
