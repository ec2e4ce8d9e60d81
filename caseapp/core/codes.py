# SPDX-License-Identifier: GPL-3.0-or-later
"""The shipped criminal and administrative codes: find an article by number or words.

The pickers of the window and the CLI's ``case charge`` and ``codes search`` all ask
here, so an article typed as "274", "ст. 274", "распространение заведомо ложной",
"жалған ақпарат" or "false information" is found the same way everywhere.
"""

from __future__ import annotations

from caseapp.core.manager import Manager
from caseapp.domain import codes, records
from caseapp.domain.codes import ArticleRow
from caseapp.domain.errors import Ambiguous, NotFound
from caseapp.i18n import _, current_language
from caseapp.store import codes as code_store
from caseapp.store import rows

#: How many candidates an ambiguous reference names.
SHOWN_CANDIDATES = 5


class Codes(Manager):
    """Reads only: search, resolve, one article's row and penalty, counts per code."""

    def search(self, text: str, *, country: str | None = None, code: str | None = None,
               language: str | None = None, limit: int = 50) -> list[ArticleRow]:
        """Articles whose number starts with the typed number and whose title words start
        with every typed word, in any script; exact numbers first."""
        return code_store.search(codes.parse_query(text), country=country, code=code,
                                 language=language or current_language(), limit=limit)

    def resolve(self, text: str, *, country: str | None = "KZ",
                code: str | None = None) -> int:
        """One article's id from a number ("274", "207.3", "361-1") or title words.

        An exact number wins; with a number in both codes the criminal code's is taken
        unless ``code`` says otherwise. Anything else must match exactly one article.
        """
        query = codes.parse_query(text)
        if query.number and not query.words:
            found = code_store.exact(query.number, country=country, code=code)
            if found:
                return found[0]
        matches = code_store.search(query, country=country, code=code,
                                    language=current_language(), limit=SHOWN_CANDIDATES + 1)
        if len(matches) == 1:
            return matches[0].id
        if not matches:
            raise NotFound(_("No article of the codes matches “{text}”").format(text=text))
        raise Ambiguous(_("“{text}” matches several articles: {some}; give the number").format(
            text=text, some="; ".join(row.label() for row in matches[:SHOWN_CANDIDATES])))

    def row(self, article_id: int, language: str | None = None) -> ArticleRow | None:
        found = code_store.article_rows([article_id], language or current_language())
        return found[0] if found else None

    def penalty(self, article_id: int) -> codes.PenaltyRange | None:
        return code_store.penalty(rows.get(records.CodeArticle, article_id))

    def counts(self) -> dict[tuple[str, str], int]:
        return code_store.counts()
