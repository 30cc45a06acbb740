"""Files the site publishes beside its pages: each document's Markdown and
JSON (open data), the corpus as JSON and CSV, and the split search index
with each document's plain text (for the snippets of results).

``write`` runs in a second process while mkdocs renders pages in the
first: on two cores it costs the build next to nothing.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from vanban.content.cache import ContentCache
from vanban.content.files import digest, write_atomic
from vanban.content.published import Published
from vanban.search import index as search_index
from vanban.search import terms
from vanban.text.shapes import display_date

from . import opendata, urls


def write(site: Path, documents: list[Published], facets: dict[str, dict[str, str]], fresh: set[str],
          cache_dir: Path) -> list[str]:
    """Write data files and the search index; return the paths written
    (site-relative). ``documents`` first published first: search numbers
    documents in that order; ``facets``: their filter values by slug.
    ``fresh``: slugs whose data files, from the last build (dirty builds
    only), are still right."""
    written = _write_data(site, documents, fresh)
    written += _write_corpus(site, documents)
    index = site / urls.INDEX_DIR
    cache = ContentCache(cache_dir / "search.pickle", terms.__file__, search_index.__file__, __file__)
    search_index.build([_search_document(d, facets[d.slug]) for d in documents], index, cache,
                       cache_dir / "search-state.pickle")
    cache.save()
    written += [p.relative_to(site).as_posix() for p in index.glob("*.js")]
    return written


def _write_corpus(site: Path, documents: list[Published]) -> list[str]:
    """The metadata of every document, as one JSON array and one CSV table."""
    newest = sorted(documents, key=lambda d: d.sort_key, reverse=True)
    entries = [opendata.entry(d.slug, d.url, d.meta) for d in newest]
    write_atomic(site / urls.CORPUS_JSON, opendata.as_json(entries))
    write_atomic(site / urls.CORPUS_CSV, opendata.as_csv(entries))
    return [urls.CORPUS_JSON, urls.CORPUS_CSV]


def _write_data(site: Path, documents: list[Published], fresh: set[str]) -> list[str]:
    (site / urls.DATA_DIR).mkdir(parents=True, exist_ok=True)
    (site / urls.TEXT_DIR).mkdir(parents=True, exist_ok=True)
    written = []
    for document in documents:
        names = urls.data_files(document.slug)
        written += names
        md, js, text = (site / name for name in names)
        if document.slug in fresh and md.exists() and js.exists() and text.exists():
            continue  # unchanged since the last build
        for path in (md, js, text):  # a new file, not a write through a link to the last build's copy
            path.unlink(missing_ok=True)
        shutil.copyfile(document.docs_dir / document.src_uri, md)
        body = document.body
        js.write_text(json.dumps(dict(document.meta.as_dict(), noi_dung=body), ensure_ascii=False, indent=1),
                      encoding="utf-8")
        text.write_text(f"vanbanText({search_index.script_json(document.slug)},"
                        f"{search_index.script_json(terms.plain_text(body))});\n", encoding="utf-8")
    return written


def _search_document(document: Published, facets: dict[str, str]) -> terms.SearchDocument:
    m = document.meta
    return terms.SearchDocument(
        url=document.url, title=document.title, so_ky_hieu=m.so_ky_hieu or "",
        ngay=display_date(m.ngay_ban_hanh or ""), nam=facets["nam"],
        loai_van_ban=facets["loai"], co_quan_ban_hanh=facets["co_quan"],
        ngay_ban_hanh=m.ngay_ban_hanh or "",
        trich_yeu=m.trich_yeu or "",
        fields=lambda: {
            "so_ky_hieu": m.so_ky_hieu or "", "trich_yeu": m.trich_yeu or "",
            "loai_van_ban": m.loai_van_ban or "",
            "co_quan_ban_hanh": " ".join(filter(None, (m.co_quan_ban_hanh, m.co_quan_chu_quan))),
            "dia_danh": m.dia_danh or "", "nguoi_ky": m.nguoi_ky or "", "noi_dung": document.body},
        key=digest(b"document", document.digest))  # the fields are the content file's: its digest names them
