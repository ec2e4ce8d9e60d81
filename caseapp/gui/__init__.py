# SPDX-License-Identifier: GPL-3.0-or-later
"""The desktop application: the only package that imports PySide6.

It calls the Qt-free ``caseapp.core`` API and never touches peewee or SQL.
"""
