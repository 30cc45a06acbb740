"""The listing pages: everything newest first, a year's, a type's or an
issuer's, each in pages that keep their place (``site.listing``), and the
hub that leads to the groups."""

from __future__ import annotations

from markupsafe import Markup

from vanban.text.shapes import display_date

from .. import urls
from ..browse import KINDS, Group
from ..html import fmt
from ..listing import ListingSlice
from .base import VanbanPage
from .parts import browse_link, feed_link, listing_table, pagination, search_form

LISTING_TITLE = "Văn bản chỉ đạo điều hành"
BROWSE_TITLE = "Duyệt văn bản theo năm, loại và cơ quan"


def listing_row(document) -> tuple:
    """What a listing shows of a document (for fingerprints)."""
    m = document.meta
    return (document.slug, document.title, m.so_ky_hieu, m.ngay_ban_hanh, m.loai_van_ban, m.co_quan_ban_hanh,
            m.trich_yeu)


class ListingPage(VanbanPage):
    """One page of a listing; ``group`` None is the listing of everything."""

    def __init__(self, file, config, corpus, listing: ListingSlice, group: Group | None, nav_title=None):
        super().__init__(file, config, corpus, nav_title)
        self.listing, self.group = listing, group

    def page_title(self) -> str:
        title = self.group.title if self.group else LISTING_TITLE
        return title if self.listing.is_index else f"{title}: trang {self.listing.number}"

    def fingerprint(self) -> tuple:
        # The listing of everything shows the search form and its filters.
        options = self.corpus.facet_options if self.listing.is_index and self.group is None else None
        return ([listing_row(r) for r in self.listing.rows], self.listing.fingerprint(), options)

    def html(self) -> str:
        listing, group = self.listing, self.group
        rows = [(r, self.rel(r.url)) for r in listing.rows]
        nav = [(label, self.page_href(uri) if uri else None) for label, uri in listing.nav()]
        above = Markup("")  # what stands between the title and the table
        if listing.is_index:
            intro = f"{listing.total} văn bản, mới nhất trước."
            if group is None:
                above = search_form(self.page_href(urls.SEARCH), self.corpus.facet_options)
        else:
            dates = [display_date(r.meta.ngay_ban_hanh) for r in listing.rows if r.meta.ngay_ban_hanh]
            intro = f"Văn bản ban hành từ {dates[-1]} đến {dates[0]}, mới nhất trước." if dates else ""
        if group is not None:
            above += browse_link(self.page_href(urls.BROWSE_HUB))
        feed = group.feed if group else urls.SITE_FEED
        if feed and listing.is_index:
            above += feed_link(self.rel(feed))
        title = self.page_title()
        return str(fmt('<h1>{}</h1>{}<p class="vb-count">{}</p>{}{}', title, above, intro,
                       listing_table(rows, title), pagination(nav)))


class BrowsePage(VanbanPage):
    """The hub: every year, type and issuer, with how many documents each has."""

    def page_title(self) -> str:
        return BROWSE_TITLE

    def fingerprint(self) -> tuple:
        return [(g.kind, g.slug, g.label, len(g.rows)) for kind in self.corpus.browse.values() for g in kind]

    def html(self) -> str:
        sections = [(label, [(g.label, len(g.rows), self.page_href(g.index_uri)) for g in self.corpus.browse[kind]])
                    for kind, _, label in KINDS]
        body = Markup("").join(
            fmt('<section class="vb-duyet"><h2 id="{}">{}</h2><ul class="vb-duyet__list">{}</ul></section>',
                kind, label,
                Markup("").join(fmt('<li><a href="{}">{}</a> <span class="vb-count">({})</span></li>', href, name, n)
                                for name, n, href in items))
            for (kind, _, _), (label, items) in zip(KINDS, sections))
        return str(fmt("<h1>{}</h1>{}", BROWSE_TITLE, body))
