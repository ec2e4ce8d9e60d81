# SPDX-License-Identifier: GPL-3.0-or-later
"""The report dialog: dossiers, briefs and hearing schedules written as PDF in the background."""
