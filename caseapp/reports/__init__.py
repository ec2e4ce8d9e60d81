# SPDX-License-Identifier: GPL-3.0-or-later
"""PDF reports (dossier, campaign brief, hearing schedule) drawn from plain data with reportlab."""
