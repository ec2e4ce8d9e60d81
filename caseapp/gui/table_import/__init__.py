# SPDX-License-Identifier: GPL-3.0-or-later
"""File ▸ Import Spreadsheet…: persons, cases, facilities, detentions and hearings from CSV
or XLSX, through a mapping of columns, a dry run and one undoable import."""
