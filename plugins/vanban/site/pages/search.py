"""The search page: the form, and where the results appear (``search.js``
fills them from the split index)."""

from __future__ import annotations

from markupsafe import Markup

from .. import urls
from ..html import fmt
from .base import VanbanPage
from .parts import search_form


class SearchPage(VanbanPage):
    """``tim-kiem.html``: the search form and results."""
    def page_title(self) -> str:
        return "Tìm kiếm"

    def fingerprint(self) -> tuple:
        return (self.corpus.facet_options,)

    def html(self) -> str:
        tags = Markup("").join(fmt('<script src="{}"></script>', self.rel(src)) for src in [urls.SEARCH_SCRIPT])
        return str(fmt(
            '<h1>Tìm kiếm văn bản</h1>{}'
            '<p id="vb-search-status" role="status" aria-live="polite"></p>'
            '<ol id="vb-search-results" class="vb-results"></ol>'
            '<p><button id="vb-search-more" class="vb-more" type="button" hidden>Xem thêm kết quả</button></p>{}',
            search_form("", self.corpus.facet_options, "vb-search-form"), tags))
