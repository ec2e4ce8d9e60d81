# SPDX-License-Identifier: GPL-3.0-or-later
"""The installed and frozen entry points (caseapp.launch): `caseapp-gui --cli …` is the
command line, and the window's self-test opens the main window in Kazakh."""

from __future__ import annotations

import pytest

from caseapp import __version__, launch

from caseapp.gui import selftest as window_selftest


def test_cli_flag_runs_the_command_line(capsys):
    with pytest.raises(SystemExit) as stopped:
        launch.gui(["--cli", "--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out.strip() == f"caseapp {__version__}"


def test_cli_entry_runs_a_command(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CASEAPP_LANG", "en")
    assert launch.cli(["--db", str(tmp_path / "new.sqlite"), "init"]) == 0
    assert (tmp_path / "new.sqlite").exists()


def test_window_check_opens_the_window_and_leaves_settings_alone(capsys, caseapp_home):
    assert window_selftest.run_window_check() == 0
    assert "ok  open the main window in Kazakh" in capsys.readouterr().out
    assert not (caseapp_home / "settings.json").exists()


def test_window_check_fails_without_the_kazakh_catalog(capsys, monkeypatch):
    monkeypatch.setattr(window_selftest, "apply_language", lambda app, language: [])
    assert window_selftest.run_window_check() == 1
    assert "FAILED  open the main window in Kazakh" in capsys.readouterr().out


def test_quit_when_shown_names_the_main_window(tmp_path, capsys, qapp, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from caseapp.gui import app
    from caseapp.gui.mainwindow import MainWindow

    # Not the real event loop: once QApplication.exec has returned, Qt treats the
    # application as closing, and later tests would get no LanguageChange events.
    monkeypatch.setattr(QApplication, "exec", lambda _app: qtbot.wait(100) or 0)
    try:
        assert app.main(["--quit-when-shown", "--db", str(tmp_path / "probe.sqlite")]) == 0
        assert capsys.readouterr().out.startswith("shown: probe.sqlite")
    finally:  # the program would end here; in this test session the window must go
        for widget in qapp.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()


def test_quit_when_shown_on_a_first_run_names_the_welcome_screen(capsys):
    from caseapp.gui import app

    assert app.main(["--quit-when-shown"]) == 0
    assert capsys.readouterr().out.startswith("shown: Welcome to CaseApp")
