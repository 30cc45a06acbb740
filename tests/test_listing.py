"""Listing pages: every document once, pages that keep their place."""

from hypothesis import given
from hypothesis import strategies as st

from vanban.content.published import Published
from vanban.model import Metadata
from vanban.site.listing import listing_pages
from vanban.site.urls import ARCHIVE, LISTING

INDEX_URI = LISTING


def archive_uri(number: int) -> str:
    return ARCHIVE.format(number)


def _records(n: int) -> list[Published]:
    """Newest first, as the site orders them."""
    return [Published(f"doc-{i:05d}", f"van-ban/doc-{i:05d}.md", Metadata(ngay_ban_hanh="2020-01-01"), digest="")
            for i in range(n - 1, -1, -1)]


@given(st.integers(0, 400), st.integers(1, 60))
def test_every_document_is_on_exactly_one_archive_page(n, size):
    pages = listing_pages(_records(n), size)
    index, archive = pages[0], pages[1:]
    assert index.uri == INDEX_URI and index.rows == _records(n)[:size]
    if n <= size:
        assert archive == []
    else:
        shown = [r.slug for p in archive for r in p.rows]
        assert sorted(shown) == sorted(r.slug for r in _records(n))
        assert all(len(p.rows) == size for p in archive[:-1]) and 1 <= len(archive[-1].rows) <= size
        assert archive[0].rows[-1].slug == "doc-00000"  # trang-1 ends with the oldest


@given(st.integers(1, 400), st.integers(1, 60))
def test_reading_on_from_the_index_skips_nothing(n, size):
    pages = listing_pages(_records(n), size)
    if len(pages) == 1:
        return
    older = dict((label, uri) for label, uri in pages[0].nav())["Cũ hơn ›"]
    page = next(p for p in pages if p.uri == older)
    assert _records(n)[size].slug in {r.slug for r in page.rows}  # the first document the index does not show


@given(st.integers(1, 400), st.integers(1, 60))
def test_a_new_document_changes_few_pages(n, size):
    """The newest document arriving leaves every full archive page as it
    was, except the few whose navigation window reaches the new end."""
    before = {p.uri: (p.rows, p.fingerprint()) for p in listing_pages(_records(n), size)}
    after = {p.uri: (p.rows, p.fingerprint()) for p in listing_pages(_records(n + 1), size)}
    changed = [uri for uri in after if before.get(uri) != after[uri]]
    assert len(changed) <= 5  # index, the newest page or a new one, and their window neighbours
    assert set(before) <= set(after)


def test_navigation_links_neighbours_not_every_page():
    pages = listing_pages(_records(1000), 10)
    middle = next(p for p in pages if p.number == 50)
    nav = middle.nav()
    assert nav[0] == ("« Mới nhất", INDEX_URI) and nav[1] == ("‹ Mới hơn", archive_uri(51))
    assert [label for label, _ in nav[2:7]] == ["52", "51", "50", "49", "48"] and nav[4][1] is None
    assert nav[-2:] == [("Cũ hơn ›", archive_uri(49)), ("Cũ nhất »", archive_uri(1))]
    assert len(nav) == 9
