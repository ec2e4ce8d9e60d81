# SPDX-License-Identifier: GPL-3.0-or-later
"""Timings, each reported as a ratio against a baseline measured in the same run."""
