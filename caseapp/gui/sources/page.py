# SPDX-License-Identifier: GPL-3.0-or-later
"""The Sources page: articles and documents, their texts, and what they are cited for."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from caseapp.domain import records

from caseapp.gui.common.list_detail_page import ListDetailPage
from caseapp.gui.common.page import PageHost
from caseapp.gui.sources.citation_dialog import CitationDialog
from caseapp.gui.sources.detail_pane import SourceDetailPane
from caseapp.gui.sources.list_view import SourceListView
from caseapp.gui.sources.source_dialog import SourceDialog


class SourcesPage(ListDetailPage):
    """A ``Page`` (gui/common/page.py): ``list_view``, ``detail`` and ``new_button``."""

    RECORD = records.Source
    detail: SourceDetailPane

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(host, SourceListView(host), SourceDetailPane(host), parent)
        self.setObjectName("sourcesPage")
        self.new_button = self.add_new_button(
            self.tr("&New Source…"), self.tr("Add an article or document by hand (Ctrl+N)"))
        self.detail.edit_requested.connect(self.edit_record)
        self.detail.cite_requested.connect(self.cite)
        self.detail.message.connect(self.message)

    def title(self) -> str:
        return self.tr("Sources")

    def new_record(self) -> SourceDialog:
        return self.open_dialog(SourceDialog(self.host, parent=self), self.select_created)

    def edit_record(self, record_id: int) -> SourceDialog:
        return self.open_dialog(SourceDialog(self.host, source_id=record_id, parent=self))

    def cite(self, source_id: int) -> None:
        self.open_dialog(CitationDialog(self.host, source_id=source_id, parent=self))

    def record_name(self, record_id: int) -> str:
        row = self.listed_row(record_id)
        return f"“{row.title or row.url}”" if row is not None else self.tr("the source")
