"""The mkdocs plugin: thin hooks over the page kinds (``site.pages``).

``on_files`` reads ``content/`` once (``content.published``), works out
what the build knows of the whole corpus (``Corpus``), starts the side
outputs (data files, search index) in a second process, and adds one page
object per page; mkdocs then asks each page for its title and HTML.
``on_post_build`` writes the feeds, removes what a dirty build no longer
makes, and reports the problems found in documents, all at once.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from vanban.content import paths, published
from vanban.content.files import code_version, write_atomic
from vanban.model import Diagnostic
from vanban.search import terms as search_terms

from . import feeds, outputs, urls
from .corpus import Corpus
from .files import SiteFile, nav_titles
from .forked import ForkedCall
from .incremental import Fingerprints, fingerprint, remove_stale, site_key
from .listing import listing_pages
from .pages import (
    BrowsePage,
    CitedOnlyPage,
    ComparePage,
    DocumentPage,
    GraphPage,
    HomePage,
    ListingPage,
    OpenDataPage,
    Redirect,
    SearchPage,
    WrittenPage,
)
from .pages.listing import LISTING_TITLE

log = logging.getLogger("mkdocs.plugins.vanban")


def _within(path: Path, folder: Path, resolved: dict[Path, Path]) -> bool:
    """``path`` is a file of ``folder`` itself, not a link, nor in a linked
    folder leading out of it; ``resolved`` remembers the folders seen."""
    parent = resolved.get(path.parent)
    if parent is None:
        parent = resolved[path.parent] = path.parent.resolve()
    return not path.is_symlink() and parent.is_relative_to(folder)


class VanbanConfig(Config):
    """The plugin's options in mkdocs.yml."""
    page_size = c.Type(int, default=50)
    latest_on_home = c.Type(int, default=10)


class VanbanPlugin(BasePlugin[VanbanConfig]):
    """``plugins: [vanban]`` in mkdocs.yml: publishes ``content/`` as the portal."""

    #: Set by ``vanban build``, which builds beside the site and swaps it in:
    #: what was built is remembered only once the swap happened.
    defer_state = False
    #: Set by ``vanban build --incremental``: waits until the site to build
    #: on is in place (it is linked together while content/ is read).
    site_ready = staticmethod(lambda: None)

    def __init__(self):
        super().__init__()
        self.dirty = False
        self.site_url = ""
        self.corpus: Corpus | None = None
        self.problems: list[Diagnostic] = []
        self.files: Files | None = None
        self.fingerprints: Fingerprints | None = None
        self.document_cache = None
        self.side_outputs: ForkedCall | None = None
        self.rendered = 0

    def on_startup(self, *, command, dirty):
        self.dirty = dirty

    def on_config(self, config):
        self.site_url = (config.site_url or "").rstrip("/") + "/" if config.site_url else ""
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(urls.THEME_DIR))
        config.extra_css.append(f"{urls.ASSETS}/vanban.css")
        config.extra_javascript.append(f"{urls.ASSETS}/van-ban.js")  # citation and passage links; idle elsewhere
        return config

    def on_files(self, files: Files, config) -> Files:
        self.rendered, self.problems = 0, []
        docs_dir = Path(config.docs_dir)
        cache_dir = paths.cache_dir(docs_dir)
        self.document_cache = published.open_cache(cache_dir)
        documents: dict[str, published.Published] = {}
        kept = []  # the files of content/ that are published, in mkdocs' order
        inside, folders = docs_dir.resolve(), {}  # each folder resolved once, not each of 10,000 files
        for file in files:
            if file.src_uri.startswith(paths.BUILD_ONLY) or file.src_uri == paths.REDIRECTS_FILE:
                continue  # sidecars: for building only
            from_content = file.src_dir == config.docs_dir  # not the theme's
            if from_content and not _within(Path(file.abs_src_path), inside, folders):
                self.problems.append(Diagnostic(
                    f"{docs_dir.name}/{file.src_uri}", "CONTENT-LINK", "a symbolic link: not published",
                    "copy the file itself into content/ if it should be published", level="error"))
                continue
            if file.is_documentation_page() and file.src_uri.startswith(f"{paths.DOCUMENTS_DIR}/") \
                    and not file.generated_by:
                document, problems = published.read(docs_dir, file.src_uri, self.document_cache)
                self.problems.extend(problems)
                if document is None:
                    continue  # published without it; the report says why
                document.url = file.url
                documents[file.src_uri] = document
            kept.append(file)
        self.corpus = Corpus.of(docs_dir, documents, self.site_url)
        self.fingerprints = Fingerprints(cache_dir / "pages.json")
        self.site_ready()
        self._start_side_outputs(config, cache_dir)  # needs only the documents: runs beside the rest
        self.files = Files(self._site_files(kept, config))
        return self.files

    def _site_files(self, kept: list[File], config) -> list[File]:
        """Every file of the site: one page object per page, each with its
        fingerprint; the order is mkdocs' (the sitemap follows it)."""
        corpus, titles = self.corpus, nav_titles(config.nav)
        pages = []
        out = []
        for file in kept:
            if not file.is_documentation_page():
                out.append(file)
                continue
            site_file = SiteFile.of(file)
            document = corpus.documents.get(file.src_uri)
            if document is not None:
                pages.append(DocumentPage(site_file, config, corpus, document))
            elif file.src_uri == urls.HOME:
                pages.append(HomePage(site_file, config, corpus, self.config.latest_on_home, titles.get(urls.HOME)))
            else:
                pages.append(WrittenPage(site_file, config, titles.get(file.src_uri)))
            out.append(site_file)

        def add(uri: str, kind, *args, **kwargs):
            pages.append(kind(SiteFile.generated(config, uri, content=""), config, corpus, *args, **kwargs))
            out.append(pages[-1].file)

        for node in corpus.graph.cited_only():
            add(urls.document(node.slug), CitedOnlyPage, node)
        for document in corpus.documents.values():
            if document.slug in corpus.compared:
                add(urls.compare(document.slug), ComparePage, document)
        for redirect in (Redirect(old, new) for old, new in corpus.moved().items()):
            out.append(File.generated(config, redirect.uri, content=redirect.html()))
        for listing, group in self._listings():
            add(listing.uri, ListingPage, listing, group, nav_title=titles.get(listing.uri))
        for uri, kind in ((urls.BROWSE_HUB, BrowsePage), (urls.SEARCH, SearchPage), (urls.OPEN_DATA, OpenDataPage),
                          (urls.GRAPH, GraphPage)):
            add(uri, kind, nav_title=titles.get(uri))
        key = site_key(config.config_file_path)
        for page in pages:
            self.fingerprints.record(page.file.dest_uri, fingerprint(key, type(page).__name__, page.fingerprint()))
            if self.dirty:
                page.file.fingerprints, page.file.site_dir = self.fingerprints, config.site_dir
        if self.dirty:
            self._unlink_rewritten(out, config)
        return out

    def _listings(self) -> list[tuple]:
        """(listing slice, browse group or None) of every listing page."""
        corpus, size = self.corpus, self.config.page_size
        out = [(page, None) for page in listing_pages(corpus.ordered, size)]
        for group in (g for kind in corpus.browse.values() for g in kind):
            out += [(page, group) for page in listing_pages(group.rows, size, group.index_uri, group.archive,
                                                           group.label)]
        return out

    def _unlink_rewritten(self, files: list[File], config) -> None:
        """In a dirty build the site may be a tree of links to the published
        one: remove each file this build will write, so it is written anew
        instead of through the link."""
        site = Path(config.site_dir)
        rewritten = [f.dest_uri for f in files if f.is_modified()]
        rewritten += list(config.theme.static_templates) + ["sitemap.xml.gz"]
        for uri in rewritten:
            (site / uri).unlink(missing_ok=True)

    def on_page_content(self, html, page, config, files):
        self.rendered += 1
        return html

    # -- write --------------------------------------------------------------
    def _start_side_outputs(self, config, cache_dir: Path) -> None:
        """Data files and the search index, written by a second process
        while this one renders pages."""
        made_by = code_version(outputs.__file__, search_terms.__file__)
        fresh = set()
        newest_published_last = sorted(self.corpus.ordered, key=lambda d: d.published_key)  # search appends
        for document in newest_published_last:
            data = urls.data_files(document.slug)[1]  # its data files are made from the content file alone
            value = fingerprint(document.digest, made_by)
            if self.dirty and self.fingerprints.previous.get(data) == value:
                fresh.add(document.slug)
            self.fingerprints.record(data, value)
        self.side_outputs = ForkedCall(outputs.write, Path(config.site_dir), newest_published_last,
                                       self.corpus.facets, fresh, cache_dir)

    def commit_state(self) -> None:
        """Remember what each page was built from, for the next dirty build."""
        self.fingerprints.save()

    def on_build_error(self, error):
        if self.side_outputs is not None:
            self.side_outputs.cancel()

    def on_post_build(self, config):
        site = Path(config.site_dir)
        try:
            written = set(self.side_outputs.result())
        except RuntimeError as exc:  # the data files or the search index could not be written
            raise PluginError(f"vanban: {exc}") from None
        for feed in feeds.portal_feeds(self.corpus.ordered, self.corpus.browse, LISTING_TITLE):
            write_atomic(site / feed.path, feeds.render(feed, config.site_name, self.site_url))
            written.add(feed.path)
        if not self.defer_state:
            self.commit_state()
        self.document_cache.save()
        log.info(f"vanban: {self.rendered} pages rendered")
        if self.dirty:
            expected = {f.dest_uri for f in self.files} | set(config.theme.static_templates) | {"sitemap.xml.gz"}
            for stale in remove_stale(site, expected | written):
                log.info(f"vanban: removed {stale}, which this build no longer makes")
        for problem in self.problems:
            (log.error if problem.level == "error" else log.warning)(str(problem))
        skipped = [p for p in self.problems if p.level == "error"]
        log.info(f"vanban: {len(self.corpus.documents)} documents published, {len(skipped)} skipped")
