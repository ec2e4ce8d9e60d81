# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything about sources and citations in the window: the list, the editors."""
