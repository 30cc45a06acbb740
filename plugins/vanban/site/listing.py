"""The listing of all documents, in pages that keep their place.

``van-ban/index.html`` shows the newest documents. The archive pages
``van-ban/trang-<n>.html`` are numbered from the *oldest* end: trang-1
holds the first ``size`` documents ever published, and a page, once
full, keeps its documents and its address when newer ones arrive. A
journalist can link to "trang-12" and find the same rows next year, and a
nightly rebuild after new directives touches the newest page and the index,
not hundreds of pages whose numbering shifted.

Each page links to its neighbours only (a window of numbers, the newest
and the oldest), never to every page: 200 links on each of 200 pages
would be 40,000 links that all change whenever a page is added.
"""

from __future__ import annotations

from dataclasses import dataclass

from vanban.content.published import Published

from . import urls

WINDOW = 2  #: page numbers shown on each side of the current one


@dataclass
class ListingSlice:
    """One page of a listing: which rows, and its neighbours."""

    uri: str
    number: int | None  #: archive page number, 1 = oldest; None for the index (newest)
    rows: list[Published]  #: newest first
    count: int  #: archive pages in all
    index_uri: str = urls.LISTING  #: the listing's first page
    archive: str = urls.ARCHIVE  #: its archive pages: archive.format(number)
    group: str | None = None  #: what a browse listing holds ("Kế hoạch", "2026"...); None: everything
    total: int = 0  #: documents in the listing

    @property
    def is_index(self) -> bool:
        return self.number is None

    def nav(self) -> list[tuple[str, str | None]]:
        """(label, uri of the page) for each link of the page's navigation;
        uri None marks the current page. Depends only on what this page
        shows, so a full page's navigation stays put as the corpus grows."""
        if self.is_index:
            if not self.count:
                return []
            # The index shows the newest `size`: all of the newest archive
            # page and the start of the one before, where reading goes on.
            numbers = range(self.count, max(0, self.count - 2 * WINDOW - 1), -1)
            return ([(str(k), self.archive.format(k)) for k in numbers]
                    + [("Cũ hơn ›", self.archive.format(self.count - 1)), ("Cũ nhất »", self.archive.format(1))])
        n = self.number
        links: list[tuple[str, str | None]] = [("« Mới nhất", self.index_uri)]
        links.append(("‹ Mới hơn", self.archive.format(n + 1) if n < self.count else self.index_uri))
        for k in range(min(self.count, n + WINDOW), max(1, n - WINDOW) - 1, -1):  # newer on the left
            links.append((str(k), None if k == n else self.archive.format(k)))
        if n > 1:
            links += [("Cũ hơn ›", self.archive.format(n - 1)), ("Cũ nhất »", self.archive.format(1))]
        return links

    def fingerprint(self) -> tuple:
        """What the page shows besides its rows."""
        return (self.number, self.nav(), self.group, self.total if self.is_index else None)


def listing_pages(newest_first: list[Published], size: int, index_uri: str = urls.LISTING, archive: str = urls.ARCHIVE,
                  group: str | None = None) -> list[ListingSlice]:
    """The pages of a listing (newest first): its index, then archive pages
    numbered from the oldest."""
    size = max(1, size)
    oldest_first = newest_first[::-1]
    count = -(-len(oldest_first) // size) if len(oldest_first) > size else 0
    common = {"count": count, "index_uri": index_uri, "archive": archive, "group": group, "total": len(newest_first)}
    pages = [ListingSlice(index_uri, None, newest_first[:size], **common)]
    for n in range(1, count + 1):
        rows = oldest_first[(n - 1) * size:n * size][::-1]
        pages.append(ListingSlice(archive.format(n), n, rows, **common))
    return pages
