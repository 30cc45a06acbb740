"""Browsing by year, type and issuer: which documents each page lists.

``van-ban/nam/2026.html``, ``van-ban/loai/ke-hoach.html``,
``van-ban/co-quan/uy-ban-nhan-dan-tinh-lang-son.html``: addresses made from
the value itself, so they stay put as documents arrive, each paginated like
the main listing (archive pages numbered from the oldest). Spellings that
differ only in case or diacritics' form ("Tỉnh ủy" / "Tỉnh Ủy") share a page,
named by the spelling most documents use.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from vanban.content.published import Published
from vanban.search.terms import FACETS
from vanban.text.letters import fold
from vanban.text.slugs import slug

from . import urls

#: URL folder, the facet it groups by, and its label: the search filters'
KINDS = tuple((facet.replace("_", "-"), facet, label) for facet, label in FACETS)
FEED_KINDS = ("loai", "co-quan")  #: each type and each issuer has its own feed; a year does not


@dataclass
class Group:
    """A year's, a type's or an issuer's documents."""
    kind: str  #: URL folder: nam, loai, co-quan
    slug: str
    label: str
    rows: list[Published]  #: newest first

    @property
    def index_uri(self) -> str:
        return urls.browse_group(self.kind, self.slug)

    @property
    def archive(self) -> str:
        return urls.browse_archive(self.kind, self.slug)

    @property
    def title(self) -> str:
        return f"Văn bản năm {self.label}" if self.kind == "nam" else self.label

    @property
    def feed(self) -> str | None:
        return urls.group_feed(self.kind, self.slug) if self.kind in FEED_KINDS else None


def groups(newest_first: list[Published], facets_by_slug: dict[str, dict[str, str]]) -> dict[str, list[Group]]:
    """For each kind, its groups: years newest first, the others in
    Vietnamese alphabetical order. ``facets_by_slug``: each document's
    filter values (``search.terms.unified_facets``)."""
    out: dict[str, list[Group]] = {}
    facets = [(r, facets_by_slug[r.slug]) for r in newest_first]
    for kind, facet, _ in KINDS:
        rows: dict[str, list[Published]] = {}
        spellings: dict[str, Counter] = {}
        for record, values in facets:
            value = values[facet]
            key = slug(value) if value else ""
            if not key:
                continue
            rows.setdefault(key, []).append(record)
            spellings.setdefault(key, Counter())[value] += 1
        found = [Group(kind, key, spellings[key].most_common(1)[0][0], rows[key]) for key in rows]
        if kind == "nam":
            found.sort(key=lambda g: g.label, reverse=True)
        else:
            found.sort(key=lambda g: (fold(g.label).lower(), g.label))
        out[kind] = found
    return out
