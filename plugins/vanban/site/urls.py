"""Every address the site writes, in one place.

Pages are named by their source URI in mkdocs' terms (``van-ban/x.md``
becomes ``van-ban/x.html``: ``use_directory_urls`` is off so the site works
from a folder); other files by their path in the site. Documents live in
``van-ban/<slug>.html`` beside the listing's own pages, whose names
``text.slugs.RESERVED_SLUGS`` keeps documents from taking (a test checks
the two agree).
"""

from __future__ import annotations

from pathlib import Path

from vanban.content.paths import DOCUMENTS_DIR

THEME_DIR = Path(__file__).parent / "theme"
ASSETS = "assets/vanban"  #: CSS and scripts
SEARCH_SCRIPT = f"{ASSETS}/search.js"

LISTING = f"{DOCUMENTS_DIR}/index.md"  #: the newest documents
ARCHIVE = f"{DOCUMENTS_DIR}/trang-{{}}.md"  #: archive page n, numbered from the oldest
BROWSE_HUB = f"{DOCUMENTS_DIR}/duyet.md"
SEARCH = "tim-kiem.md"
GRAPH = "lien-ket.md"
OPEN_DATA = "du-lieu-mo.md"
HOME = "index.md"

SITE_FEED = "atom.xml"
SITEMAP = "sitemap.xml"
DATA_DIR = "du-lieu/van-ban"  #: each document's Markdown and JSON
CORPUS_JSON = "du-lieu/van-ban.json"
CORPUS_CSV = "du-lieu/van-ban.csv"
INDEX_DIR = f"{ASSETS}/tim-kiem"  #: the split search index
TEXT_DIR = f"{INDEX_DIR}/van-ban"  #: one script per document: its plain text, for snippets
COMPARE_DIR = "doi-chieu"


def document(slug: str) -> str:
    """A document's page (source URI), published or cited only."""
    return f"{DOCUMENTS_DIR}/{slug}.md"


def redirect(slug: str) -> str:
    """The page at a document's old address (a file of the site)."""
    return f"{DOCUMENTS_DIR}/{slug}.html"


def compare(slug: str) -> str:
    """A repaired document's compare page."""
    return f"{COMPARE_DIR}/{slug}.md"


def browse_group(kind: str, slug: str) -> str:
    """The first page of a year's, a type's or an issuer's listing."""
    return f"{DOCUMENTS_DIR}/{kind}/{slug}.md"


def browse_archive(kind: str, slug: str) -> str:
    """Its archive pages: ``.format(n)``."""
    return f"{DOCUMENTS_DIR}/{kind}/{slug}-trang-{{}}.md"


def group_feed(kind: str, slug: str) -> str:
    """A type's or an issuer's feed."""
    return f"atom/{kind}/{slug}.xml"


def data_files(slug: str) -> tuple[str, str, str]:
    """A document's Markdown, JSON and plain-text script."""
    return f"{DATA_DIR}/{slug}.md", f"{DATA_DIR}/{slug}.json", f"{TEXT_DIR}/{slug}.js"


def html(uri: str) -> str:
    """Where mkdocs writes the page of source URI ``uri``."""
    return uri[:-3] + ".html" if uri.endswith(".md") else uri
