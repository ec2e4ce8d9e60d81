# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything regarding exchange bundles in the window: export, import, conflicts."""
