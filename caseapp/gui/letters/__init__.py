# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything about letters in the window: the letter, its templates, the addressee book."""
