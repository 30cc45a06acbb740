"""Every path inside ``content/``, in one place.

``content/`` is what the site is built from: ``van-ban/<slug>.md`` (front
matter and body), ``nguon/<slug>.<ext>`` (the original, byte for byte),
and sidecars written at ingest and read only while building:
``dan-chieu/<slug>.json`` (where each citation stands), ``sua-loi/`` (what
the repair changed), ``doi-chieu/`` (printed beside repaired, line by line)
and ``chuyen-huong.json`` (old slug → new slug).
"""

from __future__ import annotations

from pathlib import Path

DOCUMENTS_DIR = "van-ban"  #: documents: content/van-ban/<slug>.md
SOURCES_DIR = "nguon"  #: originals, byte for byte, named like their page
CITATIONS_DIR = "dan-chieu"  #: where each citation stands in the body, per document (JSON)
REPAIRS_DIR = "sua-loi"  #: what the repair changed, per document (JSON)
COMPARE_DIR = "doi-chieu"  #: printed beside repaired, line by line, per repaired document (JSON)
PENDING_DIR = ".dang-ghi"  #: one marker per document whose files ingest is writing (hidden: never published)
REDIRECTS_FILE = "chuyen-huong.json"  #: old slug → new slug, for documents whose address had to change
#: Sidecars for building only: never published as they are. (The repair
#: notes, ``sua-loi/``, are published as they are: what the repair changed.)
BUILD_ONLY = (f"{CITATIONS_DIR}/", f"{COMPARE_DIR}/")


def document_path(slug: str) -> str:
    """A document's Markdown file."""
    return f"{DOCUMENTS_DIR}/{slug}.md"


def original_path(slug: str, name: str) -> str:
    """Where a document's original is published, relative to ``content/``.
    Its extension says what the file is; its name is the document's."""
    return f"{SOURCES_DIR}/{slug}{Path(name).suffix.lower()}"


def citation_notes_path(slug: str) -> str:
    """Where its citations stand in the body."""
    return f"{CITATIONS_DIR}/{slug}.json"


def repair_notes_path(slug: str) -> str:
    """What the repair changed in it."""
    return f"{REPAIRS_DIR}/{slug}.json"


def compare_lines_path(slug: str) -> str:
    """Its printed and repaired lines, side by side."""
    return f"{COMPARE_DIR}/{slug}.json"


def pending_path(slug: str) -> str:
    """Exists while ingest writes the document's files: a document with it is
    incomplete (ingest was interrupted), redone by the next ingest and left
    out of builds until then."""
    return f"{PENDING_DIR}/{slug}"


def sidecar_paths(slug: str) -> tuple[str, ...]:
    """Every file of a document besides its original."""
    return (document_path(slug), citation_notes_path(slug), repair_notes_path(slug), compare_lines_path(slug))


def published_name(source: Path) -> str:
    """The original's name as published; a ".md" original must not become a page."""
    return source.name + ".txt" if source.suffix.lower() in (".md", ".markdown", ".html", ".htm") else source.name


def cache_dir(docs_dir: Path) -> Path:
    """What builds remember, beside ``content/`` (never published)."""
    return Path(docs_dir).resolve().parent / ".cache" / "vanban"


def lock_path(docs_dir: Path) -> Path:
    """Held by the one ingest or build of ``docs_dir`` running at a time;
    beside the caches, so content/ holds documents only."""
    return cache_dir(docs_dir) / "content.lock"
