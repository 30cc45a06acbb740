"""The citation graph's pages: a document the corpus only knows from
citations, and the overview of who cites whom."""

from __future__ import annotations

from vanban.citations.graph import Node

from ..diagrams import cited_only_page, graph_page
from .base import VanbanPage


class CitedOnlyPage(VanbanPage):
    """A document cited by published ones but not published itself."""

    def __init__(self, file, config, corpus, node: Node):
        super().__init__(file, config, corpus)
        self.node = node

    def page_title(self) -> str:
        return self.node.title

    def fingerprint(self) -> tuple:
        n = self.node
        return (n.title, n.ngay_ban_hanh, n.issuers, self.corpus.neighbourhood(n.slug))

    def html(self) -> str:
        return cited_only_page(self.corpus.graph, self.node, self.corpus.href_from(self.url))


class GraphPage(VanbanPage):
    """``lien-ket.html``: the whole citation graph."""
    def page_title(self) -> str:
        return "Liên kết giữa các văn bản"

    def fingerprint(self) -> tuple:
        return sorted((s, n.cites, [(m.citing, m.sentence) for m in n.cited_by], n.title)
                      for s, n in self.corpus.graph.nodes.items())

    def html(self) -> str:
        return graph_page(self.corpus.graph, self.corpus.href_from(self.url))
