# SPDX-License-Identifier: GPL-3.0-or-later
"""peewee over SQLite: the only package that knows SQL."""
