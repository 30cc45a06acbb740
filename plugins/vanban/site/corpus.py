"""What one build knows of the whole corpus, worked out once (in the
plugin's ``on_files``) and read by every page: the published documents,
their order, the citation graph, the filters' values and the browse groups.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.utils import get_relative_url

from vanban.citations.graph import CitationGraph, Node
from vanban.content import paths
from vanban.content.published import Published
from vanban.search.terms import facet_options, unified_facets

from . import browse, urls

#: slug → URL of its page relative to the page being written.
Href = Callable[[str], str]


@dataclass
class Corpus:
    """The corpus as one build sees it."""
    docs_dir: Path
    documents: dict[str, Published]  #: by source URI
    site_url: str = ""  #: the portal's address, ending in "/", or "" when not configured
    ordered: list[Published] = field(default_factory=list)  #: newest issued first
    graph: CitationGraph = field(default_factory=lambda: CitationGraph([]))
    facet_options: dict[str, list[str]] = field(default_factory=dict)
    facets: dict[str, dict[str, str]] = field(default_factory=dict)  #: by slug: year, type, issuer, one spelling each
    browse: dict[str, list[browse.Group]] = field(default_factory=dict)
    compared: set[str] = field(default_factory=set)  #: slugs of repaired documents with a compare page

    @classmethod
    def of(cls, docs_dir: Path, documents: dict[str, Published], site_url: str) -> Corpus:
        ordered = sorted(documents.values(), key=lambda d: d.sort_key, reverse=True)
        graph = CitationGraph([(d.slug, d.meta) for d in ordered],
                              {d.slug: d.notes.get("cau") or {} for d in documents.values()})
        compared = {d.slug for d in ordered if d.meta.da_sua_loi
                    and (docs_dir / paths.compare_lines_path(d.slug)).exists()}
        facets = unified_facets((d.slug, d.meta) for d in ordered)
        return cls(docs_dir, documents, site_url, ordered, graph, facet_options(facets.values()), facets,
                   browse.groups(ordered, facets), compared)

    def href_from(self, page_url: str) -> Href:
        """Links to document pages, relative to the page at ``page_url``."""
        return lambda slug: get_relative_url(urls.html(urls.document(slug)), page_url)

    def neighbourhood(self, slug: str) -> list:
        """What a page shows of other documents: titles, dates, links, sentences."""
        node = self.graph.nodes[slug]
        return [[(self._label(s), amb) for s, amb in node.cites],
                [(self._label(m.citing), m.sentence) for m in node.cited_by],
                [self._label(n.slug) for n, _ in self.graph.related(slug)]]

    def _label(self, slug: str) -> tuple:
        node: Node = self.graph.nodes[slug]
        return (slug, node.title, node.ngay_ban_hanh, node.published)

    def repair_notes(self, slug: str) -> bytes:
        """A repaired document's notes (``content/sua-loi``) as written, or b""."""
        try:
            return (self.docs_dir / paths.repair_notes_path(slug)).read_bytes()
        except OSError:
            return b""

    def moved(self) -> dict[str, str]:
        """Old slug → new slug of documents whose address changed, both slugs only."""
        try:
            moved = json.loads((self.docs_dir / paths.REDIRECTS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        live = {d.slug for d in self.documents.values()} | {n.slug for n in self.graph.cited_only()}
        return {old: new for old, new in (moved.items() if isinstance(moved, dict) else [])
                if isinstance(old, str) and isinstance(new, str) and old not in live and new in live
                and _SLUG.fullmatch(old + new)}


_SLUG = re.compile(r"[a-z0-9-]+")  #: only slugs may become a path or a URL
