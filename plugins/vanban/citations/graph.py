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

import re
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from vanban.text.slugs import disambiguate, document_slug
from vanban.text.letters import fold


HUB = 200  #: documents linked to more than this many are ignored when ranking related ones
RELATED_KEPT = 8  #: related documents kept per document (as many as a page shows)


def number_key(so_ky_hieu: str) -> str:
    """"37/KH-UBND" and "37/kh-ubnd " are one key; "Đ" and "D" too (OCR)."""
    return re.sub(r"\s+", "", fold(so_ky_hieu))


def citation_year(so_ky_hieu: str | None, ngay_ban_hanh: str | None) -> str | None:
    """The year a citation pins: its date's, or the one in "59/2023/NĐ-CP"."""
    if ngay_ban_hanh:
        return str(ngay_ban_hanh)[:4]
    m = re.search(r"/((?:19|20)\d\d)/", so_ky_hieu or "")
    return m.group(1) if m else None


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


@dataclass
class Published:
    """What the graph needs of a published document."""

    slug: str
    so_ky_hieu: str | None
    so: int | None
    loai_van_ban: str | None
    ngay_ban_hanh: str | None
    co_quan_ban_hanh: str | None
    dan_chieu: list[dict]


class CitationGraph:
    def __init__(self, documents: list[Published], sentences: dict[str, dict[str, str]] | None = None):
        """``sentences``: per citing slug, number key → the sentence citing it."""
        self.nodes: dict[str, Node] = {}
        self._related: dict[str, list] | None = None  #: worked out for all nodes on first use
        self._linked: dict[str, set[str]] = {}  #: filled once the graph is complete
        self._by_number: dict[str, list[Node]] = defaultdict(list)
        for doc in documents:
            self._add_published(doc)
        citations = [(doc, c) for doc in documents for c in doc.dan_chieu or [] if isinstance(c, dict)
                     and c.get("so_ky_hieu")]
        # Dated citations first: they fix which year a number means, which
        # lets an undated citation of the same number resolve afterwards.
        citations.sort(key=lambda dc: citation_year(dc[1].get("so_ky_hieu"), dc[1].get("ngay_ban_hanh")) is None)
        for doc, cited in citations:
            self._cite(doc, cited, (sentences or {}).get(doc.slug, {}))

    # -- building --------------------------------------------------------------
    def _add_published(self, doc: Published) -> None:
        node = Node(doc.slug, doc.so_ky_hieu or "", str(doc.ngay_ban_hanh or "")[:4] or None,
                    doc.loai_van_ban, doc.ngay_ban_hanh, [doc.co_quan_ban_hanh] if doc.co_quan_ban_hanh else [],
                    published=True)
        self.nodes[doc.slug] = node
        if doc.so_ky_hieu and doc.so is not None:
            self._by_number[number_key(doc.so_ky_hieu)].append(node)

    def _cite(self, doc: Published, cited: dict, sentences: dict[str, str]) -> None:
        number = str(cited["so_ky_hieu"])
        key = number_key(number)
        year = citation_year(number, cited.get("ngay_ban_hanh"))
        target, ambiguous = self._resolve(key, year, doc.ngay_ban_hanh)
        if target is None:
            target = self._cited_only(number, key, year, cited)
        elif not target.published:
            self._learn(target, cited)
        if target.slug == doc.slug or any(s == target.slug for s, _ in self.nodes[doc.slug].cites):
            return
        self.nodes[doc.slug].cites.append((target.slug, ambiguous))
        target.cited_by.append(Mention(doc.slug, sentences.get(key, ""), ambiguous))

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

    def _cited_only(self, number: str, key: str, year: str | None, cited: dict) -> Node:
        base = document_slug(cited.get("loai_van_ban"), number, year, number)
        slug = disambiguate(base, f"{key}@{year}".encode("utf-8"), self.nodes.keys())
        node = Node(slug, number, year, cited.get("loai_van_ban"), cited.get("ngay_ban_hanh"))
        self._learn(node, cited)
        self.nodes[slug] = node
        self._by_number[key].append(node)
        return node

    @staticmethod
    def _learn(node: Node, cited: dict) -> None:
        node.loai_van_ban = node.loai_van_ban or cited.get("loai_van_ban")
        node.ngay_ban_hanh = node.ngay_ban_hanh or cited.get("ngay_ban_hanh")
        issuer = cited.get("co_quan_ban_hanh")
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
