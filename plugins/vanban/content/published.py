"""The published documents as a build reads them: one ``Published`` per
content file.

For each content file: its front matter (typed), the digest of its bytes,
the problems found, and its citation notes (``content/dan-chieu/``). A
rebuild of a province's site must not re-read 10,000 files to learn that
9,999 did not change: what was read is cached under the files' stat
(size, modification and change times in nanoseconds, inode), as make and
rsync decide, and a body is read only when something needs it (a page to
render, a search posting or data file to write anew).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from vanban.citations import notes as citation_notes
from vanban.model import Diagnostic, Metadata
from vanban.text.shapes import display_date

from . import frontmatter, paths
from .cache import ContentCache
from .files import digest


@dataclass
class Published:
    """A document of ``content/``: what the site, the search index and the
    open data are made from."""

    slug: str
    src_uri: str  #: path inside content/, e.g. "van-ban/ke-hoach-61-kh-ubnd-2026.md"
    meta: Metadata
    digest: str  #: of the content file's bytes: what it was read from
    notes: dict = field(default_factory=dict)  #: citation notes: {"trich_dan": [...], "cau": {...}}
    notes_digest: str = ""  #: names the notes, for fingerprints
    url: str = ""  #: set by the site once mkdocs has decided URLs
    docs_dir: Path | None = None
    _body: str | None = None

    @property
    def title(self) -> str:
        """"Kế hoạch 61/KH-UBND"; a draft without number also shows its date."""
        title = f"{self.meta.loai_van_ban or 'Văn bản'} {self.meta.so_ky_hieu or ''}".strip()
        if self.meta.so is None and self.meta.ngay_ban_hanh:
            title += f" ({display_date(self.meta.ngay_ban_hanh)})"
        return title

    @property
    def sort_key(self) -> tuple:
        return (self.meta.ngay_ban_hanh or "", self.slug)

    @property
    def published_key(self) -> tuple:
        """Order of publication on the portal: when ingested, then by date."""
        return (self.meta.ngay_dang_tai or "", *self.sort_key)

    @property
    def body(self) -> str:
        """The Markdown body, read on first use."""
        if self._body is None:
            self._body = frontmatter.body_of(frontmatter.as_text((self.docs_dir / self.src_uri).read_bytes()))
        return self._body


def load(docs_dir: Path, src_uri: str) -> tuple[Published | None, str, list[Diagnostic]]:
    """Read one content file; a broken one yields no document, and says why."""
    where = f"{docs_dir.name}/{src_uri}"
    if (docs_dir / paths.pending_path(Path(src_uri).stem)).exists():
        return None, "", [Diagnostic(where, "INGEST-INCOMPLETE", "its files were being written when ingest stopped",
                                     "run `vanban ingest` again on its original; it is left out until then",
                                     level="error")]
    try:
        data = (docs_dir / src_uri).read_bytes()
    except OSError as exc:
        return None, "", [Diagnostic(where, "FM-READ", f"cannot read the file: {exc}", "check the file's permissions",
                                     level="error")]
    try:
        text = frontmatter.as_text(data)
        mapping, body, _ = frontmatter.split(text)
    except frontmatter.FrontMatterError as exc:
        return None, "", [Diagnostic(where, "FM-YAML", exc.message, "fix the front matter (see README, 'Front matter')",
                                     line=exc.line, level="error")]
    except UnicodeDecodeError as exc:
        return None, "", [Diagnostic(where, "FM-READ", f"cannot read the file: {exc}", "save it as UTF-8 text",
                                     level="error")]
    meta, problems = frontmatter.read_metadata(mapping, where, frontmatter.key_lines(text))
    if meta is None:
        return None, body, problems
    return Published(Path(src_uri).stem, src_uri, meta, digest(data).hex(), docs_dir=docs_dir), body, problems


def stat_key(*files: Path) -> bytes:
    """Names the files' current state (size, times, inode): a cache key that
    changes whenever one of them does."""
    parts = []
    for path in files:
        try:
            st = os.stat(path)
            parts.append(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}")
        except OSError:
            parts.append(f"{path}\0missing")
    return digest(*parts)


def open_cache(cache_dir: Path) -> ContentCache:
    """The cache of content files read, kept under ``cache_dir``."""
    return ContentCache(cache_dir / "documents.pickle", __file__, frontmatter.__file__, citation_notes.__file__)


def read(docs_dir: Path, src_uri: str, cache: ContentCache) -> tuple[Published | None, list[Diagnostic]]:
    """One content file and its citation notes; None (and why) if it cannot be published."""
    slug = Path(src_uri).stem
    notes_path = docs_dir / paths.citation_notes_path(slug)
    fresh: dict = {}

    def read_now():
        document, body, problems = load(docs_dir, src_uri)
        fresh["body"] = body
        if document is not None:
            document.notes = _notes(notes_path, body)
            document.notes_digest = digest(repr(document.notes)).hex()
            document.docs_dir = None  # the cache keeps what was read, not where
        return document, problems

    # The pending marker counts too: a document being written is left out.
    document, problems = cache.get(stat_key(docs_dir / src_uri, notes_path, docs_dir / paths.pending_path(slug)),
                                   read_now)
    if document is None:
        return None, problems
    copy = Published(document.slug, document.src_uri, document.meta, document.digest, document.notes,
                     document.notes_digest, docs_dir=docs_dir, _body=fresh.get("body"))
    return copy, problems


def _notes(path: Path, body: str) -> dict:
    """Where the document's citations stand: written by ingest; worked out
    here for a hand-written document that has none."""
    try:
        notes = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(notes, dict) and isinstance(notes.get("trich_dan"), list):
            return notes
    except (OSError, ValueError):
        pass
    return citation_notes.citation_notes(body)
