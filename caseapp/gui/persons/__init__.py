# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything about persons in the window: the list, its model and the detail pane."""
