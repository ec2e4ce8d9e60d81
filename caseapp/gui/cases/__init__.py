# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything about cases in the window: the list, the details and the case editor."""
