# SPDX-License-Identifier: GPL-3.0-or-later
"""Export… on every list: the records the list shows, as CSV, XLSX or JSON.

The dialog takes the list's current query (search text, filters, sort) when it opens,
so the file holds what the volunteer sees. "For public distribution" leaves out what
the reports' public option leaves out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QLineEdit, QPushButton, QWidget

from caseapp.domain.errors import Invalid

from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.ops import OpHost, QueryOp

# The formats offered, the first chosen at first.
FORMATS = ("xlsx", "csv", "json")


class ExportDialog(BaseDialog):
    """Attributes: ``format`` (combo), ``public`` (checkbox), ``output`` (path);
    ``result_value`` is the number of records written once accepted."""

    ASK_BEFORE_DISCARD = False

    def __init__(self, host: OpHost, entity: str, query: Any, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(host, self.tr("Export {list}").format(list=title), parent)
        self.entity, self.query = entity, query
        self.format = QComboBox(self)
        for fmt, label in zip(FORMATS, (self.tr("Excel workbook (.xlsx)"),
                                        self.tr("CSV, UTF-8 (.csv)"), self.tr("JSON (.json)")),
                              strict=True):
            self.format.addItem(label, fmt)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.add_field(self.tr("&Format:"), self.format, "format")
        self.public = QCheckBox(self.tr("For &public distribution (no private notes, contacts, "
                                        "birth dates or relatives)"), self)
        self.add_field("", self.public, "public")
        self.output = QLineEdit(str(Path.home() / f"{entity}.xlsx"), self)
        choose = QPushButton(self.tr("C&hoose…"), self)
        choose.clicked.connect(self._choose_output)
        self.add_field(self.tr("&Save as:"), self.beside(self.output, choose), "output")
        self.output.setAccessibleName(self.tr("Save as"))
        self.finish_layout()

    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def _format_changed(self) -> None:
        path = Path(self.output.text().strip() or self.entity)
        self.output.setText(str(path.with_suffix("." + self.chosen_format())))

    def _choose_output(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.output.text(),
            self.tr("Files (*.{ext})").format(ext=self.chosen_format()))
        if chosen:
            self.output.setText(chosen)

    def _out(self) -> Path:
        text = self.output.text().strip()
        if not text or not Path(text).expanduser().is_absolute():
            raise Invalid(self.tr("Give the full path of the file to write"), field="output")
        return Path(text).expanduser()

    def save(self) -> None:
        """Write the file in the background; the dialog closes when it is written."""
        self.clear_errors()
        try:
            out = self._out()
        except Invalid as exc:
            self.show_invalid(exc)
            return
        entity, query, fmt, public = (self.entity, self.query, self.chosen_format(),
                                      self.public.isChecked())
        QueryOp(self.host, lambda book: book.exports.write(entity, out, fmt, query,
                                                           public=public),
                parent=self).success(lambda count: self._written(count, out)).failure(
            self._failed).run_in_background()

    def _written(self, count: int, out: Path) -> None:
        self.result_value = count
        show_message = getattr(self.host, "show_message", None)
        if show_message is not None:
            show_message(self.tr("Wrote {count} records to {path}").format(count=count, path=out))
        self.accept()
