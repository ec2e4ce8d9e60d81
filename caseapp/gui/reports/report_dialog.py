# SPDX-License-Identifier: GPL-3.0-or-later
"""Tools ▸ Reports: choose a dossier, brief or hearing schedule and write it as PDF.

The PDF is written on the database worker with a delayed progress dialog whose Cancel
stops the core between pages; then the dialog closes and offers to open the file.
A problem with a choice is shown next to that choice, never as a traceback.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from caseapp.core import settings as preferences
from caseapp.domain.errors import Cancelled, CaseAppError, Invalid

from caseapp.gui.common.errors import show_error
from caseapp.gui.common.forms import BaseDialog
from caseapp.gui.common.page import PageHost
from caseapp.gui.ops import QueryOp
from caseapp.gui.reports.brief_scope import BriefScope
from caseapp.gui.reports.person_chooser import PersonChooser
from caseapp.gui.reports.request import (
    BRIEF,
    DOSSIER,
    HEARINGS,
    ReportRequest,
    suggested_name,
    write_report,
)
from caseapp.gui.settings.dialog import LANGUAGE_NAMES

MAX_DAYS = 366


class ReportDialog(BaseDialog):
    """Attributes: ``kind`` (report type), ``person`` (PersonChooser), ``scope``
    (BriefScope), ``days``, ``language``, ``public``, ``output``; ``result_value`` is
    the written PDF's path once accepted."""

    host: PageHost

    def __init__(self, host: PageHost, parent: QWidget | None = None, *,
                 selected_person_ids: list[int] | tuple[int, ...] = ()) -> None:
        super().__init__(host, self.tr("Reports"), parent)
        self._prefs = preferences.load()
        self._output_edited = False
        self._writing = False
        self._build(list(selected_person_ids))
        self.finish_layout()
        self.write_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.write_button.setText(self.tr("&Write PDF"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.person.chosen.connect(lambda _pk: self._suggest_output())
        self._kind_changed()
        self.person.load()
        self.scope.load()

    def _build(self, selected: list[int]) -> None:
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Dossier of one person"), DOSSIER)
        self.kind.addItem(self.tr("Brief on several persons"), BRIEF)
        self.kind.addItem(self.tr("Hearing schedule"), HEARINGS)
        self.add_field(self.tr("Re&port:"), self.kind, "kind")
        self.person = PersonChooser(self.host, selected, self)
        self.add_field(self.tr("P&erson:"), self.person, "person")
        self.person.search.setAccessibleName(self.tr("Person"))
        self.scope = BriefScope(self.host, selected, self)
        self.add_field(self.tr("P&ersons:"), self.scope, "scope")
        self.days = QSpinBox(self)
        self.days.setRange(0, MAX_DAYS)
        self.days.setValue(14)
        self.days.setSuffix(self.tr(" days from today"))
        self.add_field(self.tr("&Period:"), self.days, "days")
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self._prefs.report_language), 0))
        self.add_field(self.tr("&Language:"), self.language, "language")
        self.public = QCheckBox(self.tr("For &public distribution"), self)
        self.add_field(self.tr("Redaction:"), self.public, "public")
        hint = QLabel(self.tr("A public copy leaves out relatives, contacts, addresses, birth "
                              "dates, private notes and volunteers' names."), self)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.public.setToolTip(hint.text())
        self.form.addRow("", hint)
        self.output = QLineEdit(self)
        self.output.textEdited.connect(lambda _text: setattr(self, "_output_edited", True))
        self.browse_button = QPushButton(self.tr("C&hoose…"), self)
        self.browse_button.setAccessibleName(self.tr("Choose the PDF file"))
        self.browse_button.clicked.connect(self._choose_output)
        self.add_field(self.tr("&Save as:"), self.beside(self.output, self.browse_button), "out")
        self.output.setAccessibleName(self.tr("PDF file"))

    # -- behaviour

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for widget, shown in ((self.person, kind == DOSSIER), (self.scope, kind == BRIEF),
                              (self.days, kind == HEARINGS)):
            row = widget.parentWidget()  # the field's container (see add_field)
            if row is not None:
                self.form.setRowVisible(row, shown)
        self.clear_errors()
        self._suggest_output()

    def _suggest_output(self) -> None:
        if self._output_edited:
            return
        kind = self.kind.currentData()
        person = self.person.person_name() if kind == DOSSIER else ""
        self.output.setText(str(_documents() / suggested_name(kind, person)))

    def _choose_output(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the Report As"), self.output.text(),
            self.tr("PDF documents (*.pdf)"))
        if chosen:
            self.output.setText(chosen)
            self._output_edited = True

    def request(self) -> ReportRequest:
        """The choices as a checked request; raises Invalid naming the field."""
        return ReportRequest(
            kind=self.kind.currentData(), out=Path(self.output.text().strip()),
            language=self.language.currentData(), public=self.public.isChecked(),
            organisation=self._prefs.organisation, person_id=self.person.person_id(),
            scope=self.scope.scope(), tag=self.scope.tag(), status=self.scope.status(),
            person_ids=tuple(self.scope.selected_ids), days=self.days.value()).validated()

    def save(self) -> None:
        """Write the PDF in the background; the dialog stays open until it is written."""
        self.clear_errors()
        try:
            request = self.request()
        except Invalid as exc:
            self.show_invalid(exc)
            return
        self.write_button.setEnabled(False)
        self._writing = True
        QueryOp(self.host, lambda book, job: write_report(
            book, request, progress=job.report, abort=job.abort), parent=self).with_progress(
            self.tr("Writing the report…")).success(self._written).failure(
            self._report_failed).run_in_background()

    def reject(self) -> None:
        """Escape and Cancel wait while the PDF is written; the progress dialog cancels it."""
        if not self._writing:
            super().reject()

    def _written(self, path: Path) -> None:
        self._writing = False
        self.write_button.setEnabled(True)
        self.result_value = path
        self.host.show_message(self.tr("Wrote {path}").format(path=path))
        self.accept()
        self.offer_to_open(path)

    def _report_failed(self, exc: BaseException) -> None:
        self._writing = False
        self.write_button.setEnabled(True)
        if isinstance(exc, Cancelled):
            return
        if isinstance(exc, Invalid) and exc.field:
            self.show_invalid(exc)
        elif isinstance(exc, CaseAppError):
            self.show_invalid(Invalid(str(exc)))
        else:
            show_error(self, exc)

    def offer_to_open(self, path: Path) -> None:
        """Ask whether to open the PDF now (tests replace this)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Report Written"),
                          self.tr("The report is saved as {path}.").format(path=path),
                          QMessageBox.StandardButton.Close, self.parentWidget())
        open_button = box.addButton(self.tr("&Open PDF"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(open_button)
        box.finished.connect(lambda _result: box.clickedButton() is open_button
                             and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        box.open()


def _documents() -> Path:
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    path = Path(folder) if folder else Path.home()
    return path if path.is_dir() else Path.home()
