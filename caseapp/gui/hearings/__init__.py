# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything about court hearings in the window: the list, its filters, the editor."""
