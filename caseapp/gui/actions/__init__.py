# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything about campaign actions in the window: the list, the editor, the links."""
