# SPDX-License-Identifier: GPL-3.0-or-later
"""Cold start: the window usable on a 100,000-person file, next to a bare PySide6 window.

Both are whole processes started the same way (`python -c …`, offscreen). The bare
one shows a main window with a line edit and an empty table view, then quits from
its event loop. caseapp opens the database and shows its window, and is measured
twice: quitting from its event loop once the window is shown and responsive (the
bare window's criterion; the first page's data are still being read in the
background), and quitting once the first page has shown its data
(``MainWindow.ready``). Each is run ``RUNS`` times, alternating, and the medians are
compared.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.shared import large_database

RUNS = int(os.environ.get("BENCH_STARTS", 9))

#: The bare window, the same script that packaging/linux/measure-start.sh freezes as its yardstick.
BARE = (Path(__file__).resolve().parents[1] / "packaging" / "pyinstaller"
        / "bare_window.py").read_text(encoding="utf-8")

CASEAPP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from caseapp.gui import app as gui
qapp = gui.application()
gui.apply_language(qapp, gui.choose_language())
window = gui.open_window(Path(sys.argv[1]))
if sys.argv[2] == "data":
    window.ready.connect(lambda: QTimer.singleShot(0, qapp.quit))
else:
    QTimer.singleShot(0, qapp.quit)
qapp.exec()
window.close()
"""


def run_once(script: str, *args: str, home: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEAPP_HOME": str(home)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # start as an installed app does: from .pyc
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", script, *args], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    path = large_database()
    home = path.parent / "home"
    run_once(BARE, home=home)
    run_once(CASEAPP, str(path), "data", home=home)  # first runs: bytecode caches, settings
    bare: list[float] = []
    shown: list[float] = []
    data: list[float] = []
    for _ in range(RUNS):
        bare.append(run_once(BARE, home=home))
        shown.append(run_once(CASEAPP, str(path), "shown", home=home))
        data.append(run_once(CASEAPP, str(path), "data", home=home))
    b = statistics.median(bare)
    for label, times in (("window shown and responsive", shown),
                         ("first page's data shown", data)):
        c = statistics.median(times)
        print(f"cold start, {label:<28} caseapp median {c:.3f} s   bare PySide6 window "
              f"median {b:.3f} s   ratio {c / b:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
