"""The published documents as a build reads them.

For each content file: its record (front matter), the digest of its bytes,
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
from dataclasses import dataclass
from pathlib import Path

from . import records as corpus
from . import ingest
from . import frontmatter as markdown
from .cache import ContentCache, content_key
from .records import Record, load_record, read_body
from vanban.model import Diagnostic

CITATIONS_DIR = ingest.CITATIONS_DIR


@dataclass
class Document:
    record: Record
    notes: dict  #: {"trich_dan": [...], "cau": {...}}
    notes_digest: str  #: names the notes, for fingerprints
    _body: str | None = None
    docs_dir: Path | None = None

    @property
    def body(self) -> str:
        if self._body is None:
            self._body = read_body(self.docs_dir / self.record.src_uri)
        return self._body


def stat_key(*paths: Path) -> bytes:
    parts = []
    for path in paths:
        try:
            st = os.stat(path)
            parts.append(f"{path}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ctime_ns}\0{st.st_ino}")
        except OSError:
            parts.append(f"{path}\0missing")
    return content_key(*parts)


def open_cache(cache_dir: Path) -> ContentCache:
    return ContentCache(cache_dir / "documents.pickle", __file__, corpus.__file__, markdown.__file__, ingest.__file__)


def read(docs_dir: Path, src_uri: str, cache: ContentCache) -> tuple[Document | None, list[Diagnostic]]:
    """One content file and its citation notes; None (and why) if it cannot be published."""
    notes_path = docs_dir / CITATIONS_DIR / f"{Path(src_uri).stem}.json"
    fresh: dict = {}

    def read_now():
        record, body, problems = load_record(docs_dir, src_uri)
        fresh["body"] = body
        notes = _notes(notes_path, body) if record else None
        return record, problems, notes, content_key(repr(notes)).hex()

    record, problems, notes, notes_digest = cache.get(stat_key(docs_dir / src_uri, notes_path), read_now)
    if record is None:
        return None, problems
    record = Record(record.slug, record.src_uri, record.meta, record.digest)  # the cached one stays as read
    return Document(record, notes, notes_digest, fresh.get("body"), docs_dir), problems


def _notes(path: Path, body: str) -> dict:
    """Where the document's citations stand: written by ingest; worked out
    here for a hand-written document that has none."""
    try:
        notes = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(notes, dict) and isinstance(notes.get("trich_dan"), list):
            return notes
    except (OSError, ValueError):
        pass
    return ingest.citation_notes(body)
