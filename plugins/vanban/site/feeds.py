"""Atom feeds (RFC 4287) of newly published documents: the whole portal,
and one per type and per issuer, newest publication first.

Entry ids are ``urn:uuid`` names derived from the document's slug, so an
entry keeps its id across rebuilds and whatever address the site is served
at; links are absolute when the site's address (``site_url``) is set, and
relative to the feed otherwise (Atom resolves them against the feed's own
address).
"""

from __future__ import annotations

import posixpath
import uuid
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from vanban.citations.cite import official_citation
from vanban.content.published import Published

from .urls import LISTING, SITE_FEED, html

ATOM = "http://www.w3.org/2005/Atom"
ENTRIES = 50  #: newest documents in each feed
_NAMESPACE = uuid.UUID("6f1c2a4e-3b0d-5c58-9a57-2f5e0d7b8c41")  #: vanban's, for entry ids


@dataclass
class Feed:
    """One Atom feed: where it is written and what it follows."""
    path: str  #: site-relative, e.g. atom/loai/ke-hoach.xml
    title: str
    page: str  #: site-relative URL of the page the feed follows
    records: list[Published]  #: any order; the newest published are taken


def entry_id(slug: str) -> str:
    """A stable id for a feed entry."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, slug)}"


def published(record: Published) -> str:
    """When the portal published it (RFC 3339); the date of issue if not known."""
    when = str(record.meta.ngay_dang_tai or "")
    if len(when) >= 19:
        return when
    date = str(record.meta.ngay_ban_hanh or "")
    parts = (date.split("-") + ["01", "01"])[:3] if date[:4].isdigit() else ["1970", "01", "01"]
    return f"{parts[0]}-{parts[1].zfill(2)}-{parts[2].zfill(2)}T00:00:00+07:00"


def render(feed: Feed, site_name: str, site_url: str) -> str:
    """The feed as Atom XML."""
    def href(target: str) -> str:
        if site_url:
            return site_url + target
        return posixpath.relpath(target, posixpath.dirname(feed.path) or ".")

    newest = sorted(feed.records, key=lambda r: (published(r), r.sort_key), reverse=True)[:ENTRIES]
    root = ET.Element("feed", {"xmlns": ATOM, "xml:lang": "vi"})
    ET.SubElement(root, "id").text = entry_id("feed:" + feed.path)
    ET.SubElement(root, "title").text = feed.title
    ET.SubElement(root, "updated").text = max((published(r) for r in newest), default="1970-01-01T00:00:00+07:00")
    ET.SubElement(root, "link", {"rel": "self", "type": "application/atom+xml", "href": href(feed.path)})
    ET.SubElement(root, "link", {"rel": "alternate", "type": "text/html", "href": href(feed.page)})
    ET.SubElement(ET.SubElement(root, "author"), "name").text = site_name
    for record in newest:
        entry = ET.SubElement(root, "entry")
        ET.SubElement(entry, "id").text = entry_id(record.slug)
        ET.SubElement(entry, "title").text = record.title
        ET.SubElement(entry, "link", {"rel": "alternate", "type": "text/html", "href": href(record.url)})
        ET.SubElement(entry, "published").text = published(record)
        ET.SubElement(entry, "updated").text = published(record)
        ET.SubElement(ET.SubElement(entry, "author"), "name").text = \
            str(record.meta.co_quan_ban_hanh or site_name)
        if record.meta.loai_van_ban:
            ET.SubElement(entry, "category", {"term": str(record.meta.loai_van_ban)})
        ET.SubElement(entry, "summary").text = official_citation(record.meta)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def portal_feeds(newest_first: list[Published], groups, listing_title: str) -> list[Feed]:
    """The portal's feed, and one per type and per issuer (``groups``: the
    browse groups by kind)."""
    out = [Feed(SITE_FEED, f"{listing_title}: văn bản mới", html(LISTING), newest_first)]
    for group in (g for kind in groups.values() for g in kind if g.feed):
        out.append(Feed(group.feed, f"{group.label}: văn bản mới", html(group.index_uri), group.rows))
    return out
