# SPDX-License-Identifier: GPL-3.0-or-later
"""Plain data and rules of caseapp: stdlib only, no database, no Qt."""
