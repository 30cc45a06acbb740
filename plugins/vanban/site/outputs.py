"""Files the site publishes beside its pages: each document's Markdown and
JSON (open data), and the split search index with each document's plain
text (for the snippets of results).

``write`` runs in a second process while mkdocs renders pages in the
first: on two cores it costs the build next to nothing.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import opendata
from vanban.search import terms as search
from vanban.search import index as search_index
from vanban.content.cache import ContentCache, content_key
from .incremental import replace_if_changed
from vanban.content.records import display_date

DATA_DIR = "du-lieu/van-ban"
INDEX_DIR = "assets/vanban/tim-kiem"
TEXT_DIR = f"{INDEX_DIR}/van-ban"  #: one script per document: its plain text


@dataclass
class Item:
    """What the side outputs need of one published document."""

    slug: str
    source: Path  #: the content file
    meta: dict
    digest: str  #: of the content file's bytes
    body: Callable[[], str]  #: reads the body, when it is needed
    url: str
    title: str
    fresh: bool = False  #: its data files, from the last build, are still right


def write(site: Path, items: list[Item], dirty: bool, cache_dir: Path) -> list[str]:
    """Write data files and the search index; return the paths written (site-relative).
    ``items`` first published first: search numbers documents in that order."""
    written = _write_data(site, items, dirty)
    written += _write_corpus(site, items)
    index = site / INDEX_DIR
    cache = ContentCache(cache_dir / "search.pickle", search.__file__, search_index.__file__, __file__)
    search_index.build([_search_document(i) for i in items], index, cache,
                       cache_dir / "search-state.pickle")
    cache.save()
    written += [p.relative_to(site).as_posix() for p in index.glob("*.js")]
    return written


def _write_corpus(site: Path, items: list[Item]) -> list[str]:
    """The metadata of every document, as one JSON array and one CSV table."""
    newest = sorted(items, key=lambda i: (str(i.meta.get("ngay_ban_hanh") or ""), i.slug), reverse=True)
    entries = [opendata.entry(i.slug, i.url, i.meta, DATA_DIR) for i in newest]
    replace_if_changed(site / opendata.JSON_PATH, opendata.as_json(entries))
    replace_if_changed(site / opendata.CSV_PATH, opendata.as_csv(entries))
    return [opendata.JSON_PATH, opendata.CSV_PATH]


def _write_data(site: Path, items: list[Item], dirty: bool) -> list[str]:
    out = site / DATA_DIR
    out.mkdir(parents=True, exist_ok=True)
    written = []
    texts = site / TEXT_DIR
    texts.mkdir(parents=True, exist_ok=True)
    for item in items:
        md, js, text = out / f"{item.slug}.md", out / f"{item.slug}.json", texts / f"{item.slug}.js"
        written += [f"{DATA_DIR}/{md.name}", f"{DATA_DIR}/{js.name}", f"{TEXT_DIR}/{text.name}"]
        if dirty and item.fresh and md.exists() and js.exists() and text.exists():
            continue  # unchanged since the last build
        for path in (md, js, text):  # a new file, not a write through a link to the last build's copy
            path.unlink(missing_ok=True)
        shutil.copyfile(item.source, md)
        body = item.body()
        js.write_text(json.dumps(dict(item.meta, noi_dung=body), ensure_ascii=False, indent=1), encoding="utf-8")
        text.write_text(f"vanbanText({search_index.script_json(item.slug)},"
                        f"{search_index.script_json(search.plain_text(body))});\n", encoding="utf-8")
    return written


def _search_document(item: Item) -> search.SearchDocument:
    m = item.meta
    facets = search.facets_of(m)
    return search.SearchDocument(
        url=item.url, title=item.title, so_ky_hieu=m.get("so_ky_hieu") or "",
        ngay=display_date(str(m.get("ngay_ban_hanh") or "")), nam=facets["nam"],
        loai_van_ban=facets["loai"], co_quan_ban_hanh=facets["co_quan"],
        ngay_ban_hanh=str(m.get("ngay_ban_hanh") or ""),
        trich_yeu=m.get("trich_yeu") or "",
        fields=lambda: {
            "so_ky_hieu": m.get("so_ky_hieu") or "", "trich_yeu": m.get("trich_yeu") or "",
            "loai_van_ban": m.get("loai_van_ban") or "",
            "co_quan_ban_hanh": " ".join(filter(None, (m.get("co_quan_ban_hanh"), m.get("co_quan_chu_quan")))),
            "dia_danh": m.get("dia_danh") or "", "nguoi_ky": m.get("nguoi_ky") or "", "noi_dung": item.body()},
        key=content_key(b"document", item.digest))  # the fields are the content file's: its digest names them
