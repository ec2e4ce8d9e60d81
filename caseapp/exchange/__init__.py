# SPDX-License-Identifier: GPL-3.0-or-later
"""Data out and between volunteers: calendars, spreadsheets and exchange bundles.

Pure transforms like ``caseapp.reports``: plain data in, bytes out (and bytes in,
checked plain data out). They never query; ``caseapp.core`` reads the records and
makes the one command that writes what a bundle brings.
"""
