# SPDX-License-Identifier: GPL-3.0-or-later
"""The dashboard: what needs a volunteer's attention today."""
