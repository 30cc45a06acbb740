"""Thin mkdocs glue: read ``content/``, link documents, add the derived pages
(listings, search), render document bodies safely and write the search index.

Document bodies never go through Python-Markdown (which passes raw HTML
through): ``on_page_markdown`` hands mkdocs an empty page and
``on_page_content`` puts in what ``render`` made with markdown-it-py.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path


from markupsafe import Markup
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url

from . import browse
from . import feeds
from . import opendata
from . import outputs
from . import pages
from vanban.content import published
from . import diagrams as relations
from vanban.search import terms as search
from vanban.content.cache import cache_dir, code_version
from .forked import ForkedCall
from vanban.citations.graph import CitationGraph, Published
from .listing import ListingPage, listing_pages
from vanban.content.records import DOCUMENTS_DIR, Record, display_date
from vanban.reading.decode import DecodeError, decode
from .incremental import Fingerprints, digest, remove_stale, replace_if_changed, site_key
from vanban.content.ingest import CITATIONS_DIR, COMPARE_DIR, REDIRECTS_FILE, REPAIRS_DIR
from vanban.model import Diagnostic
from .render import render

log = logging.getLogger("mkdocs.plugins.vanban")
THEME_DIR = Path(__file__).parent / "theme"
LISTING_TITLE = "Văn bản chỉ đạo điều hành"
BROWSE_TITLE = "Duyệt văn bản theo năm, loại và cơ quan"
SEARCH_URI = "tim-kiem.md"
OPEN_DATA_URI = "du-lieu-mo.md"
GRAPH_URI = "lien-ket.md"
ASSETS = "assets/vanban"


class VanbanConfig(Config):
    page_size = c.Type(int, default=50)
    latest_on_home = c.Type(int, default=10)


class VanbanPlugin(BasePlugin[VanbanConfig]):
    dirty = False
    #: Set by ``vanban build``, which builds beside the site and swaps it in:
    #: what was built is remembered only once the swap happened.
    defer_state = False
    #: Set by ``vanban build --incremental``: waits until the site to build
    #: on is in place (it is linked together while content/ is read).
    site_ready = staticmethod(lambda: None)

    def on_startup(self, *, command, dirty):
        self.dirty = dirty

    def on_config(self, config):
        self.site_url = (config.site_url or "").rstrip("/") + "/" if config.site_url else ""
        config.theme.dirs.insert(1 if config.theme.custom_dir else 0, str(THEME_DIR))
        config.extra_css.append(f"{ASSETS}/vanban.css")
        config.extra_javascript.append(f"{ASSETS}/van-ban.js")  # citation and passage links; idle elsewhere
        return config

    # -- collect ------------------------------------------------------------
    def on_files(self, files: Files, config) -> Files:
        self.rendered = 0
        self.docs_dir = Path(config.docs_dir)
        self.records: dict[str, Record] = {}
        self.documents: dict[str, published.Document] = {}
        self.bodies: dict[str, str] = {}
        self.problems: list[Diagnostic] = []
        self.generated: set[str] = set()  #: pages vanban adds, and writes the HTML of
        for file in [f for f in files if f.src_uri.startswith((f"{CITATIONS_DIR}/", f"{COMPARE_DIR}/"))
                     or f.src_uri == REDIRECTS_FILE]:
            files.remove(file)  # where citations stand, compare lines, old addresses: for building only
        self.cache_dir = cache_dir(self.docs_dir)
        self.document_cache = published.open_cache(self.cache_dir)
        for file in list(files.documentation_pages()):
            if not file.src_uri.startswith(f"{DOCUMENTS_DIR}/") or file.generated_by:
                continue
            document, problems = published.read(self.docs_dir, file.src_uri, self.document_cache)
            self.problems.extend(problems)
            if document is None:
                files.remove(file)  # published without it; the report says why
                continue
            record = document.record
            record.url = file.url
            self.records[file.src_uri] = record
            self.documents[file.src_uri] = document
        self.ordered = sorted(self.records.values(), key=lambda r: r.sort_key, reverse=True)
        self.facet_options = search.facet_options(search.facets_of(r.meta) for r in self.ordered)
        self.fingerprints = Fingerprints(self.cache_dir / "pages.json")
        self.site_ready()
        self._start_side_outputs(config)  # needs only the records: starts early, runs beside the rest
        # The citation graph, once per build, from the front matter of all documents.
        self.graph = CitationGraph([Published(r.slug, r.meta.get("so_ky_hieu"), r.meta.get("so"),
                                              r.meta.get("loai_van_ban"), r.meta.get("ngay_ban_hanh"),
                                              r.meta.get("co_quan_ban_hanh"), r.meta.get("dan_chieu") or [])
                                    for r in self.ordered],
                                   {d.record.slug: d.notes.get("cau") or {} for d in self.documents.values()})
        self.cited_only = {f"{DOCUMENTS_DIR}/{n.slug}.md": n for n in self.graph.cited_only()}
        for uri in self.cited_only:
            self._generate(files, config, uri)
        self._add_compare_pages(files, config)
        self._add_redirects(files, config)
        self._add_listing_pages(files, config)
        self._generate(files, config, SEARCH_URI)
        self._generate(files, config, OPEN_DATA_URI)
        self._generate(files, config, GRAPH_URI)
        self._fingerprint(files, config)
        self.files = files
        return files

    def _generate(self, files: Files, config, uri: str) -> None:
        """Add a page whose HTML vanban writes (on_page_content)."""
        files.append(File.generated(config, uri, content=""))
        self.generated.add(uri)

    def on_pre_page(self, page, config, files):
        """A document's source was read with its front matter already: give
        mkdocs that body, instead of reading and parsing the file again."""
        document = self.documents.get(page.file.src_uri)
        if document is not None:
            def read_source(config, page=page, document=document):
                page.markdown, page.meta = document.body, {}

            page.read_source = read_source
        if document is not None or page.file.src_uri in self.generated:
            # vanban writes this page's HTML itself (on_page_content): mkdocs
            # need not set up a Markdown converter for it (10,000 times).
            def render(config, files, page=page):
                page.content, page.toc = "", get_toc([])

            page.render = render
        return page

    def _fingerprint(self, files: Files, config) -> None:
        """Hash what each page shows; in a dirty build, render only pages whose
        hash changed (mkdocs asks ``file.is_modified()``)."""
        site = Path(config.site_dir)
        key = site_key(config.config_file_path)
        by_uri = {}
        for record in self.records.values():
            repaired = self.repair_bytes.get(record.slug, b"")
            by_uri[record.src_uri] = digest(key, record.digest, self.documents[record.src_uri].notes_digest, repaired,
                                            self._neighbourhood(record.slug))
        for uri, (record, stat) in self.compare.items():
            by_uri[uri] = digest(key, record.digest, stat)
        for uri, node in self.cited_only.items():
            by_uri[uri] = digest(key, node.title, node.ngay_ban_hanh, node.issuers, self._neighbourhood(node.slug))
        row = lambda r: (r.slug, r.title, r.meta.get("so_ky_hieu"), r.meta.get("ngay_ban_hanh"),
                         r.meta.get("loai_van_ban"), r.meta.get("co_quan_ban_hanh"), r.meta.get("trich_yeu"))
        for uri, listing in self.listing.items():
            by_uri[uri] = digest(key, [row(r) for r in listing.rows], listing.fingerprint(),
                                 self.facet_options if listing.is_index and listing.group is None else None)
        by_uri[GRAPH_URI] = digest(key, sorted((s, n.cites, [(m.citing, m.sentence) for m in n.cited_by], n.title)
                                               for s, n in self.graph.nodes.items()))
        by_uri[SEARCH_URI] = digest(key, self.facet_options)
        by_uri[OPEN_DATA_URI] = digest(key, len(self.ordered), self.ordered[0].slug if self.ordered else None)
        by_uri[browse.HUB_URI] = digest(key, [(g.kind, g.slug, g.label, len(g.rows))
                                              for kind in self.browse.values() for g in kind])
        for file in files.documentation_pages():
            value = by_uri.get(file.src_uri)
            if value is None:  # a hand-written page; the home page shows the latest rows too
                source = Path(file.abs_src_path) if file.abs_src_path else None
                value = digest(key, source.read_bytes() if source and source.exists() else file.src_uri,
                               [row(r) for r in self.ordered[: self.config.latest_on_home]]
                               if file.src_uri == "index.md" else None)
            self.fingerprints.record(file.dest_uri, value)
            if self.dirty:
                file.is_modified = (lambda f=file: self.fingerprints.modified(f.dest_uri, site))
        if self.dirty:
            self._unlink_rewritten(files, config)

    def _unlink_rewritten(self, files: Files, config) -> None:
        """In a dirty build the site may be a tree of links to the published
        one: remove each file this build will write, so it is written anew
        instead of through the link."""
        site = Path(config.site_dir)
        rewritten = [f.dest_uri for f in files if f.is_modified()]
        rewritten += list(config.theme.static_templates) + ["sitemap.xml.gz"]
        for uri in rewritten:
            (site / uri).unlink(missing_ok=True)

    def _add_redirects(self, files: Files, config) -> None:
        """A page at each old address of a document, sending readers (and the
        passage they linked to) to where it is now."""
        try:
            moved = json.loads((self.docs_dir / REDIRECTS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        live = {r.slug for r in self.records.values()} | {n.slug for n in self.cited_only.values()}
        for old, new in (moved.items() if isinstance(moved, dict) else []):
            if not (isinstance(old, str) and isinstance(new, str)) or old in live or new not in live:
                continue
            if not re.fullmatch(r"[a-z0-9-]+", old + new):
                continue  # only slugs: nothing else may become a path or a URL
            files.append(File.generated(config, f"{DOCUMENTS_DIR}/{old}.html", content=pages.redirect_page(
                f"{new}.html")))

    def _add_compare_pages(self, files: Files, config) -> None:
        """A line-by-line comparison page (doi-chieu/<slug>.html) for each
        repaired document that has its lines in content/doi-chieu/."""
        self.repair_bytes: dict[str, bytes] = {}
        self.compare: dict[str, tuple[Record, tuple]] = {}
        for record in self.records.values():
            if not record.meta.get("da_sua_loi"):
                continue
            path = self.docs_dir / REPAIRS_DIR / f"{record.slug}.json"
            if path.exists():
                self.repair_bytes[record.slug] = path.read_bytes()
            try:
                stat = (self.docs_dir / COMPARE_DIR / f"{record.slug}.json").stat()
            except OSError:
                continue
            uri = f"{COMPARE_DIR}/{record.slug}.md"
            self.compare[uri] = (record, (stat.st_size, stat.st_mtime_ns, stat.st_ino))
            self._generate(files, config, uri)

    def _neighbourhood(self, slug: str) -> list:
        """What a page shows of other documents: titles, dates, links, sentences."""
        node = self.graph.nodes[slug]
        label = lambda s: (s, self.graph.nodes[s].title, self.graph.nodes[s].ngay_ban_hanh,
                           self.graph.nodes[s].published)
        return [[(label(s), amb) for s, amb in node.cites], [(label(m.citing), m.sentence) for m in node.cited_by],
                [label(n.slug) for n, _ in self.graph.related(slug)]]

    def _href(self, page) -> "relations.Href":
        return lambda slug: get_relative_url(f"{DOCUMENTS_DIR}/{slug}.html", page.url)

    def _add_listing_pages(self, files: Files, config) -> None:
        """The listing of everything, and one per year, type and issuer."""
        size = self.config.page_size
        self.listing = {page.uri: page for page in listing_pages(self.ordered, size)}
        self.browse = browse.groups(self.ordered)
        self.group_of: dict[str, browse.Group] = {}  #: a browse listing's first page → its group
        for group in (g for kind in self.browse.values() for g in kind):
            self.group_of[group.index_uri] = group
            for page in listing_pages(group.rows, size, group.index_uri, group.archive, group.label):
                self.listing[page.uri] = page
        for uri in [*self.listing, browse.HUB_URI]:
            self._generate(files, config, uri)

    # -- render -------------------------------------------------------------
    def on_page_markdown(self, markdown, page, config, files):
        uri = page.file.src_uri
        if uri in self.records:
            self.bodies[uri] = markdown
            page.meta["title"] = self.records[uri].title
            return ""
        if uri in self.cited_only:
            page.meta["title"] = self.cited_only[uri].title
            return ""
        if uri in self.listing:
            page.meta["title"] = self._listing_title(self.listing[uri])
            return ""
        if uri == browse.HUB_URI:
            page.meta["title"] = BROWSE_TITLE
            return ""
        if uri == OPEN_DATA_URI:
            page.meta["title"] = "Dữ liệu mở"
            return ""
        if uri == SEARCH_URI:
            page.meta["title"] = "Tìm kiếm"
            return ""
        if uri in self.compare:
            page.meta["title"] = f"Đối chiếu: {self.compare[uri][0].title}"
            return ""
        if uri == GRAPH_URI:
            page.meta["title"] = "Liên kết giữa các văn bản"
            return ""
        return markdown

    def on_page_content(self, html, page, config, files):
        self.rendered += 1
        uri = page.file.src_uri
        if uri in self.records:
            return self._document_html(self.records[uri], page)
        if uri in self.cited_only:
            return relations.cited_only_page(self.graph, self.cited_only[uri], self._href(page))
        if uri == GRAPH_URI:
            return relations.graph_page(self.graph, self._href(page))
        if uri in self.compare:
            return self._compare_html(self.compare[uri][0], page)
        if uri in self.listing:
            return self._listing_html(self.listing[uri], page)
        if uri == OPEN_DATA_URI:
            example = self.ordered[0].slug if self.ordered else "<slug>"
            rel = lambda target: get_relative_url(target, page.url)  # noqa: E731
            return pages.open_data_page(len(self.ordered), {
                "json": rel(opendata.JSON_PATH), "csv": rel(opendata.CSV_PATH), "feed": rel(feeds.SITE_FEED),
                "sitemap": rel("sitemap.xml"), "example_json": rel(f"{outputs.DATA_DIR}/{example}.json"),
                "example_md": rel(f"{outputs.DATA_DIR}/{example}.md")}, opendata.FIELDS)
        if uri == browse.HUB_URI:
            return pages.browse_page(BROWSE_TITLE, [
                (label, [(g.label, len(g.rows), get_relative_url(g.index_uri[:-3] + ".html", page.url))
                         for g in self.browse[kind]]) for kind, _, label in browse.KINDS])
        if uri == SEARCH_URI:
            scripts = [f"{ASSETS}/search.js"]
            return pages.search_page([get_relative_url(s, page.url) for s in scripts], self.facet_options)
        if page.is_homepage:
            latest = [(r, get_relative_url(r.url, page.url)) for r in self.ordered[: self.config.latest_on_home]]
            more = get_relative_url(self.records_listing_url(), page.url)
            return html + str(pages.listing_table(latest, "Văn bản mới ban hành")) + \
                f'<p><a href="{more}">Xem tất cả văn bản chỉ đạo điều hành →</a></p>'
        return html

    def records_listing_url(self) -> str:
        return f"{DOCUMENTS_DIR}/index.html"

    def _document_html(self, record: Record, page) -> str:
        href = self._href(page)

        links = []
        for cited in self.documents[record.src_uri].notes.get("trich_dan", []):
            if not isinstance(cited, dict) or not cited.get("so_ky_hieu") or not cited.get("text"):
                continue
            target = self.graph.find(str(cited["so_ky_hieu"]), cited.get("ngay_ban_hanh"),
                                     record.meta.get("ngay_ban_hanh"))
            if target and target.slug != record.slug:
                links.append((str(cited["text"]), href(target.slug)))

        repair_notes = self._repair_notes(record)
        rendered = render(self.bodies.pop(page.file.src_uri, ""), links, repair_notes.get("khong_chac"))
        page.toc = get_toc([{"level": h.level, "id": h.id, "name": h.text, "children": []}
                            for h in rendered.headings if h.level <= 3])
        nguon = str(record.meta.get("nguon") or "")
        # Only a file of the site: a hand-edited "javascript:..." gets no link.
        links = {"Bản gốc": get_relative_url(nguon, page.url)} if re.fullmatch(r"nguon/[^:?#\\]+", nguon) else {}
        links["Markdown"] = get_relative_url(f"du-lieu/van-ban/{record.slug}.md", page.url)
        links["JSON"] = get_relative_url(f"du-lieu/van-ban/{record.slug}.json", page.url)
        compare_uri = f"{COMPARE_DIR}/{record.slug}.md"
        compare_href = get_relative_url(f"{COMPARE_DIR}/{record.slug}.html", page.url) \
            if compare_uri in self.compare else None
        original = self._original_text(record) if record.meta.get("da_sua_loi") and not compare_href else None
        permalink = (self.site_url + record.url) if self.site_url else get_relative_url(record.url, page.url)
        citation = pages.citation_box(record, permalink)
        return pages.document_page(record, rendered, links, relations.relation_sections(
                                       self.graph, record.slug, href,
                                       [c for c in record.meta.get("dan_chieu") or []
                                        if isinstance(c, dict) and not c.get("so_ky_hieu")]),
                                   original, repair_notes, compare_href, citation, pages.print_foot(record, permalink))

    def _compare_html(self, record: Record, page) -> str:
        try:
            lines = json.loads((self.docs_dir / COMPARE_DIR / f"{record.slug}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            lines = []
        lines = lines if isinstance(lines, list) else []
        nguon = str(record.meta.get("nguon") or "")
        original = get_relative_url(nguon, page.url) if re.fullmatch(r"nguon/[^:?#\\]+", nguon) else None
        return pages.compare_page(record, lines, get_relative_url(record.url, page.url), original)

    def _repair_notes(self, record: Record) -> dict:
        """The repair notes read in on_files (``repair_bytes``), parsed."""
        try:
            notes = json.loads(self.repair_bytes.get(record.slug, b"{}"))
        except ValueError:
            return {}
        return notes if isinstance(notes, dict) else {}

    def _original_text(self, record: Record) -> str | None:
        """The original as decoded text, for the "before repair" view."""
        try:
            return decode((self.docs_dir / str(record.meta.get("nguon"))).read_bytes())[0]
        except (OSError, DecodeError):
            return None

    def _listing_title(self, listing: ListingPage) -> str:
        group = self.group_of.get(listing.index_uri)
        title = group.title if group else LISTING_TITLE
        return title if listing.is_index else f"{title}: trang {listing.number}"

    def _listing_html(self, listing: ListingPage, page) -> str:
        rows = [(r, get_relative_url(r.url, page.url)) for r in listing.rows]
        nav = [(label, get_relative_url(uri[:-3] + ".html", page.url) if uri else None)
               for label, uri in listing.nav()]
        group = self.group_of.get(listing.index_uri)
        above = Markup("")  # what stands between the title and the table
        if listing.is_index:
            intro = f"{listing.total} văn bản, mới nhất trước."
            if group is None:
                above = pages.search_form(get_relative_url(SEARCH_URI[:-3] + ".html", page.url), self.facet_options)
        else:
            dates = [display_date(r.meta.get("ngay_ban_hanh")) for r in listing.rows if r.meta.get("ngay_ban_hanh")]
            intro = f"Văn bản ban hành từ {dates[-1]} đến {dates[0]}, mới nhất trước." if dates else ""
        if group is not None:
            above += pages.browse_link(get_relative_url(browse.HUB_URI[:-3] + ".html", page.url))
        feed = group.feed if group else feeds.SITE_FEED
        if feed and listing.is_index:
            above += pages.feed_link(get_relative_url(feed, page.url))
        return pages.listing_page(self._listing_title(listing), intro, rows, nav, above)

    # -- write --------------------------------------------------------------
    def _start_side_outputs(self, config) -> None:
        """Data files and the search index, written by a second process
        while this one renders pages."""
        items = []
        made_by = code_version(outputs.__file__, search.__file__)
        for r in sorted(self.ordered, key=lambda r: r.published_key):  # search appends what arrives
            data = f"{outputs.DATA_DIR}/{r.slug}.json"  # its data files are made from the content file alone
            value = digest(r.digest, made_by)
            fresh = self.fingerprints.previous.get(data) == value
            self.fingerprints.record(data, value)
            body = lambda document=self.documents[r.src_uri]: document.body  # noqa: E731
            items.append(outputs.Item(r.slug, self.docs_dir / r.src_uri, r.meta, r.digest, body, r.url, r.title, fresh))
        self.side_outputs = ForkedCall(outputs.write, Path(config.site_dir), items, self.dirty, self.cache_dir)

    def commit_state(self) -> None:
        """Remember what each page was built from, for the next dirty build."""
        self.fingerprints.save()

    def on_build_error(self, error):
        if getattr(self, "side_outputs", None):
            self.side_outputs.cancel()

    def _feeds(self) -> list[feeds.Feed]:
        """The portal's feed, and one per type and per issuer."""
        out = [feeds.Feed(feeds.SITE_FEED, f"{LISTING_TITLE}: văn bản mới", "van-ban/index.html", self.ordered)]
        for g in (g for kind in self.browse.values() for g in kind if g.feed):
            out.append(feeds.Feed(g.feed, f"{g.label}: văn bản mới", g.index_uri[:-3] + ".html", g.rows))
        return out

    def _write_feeds(self, site: Path, config) -> set[str]:
        written = set()
        for feed in self._feeds():
            replace_if_changed(site / feed.path, feeds.render(feed, config.site_name, self.site_url))
            written.add(feed.path)
        return written

    def on_post_build(self, config):
        site = Path(config.site_dir)
        try:
            written = set(self.side_outputs.result())
        except RuntimeError as exc:  # the data files or the search index could not be written
            raise PluginError(f"vanban: {exc}") from None
        written |= self._write_feeds(site, config)
        if not self.defer_state:
            self.commit_state()
        self.document_cache.save()
        log.info(f"vanban: {self.rendered} pages rendered")
        if self.dirty:
            expected = {f.dest_uri for f in self.files} | set(config.theme.static_templates) | {"sitemap.xml.gz"}
            expected |= written
            for stale in remove_stale(site, expected):
                log.info(f"vanban: removed {stale}, which this build no longer makes")
        for problem in self.problems:
            (log.error if problem.level == "error" else log.warning)(str(problem))
        skipped = [p for p in self.problems if p.level == "error"]
        log.info(f"vanban: {len(self.records)} documents published, {len(skipped)} skipped")

