# SPDX-License-Identifier: GPL-3.0-or-later
"""Fuzzing every parser and builder with hypothesis (issue 9): quick in `make test`, at
least 10,000 generated inputs in `make test-slow` (CASEAPP_FUZZ=slow)."""
