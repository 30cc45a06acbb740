"""What every page vanban writes has in common.

A page kind is a mkdocs ``Page`` that writes its own HTML: ``read_source``
gives mkdocs the title (and, for a document, its body) without reading a
file, and ``render`` makes the HTML without Python-Markdown, which would
pass raw HTML from a document through. Each kind also says what it shows
(``fingerprint``), so a dirty build renders only pages whose content changed.
"""

from __future__ import annotations

import html

from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from .. import urls
from ..corpus import Corpus


class VanbanPage(Page):
    """A page whose title, HTML and fingerprint vanban makes."""

    def __init__(self, file, config, corpus: Corpus, nav_title: str | None = None):
        super().__init__(nav_title, file, config)  # a title given in mkdocs.yml's nav wins, as in mkdocs
        self.corpus = corpus

    def page_title(self) -> str:
        raise NotImplementedError

    def html(self) -> str:
        raise NotImplementedError

    def fingerprint(self) -> tuple:
        """Everything the page shows, as plain data."""
        raise NotImplementedError

    def read_source(self, config) -> None:
        self.markdown, self.meta = "", {"title": self.html_title()}

    def html_title(self) -> str:
        """The title as the theme wants it: mkdocs-material writes
        ``page.meta.title`` into ``<title>`` and the header unescaped, and a
        title holds text from documents and hand-edited front matter."""
        return html.escape(self.page_title())

    def render(self, config, files) -> None:
        self.content = self.html()
        self.toc = get_toc([])

    def rel(self, path: str) -> str:
        """A file of the site (``atom.xml``, ``du-lieu/van-ban/x.md``) relative to this page."""
        return get_relative_url(path, self.url)

    def page_href(self, src_uri: str) -> str:
        """The page made from source URI ``src_uri`` relative to this page."""
        return get_relative_url(urls.html(src_uri), self.url)
