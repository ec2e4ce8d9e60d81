# SPDX-License-Identifier: GPL-3.0-or-later
"""Render resources/caseapp.svg into the icon sizes desktops and installers ask for.

Writes resources/icons/hicolor/<N>x<N>/apps/org.caseapp.CaseApp.png (the freedesktop
icon theme layout the Linux installer copies into ~/.local/share/icons) and
resources/icons/caseapp.ico (Windows: the executables' and the installer's icon).
Generated, not committed: `make icons` (run by `make dist`) and build.ps1 call this.
Qt renders the SVG, so no other image tool is needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "caseapp.svg"
ICONS = ROOT / "resources" / "icons"
APP_ID = "org.caseapp.CaseApp"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZE = 256  # Qt's ico writer stores one image; Windows scales it down


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.stderr.write(f"cannot read {SOURCE}\n")
        return 1
    for size in SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target)):
            sys.stderr.write(f"cannot write {target}\n")
            return 1
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SOURCE.read_bytes())
    if not render(renderer, ICO_SIZE).save(str(ICONS / "caseapp.ico"), "ICO"):
        sys.stderr.write("cannot write caseapp.ico (Qt's ico image plugin is missing)\n")
        return 1
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
