# SPDX-License-Identifier: GPL-3.0-or-later
"""The source editor: an article, court paper or statement, with its full text.

The full text is what citations quote from. A text already stored as another source
is refused (the core recognises it by a hash of the normalised text), so the same
article pasted twice does not split its citations between two sources.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from caseapp.core.sources import content_hash
from caseapp.domain import records
from caseapp.domain.enums import SourceKind
from caseapp.domain.errors import Invalid
from caseapp.domain.validation import validate

from caseapp.gui.common.fields import EnumCombo, PartialDateEdit
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.custody.form_parts import add_fields, set_tab_order, text_box, widen

TEXT_LINES = 12


class SourceDialog(BaseDialog):
    """Add a source or edit ``source_id``; ``result_value`` is (Source, Changes) after
    adding, Changes after editing."""

    def __init__(self, host, *, source_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        title = (QCoreApplication.translate("SourceDialog", "New Source") if source_id is None
                 else QCoreApplication.translate("SourceDialog", "Edit Source"))
        super().__init__(host, title, parent)
        self.source_id = source_id
        self._build()
        if source_id is not None:
            self._load(host.casebook.get(records.Source, source_id))

    def _build(self) -> None:
        self.kind = EnumCombo(SourceKind, self)
        self.kind.set_value(records.Source().kind)
        self.title_edit = QLineEdit(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…")
        self.publisher = QLineEdit(self)
        self.language = self._language_combo()
        self.published = PartialDateEdit("published", self)
        self.full_text = text_box(self, lines=TEXT_LINES)
        self.full_text.setPlaceholderText(self.tr("Paste the text of the article or document"))
        widgets = add_fields(self, [
            (self.tr("&Kind:"), self.kind, "kind"), (self.tr("&Title:"), self.title_edit, "title"),
            (self.tr("&URL:"), self.url, "url"),
            (self.tr("&Publisher:"), self.publisher, "publisher"),
            (self.tr("&Language:"), self.language, "language"),
            (self.tr("P&ublished:"), self.published, "published"),
            (self.tr("&Full text:"), self.full_text, "full_text")])
        self.finish_layout()
        widen(self, 76)
        set_tab_order(widgets, self.buttons)

    def _language_combo(self) -> QComboBox:
        combo = QComboBox(self)
        for code, name in (("", self.tr("(not known)")), ("kk", self.tr("Kazakh")),
                           ("ru", self.tr("Russian")), ("en", self.tr("English"))):
            combo.addItem(name, code)
        return combo

    def _set_language(self, code: str) -> None:
        if self.language.findData(code) < 0:
            self.language.addItem(code, code)
        self.language.setCurrentIndex(self.language.findData(code))

    def _load(self, source: records.Source) -> None:
        self.kind.set_value(source.kind)
        self.title_edit.setText(source.title)
        self.url.setText(source.url)
        self.publisher.setText(source.publisher)
        self._set_language(source.language)
        self.published.set_value(source.published)
        self.full_text.setPlainText(source.full_text)

    def values(self) -> dict[str, Any]:
        return {"kind": self.kind.value(), "title": self.title_edit.text().strip(),
                "url": self.url.text().strip(), "publisher": self.publisher.text().strip(),
                "language": self.language.currentData() or "",
                "published": self.published.value(),
                "full_text": self.full_text.toPlainText().strip()}

    def command(self) -> Callable:
        values = self.values()
        text = values["full_text"]
        values["content_hash"] = content_hash(text) if text else ""
        validate(records.Source(**values))
        self._refuse_duplicate(values["content_hash"])
        if self.source_id is None:
            source = records.Source(**values)
            return lambda book: book.sources.add(source)
        pk = self.source_id
        return lambda book: book.sources.edit(pk, **values)

    def _refuse_duplicate(self, digest: str) -> None:
        """A quick read on the main thread: one indexed lookup."""
        if not digest:
            return
        existing = self.host.casebook.sources.find_by_hash(digest)
        if existing is not None and existing != self.source_id:
            raise Invalid(self.tr("This text is already stored as another source"),
                          field="full_text")
