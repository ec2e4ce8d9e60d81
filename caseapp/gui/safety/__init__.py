# SPDX-License-Identifier: GPL-3.0-or-later
"""Everything about the safety of the open file: passphrases, encryption, backups, lock, panic."""
