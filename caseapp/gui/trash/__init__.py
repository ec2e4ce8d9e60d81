# SPDX-License-Identifier: GPL-3.0-or-later
"""The trash page: deleted records, restored or purged for good."""
