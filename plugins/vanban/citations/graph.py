"""The citation graph of a corpus: who cites whom, resolved to real documents.

Identity: a document is its number, read with its year. State bodies
restart numbering every year and Party bodies every term, so "37/KH-UBND"
of 2024 and of 2023 are two documents; "37-NQ/TW", "37/NQ-HĐND" and
"37/KH-UBND" are three because their ký hiệu differ. A citation with a
date resolves to the document of that year; one without a date resolves
when only one document has the number, and is marked ambiguous when
several do. A cited document the corpus does not hold becomes a cited-only
node with what the citations say of it. Built once per build, from the
front matter alone (no re-ingest needed when a document is added).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from vanban.model import CitedDocument, Metadata
from vanban.text.slugs import disambiguate, document_slug

from .identity import citation_year, number_key

HUB = 200  #: documents linked to more than this many are ignored when ranking related ones
RELATED_KEPT = 8  #: related documents kept per document (as many as a page shows)


@dataclass
class Mention:
    """One document citing a node, with the sentence it does so in."""

    citing: str  #: slug of the citing document
    sentence: str = ""
    ambiguous: bool = False


@dataclass
class Node:
    """A document as the graph knows it: published, or cited only."""

    slug: str
    so_ky_hieu: str
    year: str | None
    loai_van_ban: str | None = None
    ngay_ban_hanh: str | None = None
    issuers: list[str] = field(default_factory=list)  #: as cited, most frequent first
    published: bool = False
    cited_by: list[Mention] = field(default_factory=list)
    cites: list[tuple[str, bool]] = field(default_factory=list)  #: (node slug, ambiguous)

    @property
    def title(self) -> str:
        return f"{self.loai_van_ban or 'Văn bản'} {self.so_ky_hieu}".strip()


class CitationGraph:
    """Who cites whom among the published documents and those they cite."""

    def __init__(self, documents: list[tuple[str, Metadata]], sentences: dict[str, dict[str, str]] | None = None):
        """``documents``: (slug, front matter) of every published document;
        ``sentences``: per citing slug, number key → the sentence citing it."""
        self.nodes: dict[str, Node] = {}
        self._related: dict[str, list] | None = None  #: worked out for all nodes on first use
        self._linked: dict[str, set[str]] = {}  #: filled once the graph is complete
        self._by_number: dict[str, list[Node]] = defaultdict(list)
        for slug, meta in documents:
            self._add_published(slug, meta)
        citations = [(slug, meta, c) for slug, meta in documents for c in meta.dan_chieu if c.so_ky_hieu]
        # Dated citations first: they fix which year a number means, which
        # lets an undated citation of the same number resolve afterwards.
        citations.sort(key=lambda item: citation_year(item[2].so_ky_hieu, item[2].ngay_ban_hanh) is None)
        for slug, meta, cited in citations:
            self._cite(slug, meta.ngay_ban_hanh, cited, (sentences or {}).get(slug, {}))

    # -- building --------------------------------------------------------------
    def _add_published(self, slug: str, meta: Metadata) -> None:
        node = Node(slug, meta.so_ky_hieu or "", (meta.ngay_ban_hanh or "")[:4] or None,
                    meta.loai_van_ban, meta.ngay_ban_hanh, [meta.co_quan_ban_hanh] if meta.co_quan_ban_hanh else [],
                    published=True)
        self.nodes[slug] = node
        if meta.so_ky_hieu and meta.so is not None:
            self._by_number[number_key(meta.so_ky_hieu)].append(node)

    def _cite(self, citing: str, citing_date: str | None, cited: CitedDocument, sentences: dict[str, str]) -> None:
        number = cited.so_ky_hieu
        key = number_key(number)
        year = citation_year(number, cited.ngay_ban_hanh)
        target, ambiguous = self._resolve(key, year, citing_date)
        if target is None:
            target = self._cited_only(number, key, year, cited)
        elif not target.published:
            self._learn(target, cited)
        if target.slug == citing or any(s == target.slug for s, _ in self.nodes[citing].cites):
            return
        self.nodes[citing].cites.append((target.slug, ambiguous))
        target.cited_by.append(Mention(citing, sentences.get(key, ""), ambiguous))

    def _resolve(self, key: str, year: str | None, citing_date: str | None) -> tuple[Node | None, bool]:
        same = self._by_number.get(key, [])
        if year:
            exact = [n for n in same if n.year == year]
            return (exact[0], False) if exact else (None, False)
        if len(same) == 1:
            return same[0], False
        if not same:
            return None, False
        # Several documents share the number: the latest issued before the
        # citing one is the likeliest, and the link says it is a guess.
        before = [n for n in same if not citing_date or (n.ngay_ban_hanh or "") <= str(citing_date)]
        pick = max(before or same, key=lambda n: n.ngay_ban_hanh or "")
        return pick, True

    def _cited_only(self, number: str, key: str, year: str | None, cited: CitedDocument) -> Node:
        base = document_slug(cited.loai_van_ban, number, year, number)
        slug = disambiguate(base, f"{key}@{year}".encode("utf-8"), self.nodes.keys())
        node = Node(slug, number, year, cited.loai_van_ban, cited.ngay_ban_hanh)
        self._learn(node, cited)
        self.nodes[slug] = node
        self._by_number[key].append(node)
        return node

    @staticmethod
    def _learn(node: Node, cited: CitedDocument) -> None:
        node.loai_van_ban = node.loai_van_ban or cited.loai_van_ban
        node.ngay_ban_hanh = node.ngay_ban_hanh or cited.ngay_ban_hanh
        issuer = cited.co_quan_ban_hanh
        if issuer and issuer not in node.issuers:
            node.issuers.append(issuer)

    # -- reading ---------------------------------------------------------------
    def find(self, so_ky_hieu: str, ngay_ban_hanh: str | None, citing_date: str | None = None) -> Node | None:
        """The node a citation in running text stands for, if the graph has one."""
        key = number_key(so_ky_hieu)
        year = citation_year(so_ky_hieu, ngay_ban_hanh)
        node, _ = self._resolve(key, year, citing_date)
        if node is not None:
            return node
        same = self._by_number.get(key, [])
        return same[0] if len(same) == 1 and year is None else None

    def cited_only(self) -> list[Node]:
        return [n for n in self.nodes.values() if not n.published]

    def linked(self, slug: str) -> set[str]:
        found = self._linked.get(slug)
        if found is None:
            node = self.nodes[slug]
            found = self._linked[slug] = {s for s, _ in node.cites} | {m.citing for m in node.cited_by}
        return found

    def related(self, slug: str) -> list[tuple[Node, float]]:
        """Documents sharing citations with ``slug``, or citing or cited by
        the same documents, ranked: a shared rarely-cited document counts
        more than a shared famous one (idf weighting). A document linked to
        more than ``HUB`` others (a national law everyone cites) says
        nothing about relatedness and is skipped, which also keeps this
        linear in the size of the corpus. Ties go to the smaller slug."""
        if self._related is None:
            self._related = self._rank_related()
        return self._related.get(slug, [])

    def _rank_related(self) -> dict[str, list[tuple[Node, float]]]:
        """``related`` for every node at once: each shared neighbour n adds
        1/log(2 + links of n) to every pair of nodes it links (numpy, since
        a build asks for all of them)."""
        # numpy loads here, when a build ranks related documents, not with
        # the graph: the site and ``vanban check`` import this module.
        import numpy as np

        slugs = sorted(self.nodes)
        index = {s: i for i, s in enumerate(slugs)}
        size = len(slugs)
        # Every link as (node, member) grouped by node, members sorted: the
        # groups are the neighbourhoods whose members become related.
        groups, members = [], []
        for n in slugs:
            linked = self.linked(n)
            groups.extend([index[n]] * len(linked))
            members.extend(sorted(index[x] for x in linked))
        if not members:
            return {}
        group, member = np.array(groups, dtype=np.int64), np.array(members, dtype=np.int64)
        edges = group * size + member
        degree = np.bincount(group, minlength=size)
        useful = (degree[group] >= 2) & (degree[group] <= HUB)
        group, member = group[useful], member[useful]
        if not len(group):
            return {}
        # All ordered pairs of members of each group, without loops in Python.
        kept_degree = np.bincount(group, minlength=size)
        start = np.r_[0, np.cumsum(kept_degree)]  # where each group begins among the kept links
        repeat = kept_degree[group]
        first = np.repeat(member, repeat)
        offset = np.arange(len(first)) - np.repeat(np.cumsum(repeat) - repeat, repeat)
        second = member[np.repeat(start[group], repeat) + offset]
        weight = np.repeat(1.0 / np.log(2 + kept_degree[group]), repeat)
        other = first != second
        keys, inverse = np.unique(first[other] * size + second[other], return_inverse=True)
        scores = np.bincount(inverse, weights=weight[other])
        keep = ~np.isin(keys, edges)  # already linked: not "related", it is cited
        keys, scores = keys[keep], np.round(scores[keep], 9)  # equal sums added in another order tie
        first, second = keys // size, keys % size
        order = np.lexsort((second, -scores, first))
        first, second, scores = first[order], second[order], scores[order]
        starts = np.flatnonzero(np.r_[True, first[1:] != first[:-1]])
        rank = np.arange(len(first)) - np.repeat(starts, np.diff(np.r_[starts, len(first)]))
        top = rank < RELATED_KEPT
        ranked: dict[str, list[tuple[Node, float]]] = {}
        for a, b, score in zip(first[top].tolist(), second[top].tolist(), scores[top].tolist()):
            ranked.setdefault(slugs[a], []).append((self.nodes[slugs[b]], score))
        return ranked

