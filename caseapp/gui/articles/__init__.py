# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything about pasting an article: the review dialog, its models and its highlighting."""
