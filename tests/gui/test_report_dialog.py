# SPDX-License-Identifier: GPL-3.0-or-later
"""The report dialog: PDFs written through the background op, choices checked per field."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from caseapp.core import settings as preferences
from caseapp.domain.errors import Cancelled

from caseapp.gui import dialogs
from caseapp.gui.reports import request as report_request
from caseapp.gui.reports.report_dialog import ReportDialog
from caseapp.gui.reports.request import BRIEF, DOSSIER, HEARINGS, ReportRequest


@pytest.fixture
def offered(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """PDFs the dialog offered to open, instead of a message box."""
    paths: list[Path] = []
    monkeypatch.setattr(ReportDialog, "offer_to_open", lambda self, path: paths.append(path))
    return paths


def make_dialog(qtbot, window, selected=()) -> ReportDialog:
    dialog = ReportDialog(window, window, selected_person_ids=list(selected))
    qtbot.addWidget(dialog)
    return dialog


def choose(dialog: ReportDialog, kind: str) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_dossier_of_the_selected_person_is_written_and_offered(qtbot, window, people, tmp_path,
                                                               offered):
    dialog = make_dialog(qtbot, window, [people["erlan"]])
    assert dialog.person.person_id() == people["erlan"]
    assert "dossier" in Path(dialog.output.text()).name
    dialog.output.setText(str(tmp_path / "erlan"))
    dialog.write_button.click()
    written = tmp_path / "erlan.pdf"
    assert written.exists() and offered == [written]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "Қуанышбаев" in text_of(written)
    assert "Wrote" in window.statusBar().currentMessage()


def test_searching_chooses_another_person(qtbot, window, people, tmp_path, offered):
    dialog = make_dialog(qtbot, window)
    dialog.person.search.setText("Kim")
    dialog.person.run_search()
    assert dialog.person.person_id() == people["boris"]
    dialog.output.setText(str(tmp_path / "boris.pdf"))
    dialog.save()
    assert "Борис Ким" in text_of(tmp_path / "boris.pdf")


def test_a_dossier_needs_a_person(qtbot, window, tmp_path, offered):
    dialog = make_dialog(qtbot, window)
    dialog.person.search.setText("nobody at all")
    dialog.person.run_search()
    dialog.output.setText(str(tmp_path / "none.pdf"))
    dialog.save()
    assert "Choose the person" in dialog._errors["person"].text()
    assert offered == [] and not (tmp_path / "none.pdf").exists()


def test_brief_by_status_and_the_report_language_default(qtbot, window, tmp_path, offered):
    preferences.save(preferences.Settings(report_language="ru", organisation="Freedom Watch"))
    dialog = make_dialog(qtbot, window)
    assert dialog.language.currentData() == "ru"
    choose(dialog, BRIEF)
    assert dialog.scope.isVisibleTo(dialog) and not dialog.person.isVisibleTo(dialog)
    assert not dialog.scope.by_selection.isEnabled()
    dialog.scope.statuses.set_value("detained")
    dialog.scope.by_status.setChecked(True)
    dialog.output.setText(str(tmp_path / "brief.pdf"))
    dialog.save()
    assert offered == [tmp_path / "brief.pdf"]
    assert "Қуанышбаев" in text_of(offered[0])


def test_a_brief_on_nobody_is_explained_in_the_dialog(qtbot, window, tmp_path, offered):
    dialog = make_dialog(qtbot, window)
    choose(dialog, BRIEF)
    dialog.scope.statuses.set_value("deceased")
    dialog.scope.by_status.setChecked(True)
    dialog.output.setText(str(tmp_path / "empty.pdf"))
    dialog.save()
    assert "No persons match" in dialog.general_error.text()
    assert dialog.write_button.isEnabled() and offered == []


def test_hearing_schedule_for_a_week(qtbot, window, tmp_path, offered):
    dialog = make_dialog(qtbot, window)
    choose(dialog, HEARINGS)
    assert dialog.days.isVisibleTo(dialog)
    dialog.days.setValue(7)
    dialog.public.setChecked(True)
    dialog.output.setText(str(tmp_path / "schedule.pdf"))
    dialog.save()
    assert "Almaty City Court" in text_of(tmp_path / "schedule.pdf")


def test_output_must_be_in_an_existing_folder(qtbot, window, people, tmp_path, offered):
    dialog = make_dialog(qtbot, window, [people["erlan"]])
    dialog.output.setText(str(tmp_path / "missing" / "x.pdf"))
    dialog.save()
    assert "does not exist" in dialog._errors["out"].text()
    dialog.output.setText("")
    dialog.save()
    assert "where to save" in dialog._errors["out"].text()


def test_cancel_in_the_progress_dialog_stops_quietly(qtbot, window, people, tmp_path, offered,
                                                     monkeypatch):
    def cancelled(book, request, *, progress=None, abort=None):
        raise Cancelled("stopped")

    monkeypatch.setattr("caseapp.gui.reports.report_dialog.write_report", cancelled)
    dialog = make_dialog(qtbot, window, [people["erlan"]])
    dialog.output.setText(str(tmp_path / "x.pdf"))
    dialog.save()
    assert offered == [] and dialog.write_button.isEnabled()
    assert dialog.general_error.isHidden() and dialog.result() != dialog.DialogCode.Accepted


def test_the_core_receives_progress_and_abort(window, people, tmp_path, monkeypatch):
    seen: dict[str, object] = {}

    def dossier(person_id, out, options, *, progress=None, abort=None):
        seen.update(person=person_id, language=options.language, public=options.public,
                    abort=abort)
        return out

    monkeypatch.setattr(window.casebook.reports, "dossier", dossier)
    request = ReportRequest(DOSSIER, tmp_path / "a.pdf", language="kk", public=True,
                            person_id=people["erlan"])
    abort = threading.Event()
    report_request.write_report(window.casebook, request.validated(), abort=abort)
    assert seen == {"person": people["erlan"], "language": "kk", "public": True, "abort": abort}


def test_suggested_file_names_keep_any_script():
    name = report_request.suggested_name("dossier", "Ерлан Қуанышбаев")
    assert name.startswith("dossier-ерлан-қуанышбаев-") and name.endswith(".pdf")


def test_reports_menu_opens_the_dialog_with_the_selected_person(window, people, monkeypatch):
    monkeypatch.setattr(ReportDialog, "open", lambda self: None)
    window.persons.list_view.select_record(people["aigul"])
    dialog = dialogs.open_reports(window, window.selected_person_ids())
    assert dialog.person.person_id() == people["aigul"]
    assert dialog.scope.selected_ids == [people["aigul"]]
    dialog.close()


def test_dossier_is_written_on_the_real_worker_thread(qtbot, casebook, people, tmp_path, offered):
    from caseapp.gui.mainwindow import MainWindow
    from caseapp.gui.tasks import QtTaskRunner

    window = MainWindow(casebook, QtTaskRunner())
    qtbot.addWidget(window)
    dialog = make_dialog(qtbot, window, [people["erlan"]])
    qtbot.waitUntil(lambda: dialog.person.person_id() == people["erlan"], timeout=5000)
    dialog.output.setText(str(tmp_path / "threaded.pdf"))
    dialog.save()
    dialog.reject()  # ignored while the PDF is being written
    qtbot.waitUntil(lambda: offered == [tmp_path / "threaded.pdf"], timeout=20000)
    assert (tmp_path / "threaded.pdf").stat().st_size > 1000
    window.close()
