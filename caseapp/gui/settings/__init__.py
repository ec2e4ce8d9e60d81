# SPDX-License-Identifier: GPL-3.0-or-later
"""The settings dialog: the volunteer's preferences (core.settings) edited in the window."""
