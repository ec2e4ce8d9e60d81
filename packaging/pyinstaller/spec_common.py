# SPDX-License-Identifier: GPL-3.0-or-later
"""What the PyInstaller specs leave out of a bundle: caseapp.spec and bare_window.spec
(the bare PySide6 window that start-up times are compared with) freeze the same way."""

from __future__ import annotations

import re
import sys
from pathlib import Path

# Qt modules caseapp never imports (it uses QtCore, QtGui and QtWidgets): without these
# excludes PyInstaller's hooks may still pull some in through plugins and bindings.
QT_UNUSED = [f"PySide6.{name}" for name in (
    "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
    "QtWebSockets", "QtWebView", "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic",
    "Qt3DAnimation", "Qt3DExtras", "QtMultimedia", "QtMultimediaWidgets", "QtQuick",
    "QtQuick3D", "QtQuickControls2", "QtQuickWidgets", "QtQml", "QtCharts",
    "QtDataVisualization", "QtGraphs", "QtPdf", "QtPdfWidgets", "QtDesigner", "QtHelp",
    "QtUiTools", "QtSql", "QtTest", "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation",
    "QtSensors", "QtSerialPort", "QtSerialBus", "QtRemoteObjects", "QtScxml",
    "QtStateMachine", "QtSpatialAudio", "QtTextToSpeech", "QtHttpServer", "QtOpenGL",
    "QtOpenGLWidgets", "QtSvgWidgets", "QtNetworkAuth", "QtConcurrent", "QtXml",
    "QtDBus", "QtPrintSupport", "QtNetwork")]
# Standard-library and third-party parts never used at run time.
UNUSED = ["tkinter", "unittest", "pydoc", "babel", "pytest", "hypothesis", "mypy",
          "setuptools", "pip", "PyInstaller"]

# Qt plugins a desktop window does not need: embedded-Linux platforms (eglfs, linuxfb, vnc…),
# OpenGL integrations (the window paints with the raster engine), touch-screen input, and
# the GTK platform theme, which alone pulls the build machine's GTK, cairo and pango (about
# 20 MB) into the bundle; image formats no photo comes in (TIFF also needs a libtiff the
# bundle lacks). Kept: xcb, wayland, offscreen, PNG/JPEG/GIF/WebP/ICO/SVG, the svg icon engine.
QT_PLUGINS_UNUSED = re.compile(
    r"plugins/(egldeviceintegrations|generic|xcbglintegrations|wayland-graphics-integration-"
    r"client|platformthemes/libqgtk3|platforms/lib(qeglfs|qlinuxfb|qminimal|qminimalegl|"
    r"qvkkhrdisplay|qvnc)|imageformats/libq(tiff|icns|tga|wbmp))")
# The system libraries only the GTK theme needs (left behind when the plugin goes).
GTK_STACK = re.compile(r"^lib(gtk-3|gdk-3|gdk_pixbuf|atk-|atk-bridge|atspi|cairo|pango|epoxy|"
                       r"fribidi|thai|datrie|pixman|graphite2|harfbuzz|Xcomposite|Xcursor|"
                       r"Xdamage|Xfixes|Xi\.|Xinerama|Xrandr|cloudproviders|colord|rsvg)")
# Qt's own catalogs: only those the window loads (qtbase_<language>; Qt has no Kazakh).
QT_TRANSLATIONS = re.compile(r"PySide6/Qt/translations/(?!qtbase_(ru|en)\.qm$)")


def wanted(entry):
    name = entry[0].replace("\\", "/")
    return not (QT_PLUGINS_UNUSED.search(name) or QT_TRANSLATIONS.search(name)
                or GTK_STACK.match(Path(name).name))


# Strip debugging symbols on Linux: libpython and sqlcipher3's SQLCipher come with them
# (23 and 21 MB; 6 and 9 stripped). PyInstaller advises against it on Windows.
STRIP = sys.platform != "win32"
