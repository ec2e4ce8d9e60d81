# SPDX-License-Identifier: GPL-3.0-or-later
"""Cases, who is party to them, the charges, and the criminal-code articles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from caseapp.domain import records
from caseapp.domain.changes import Changes
from caseapp.domain.errors import NotFound
from caseapp.i18n import _
from caseapp.domain.views import CaseDetails, CaseListRow
from caseapp.store import catalog, details, lists

if TYPE_CHECKING:
    from caseapp.core.casebook import Casebook


class Cases:
    def __init__(self, book: Casebook) -> None:
        self.book = book

    def add(self, case: records.Case) -> tuple[records.Case, Changes]:
        return self.book.add(case, _("Add Case"))

    def add_party(self, case_id: int, person_id: int, role: str = "defendant") -> Changes:
        party = records.CaseParty(case_id=case_id, person_id=person_id, role=role)
        return self.book.add(party, _("Add Case Party"))[1]

    def add_charge(self, case_id: int, person_id: int, article: str, *, part: str = "",
                   code: str = "criminal", wording: str = "") -> Changes:
        """Charge a person under an article number of the shipped code ("274", "405")."""
        article_id = self.article_id(article, code=code)
        charge = records.Charge(case_id=case_id, person_id=person_id, article_id=article_id,
                                part=part, wording=wording)
        return self.book.add(charge, _("Add Charge"))[1]

    def article_id(self, article: str, *, code: str = "criminal", country: str = "KZ") -> int:
        found = catalog.article_id(country, code, article.strip())
        if found is None:
            raise NotFound(_("Article {article} of the {code} code is not in the list").format(
                article=article, code=code))
        return found

    def articles(self, country: str = "KZ") -> list[records.CodeArticle]:
        return catalog.articles(country)

    def ids(self, *, text: str = "", status: str | None = None, tag: str | None = None,
            sort: str = "opened", descending: bool = True) -> list[int]:
        return lists.case_ids(text=text, status=status, tag=tag, sort=sort, descending=descending)

    def rows(self, ids: list[int]) -> list[CaseListRow]:
        return lists.case_rows(ids)

    def details(self, case_id: int, language: str = "en") -> CaseDetails:
        return details.case_details(case_id, language)
