# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything about custody in the window: facilities, detentions and sentences.

It also holds the small pieces the hearings, actions and sources pages share
(record choosers, the list-and-detail page, the detail pane base).
"""
