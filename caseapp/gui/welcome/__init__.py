# SPDX-License-Identifier: GPL-3.0-or-later
"""The first run: the welcome screen shown when there is no database yet."""
