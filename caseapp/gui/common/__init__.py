# SPDX-License-Identifier: GPL-3.0-or-later
"""Widgets and helpers that several GUI features share."""
