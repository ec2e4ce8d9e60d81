# SPDX-License-Identifier: GPL-3.0-or-later
"""A bare PySide6 window (a line edit above an empty table), frozen like caseapp
(bare_window.spec) so that packaging/linux/measure-start.sh can set caseapp's start-up
time beside the least any PySide6 bundle needs. Quits as soon as it is shown."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget

app = QApplication(sys.argv)
window, body = QMainWindow(), QWidget()
layout = QVBoxLayout(body)
layout.addWidget(QLineEdit())
table = QTableView()
table.setModel(QStandardItemModel(0, 5))
layout.addWidget(table)
window.setCentralWidget(body)
window.show()
print("shown: bare window", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
