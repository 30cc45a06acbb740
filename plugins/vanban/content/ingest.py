"""Write processed documents into ``content/``: Markdown plus the original.

Layout: ``content/van-ban/<slug>.md`` and the original, byte for byte, at
``content/nguon/<slug><its extension>``: one folder of files, named from
the document's identity like its page. The original's file name, kept in
the front matter (``tep_goc``), ties a content file to its source across
runs, so re-running is idempotent and a document whose slug changes leaves
no stale copy behind.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

from vanban.citations.notes import citation_notes
from vanban.model import Diagnostic, Document
from vanban.pipeline import process
from vanban.reading.decode import DecodeError
from vanban.text.slugs import disambiguate, document_slug, is_reserved

from . import frontmatter, paths
from .files import write_atomic
from .lock import exclusive
from .workers import worker_pool

_TEP_GOC_LINE = re.compile(r"^tep_goc:.*$", re.MULTILINE)
_NGUON_LINE = re.compile(r"^nguon:.*$", re.MULTILINE)  # before tep_goc: nguon/<slug>/<name>
_DANG_TAI_LINE = re.compile(r"^ngay_dang_tai:.*$", re.MULTILINE)
VIETNAM = timezone(timedelta(hours=7), "ICT")  #: no daylight saving


def now() -> str:
    """When documents ingested now are published: the time in Vietnam, to
    the second; ``SOURCE_DATE_EPOCH`` fixes it (reproducible content)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), VIETNAM) if epoch and epoch.isdigit() else datetime.now(VIETNAM)
    return moment.replace(microsecond=0).isoformat()


@dataclass
class IngestReport:
    """What an ingest did: slugs written and unchanged, files that failed, and
    every problem found."""
    written: list[str] = field(default_factory=list)  #: slugs written or rewritten
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  #: source paths not ingested
    diagnostics: list[Diagnostic] = field(default_factory=list)


def source_files(inputs: list[Path]) -> tuple[list[Path], list[Diagnostic]]:
    """Files named, and the regular files inside folders named (hidden ones
    skipped); what is left out, and why: a link leading out of its folder
    (it would publish a file nobody meant to), a FIFO, device or socket
    (reading it could block forever)."""
    found: list[Path] = []
    skipped: list[Diagnostic] = []
    for path in inputs:
        if not path.is_dir():
            if path.exists() and not path.is_file():
                skipped.append(_special(path))
            else:
                found.append(path)  # named by the operator (a missing file is reported when read)
            continue
        root = path.resolve()
        for folder, dirs, names in os.walk(path):  # links to folders are not followed
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(n for n in names if not n.startswith(".")):
                candidate = Path(folder) / name
                if candidate.is_symlink() and not candidate.resolve().is_relative_to(root):
                    skipped.append(Diagnostic(str(candidate), "INPUT-LINK", "a link to a file outside the folder "
                                              "being ingested: skipped", "copy the file itself into the folder"))
                elif not candidate.is_file():
                    skipped.append(_special(candidate))
                else:
                    found.append(candidate)
    return found, skipped


def _special(path: Path) -> Diagnostic:
    return Diagnostic(str(path), "INPUT-SPECIAL", "not a regular file (a FIFO, device or socket): skipped",
                      "give vanban the document's file itself")


def _existing(content_dir: Path) -> tuple[dict[str, str], dict[str, str]]:
    """For documents already in ``content/``: original file name → slug,
    and slug → when it was first published."""
    owners: dict[str, str] = {}
    published: dict[str, str] = {}
    for md in (content_dir / paths.DOCUMENTS_DIR).glob("*.md"):
        head = md.read_text(encoding="utf-8", errors="replace")[:20000]
        front = head.split("\n---", 1)[0]
        name, nguon = _field(_TEP_GOC_LINE, front), _field(_NGUON_LINE, front)
        if name:
            owners[name] = md.stem
        elif nguon and nguon.count("/") == 2:
            owners[Path(nguon).name] = md.stem
        if when := _field(_DANG_TAI_LINE, front):
            published[md.stem] = when
    return owners, published


def _field(line: re.Pattern, front: str) -> str | None:
    """One plain field of a front matter, without parsing the rest (the
    whole of content/ is scanned at every ingest)."""
    m = line.search(front)
    try:
        value = yaml.safe_load(m.group(0)) if m else None
    except yaml.YAMLError:
        return None
    value = value.popitem()[1] if isinstance(value, dict) and value else None
    return value if isinstance(value, str) and value else None


Progress = Callable[[int, int], None]


def _process_one(source: Path) -> tuple[Path, Document | None, Diagnostic | None]:
    """Run the pipeline on one file (in a worker process)."""
    try:
        return source, process(source), None
    except DecodeError as exc:
        return source, None, Diagnostic(str(source), exc.code, exc.message, exc.hint, level="error")
    except OSError as exc:
        return source, None, Diagnostic(str(source), "INPUT-READ", f"cannot read the file: {exc.strerror}",
                                        "check the path and permissions", level="error")


def _unchanged(content_dir: Path, slug: str | None, name: str, source: Path) -> bool:
    """The original published for this file is byte for byte the file now."""
    if slug is None or (content_dir / paths.pending_path(slug)).exists():
        return False
    kept = content_dir / paths.original_path(slug, name)
    try:
        return kept.stat().st_size == source.stat().st_size and kept.read_bytes() == source.read_bytes()
    except OSError:
        return False


def _processed(todo: list[Path], workers: int | None, progress: Progress | None):
    """Pipeline results in input order, on all cores when there is enough to do."""
    workers = workers or os.cpu_count() or 1
    if workers == 1 or len(todo) < 2 * workers:
        for i, source in enumerate(todo, start=1):
            yield _process_one(source)
            if progress:
                progress(i, len(todo))
        return
    with worker_pool(workers) as pool:
        for i, result in enumerate(pool.map(_process_one, todo, chunksize=8), start=1):
            yield result
            if progress:
                progress(i, len(todo))


def ingest(inputs: list[Path], content_dir: Path, workers: int | None = None, force: bool = False,
           progress: Progress | None = None, waiting: Callable[[], None] | None = None) -> IngestReport:
    """Ingest raw files; a file whose bytes are already published is skipped
    (``force`` re-reads every file, e.g. after the parser improved). One
    writer at a time: a second ingest or a build of the same content/
    waits (``waiting`` is called if it has to), so slugs are never given twice."""
    with exclusive(content_dir, waiting):
        return _ingest(inputs, content_dir, workers, force, progress)


def _ingest(inputs: list[Path], content_dir: Path, workers: int | None, force: bool,
            progress: Progress | None) -> IngestReport:
    report = IngestReport()
    seen: dict[tuple | None, list[str]] = {}
    owners, published = _existing(content_dir)
    taken = set(owners.values())
    arrived = now()  # one time for the whole run: its documents are published together
    moved: dict[str, str] = {}
    # One order whatever order the paths were given in: the first of two
    # documents with the same identity keeps the plain slug.
    todo = []
    sources, report.diagnostics = source_files(inputs)
    report.failed += [d.path for d in report.diagnostics]
    for source in sorted(sources, key=lambda p: (p.name, str(p))):
        name = paths.published_name(source)
        if not force and _unchanged(content_dir, owners.get(name), name, source):
            report.unchanged.append(owners[name])
        else:
            todo.append(source)
    for source, doc, problem in _processed(todo, workers, progress):
        if doc is None:
            report.failed.append(str(source))
            report.diagnostics.append(problem)
            continue
        name = paths.published_name(source)
        previous = owners.get(name)
        meta = doc.metadata
        base = document_slug(meta.loai_van_ban, meta.so_ky_hieu, meta.ngay_ban_hanh, Path(name).stem)
        keep = base == previous and not is_reserved(base)
        slug = base if keep else disambiguate(base, name.encode("utf-8"), taken - {previous})
        if is_reserved(base):
            report.diagnostics.append(Diagnostic(
                str(source), "SLUG-RESERVED", f"the name '{base}' is a page of the site; published as '{slug}'",
                "nothing to do: the address stays the same on every run"))
        if previous and previous != slug:
            _remove(content_dir, previous)
            taken.discard(previous)
            moved[previous] = slug
        taken.add(slug)
        owners[name] = slug
        # A document keeps the time it was first published, through re-ingests and renames.
        meta.ngay_dang_tai = published.get(previous or slug) or arrived
        _write(doc, slug, name, content_dir, report)
        report.diagnostics.extend(doc.diagnostics)
        seen.setdefault(_identity(doc), []).append(str(source))
    report.diagnostics.extend(duplicate_diagnostics(seen))
    if moved:
        record_moves(content_dir, moved)
    return report


def record_moves(content_dir: Path, moved: dict[str, str]) -> None:
    """Remember old addresses so the site redirects them: a journalist's
    link to a document must keep working after its number was corrected."""
    path = content_dir / paths.REDIRECTS_FILE
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
        known = known if isinstance(known, dict) else {}
    except (OSError, ValueError):
        known = {}
    known = {old: moved.get(new, new) for old, new in known.items()}  # follow a chain to its end
    known.update(moved)
    known = {old: new for old, new in known.items() if old != new}
    write_atomic(path, json.dumps(dict(sorted(known.items())), ensure_ascii=False, indent=1) + "\n")


def _identity(doc: Document) -> tuple | None:
    m = doc.metadata
    return (m.so_ky_hieu, m.ngay_ban_hanh) if m.so is not None and m.ngay_ban_hanh else None


def duplicate_diagnostics(seen: dict) -> list[Diagnostic]:
    """Two files claiming one số ký hiệu and date: both are kept, and said."""
    out = []
    for identity, claimants in seen.items():
        if identity is None or len(claimants) < 2:
            continue
        so_ky_hieu, date = identity
        for path in claimants:
            others = ", ".join(p for p in claimants if p != path)
            out.append(Diagnostic(path, "DUP-NUMBER", f"{so_ky_hieu} of {date} is also claimed by {others}",
                                  "both are published; check which is right and correct or remove the other"))
    return out


def _write(doc: Document, slug: str, name: str, content_dir: Path, report: IngestReport) -> None:
    """Write a document's files as one: a marker first, the Markdown (what a
    build publishes) last, then the marker goes. Interrupted anywhere, the
    marker stays and the next ingest redoes the document."""
    doc.slug = slug
    nguon = paths.original_path(slug, name)
    doc.metadata.nguon, doc.metadata.tep_goc = nguon, name
    pending = content_dir / paths.pending_path(slug)
    write_atomic(pending, name)
    legacy = content_dir / paths.SOURCES_DIR / slug
    if legacy.is_dir():  # the layout before tep_goc: nguon/<slug>/<name>
        shutil.rmtree(legacy)
    changed = write_atomic(content_dir / nguon, doc.raw)
    notes = citation_notes(doc.body_markdown, doc.body_citations)
    changed |= write_atomic(content_dir / paths.citation_notes_path(slug),
                            json.dumps(notes, ensure_ascii=False, indent=1) + "\n")
    repairs = content_dir / paths.repair_notes_path(slug)
    lines = content_dir / paths.compare_lines_path(slug)
    if doc.repaired:
        changed |= write_atomic(repairs, json.dumps(
            {"so_tu_da_sua": doc.repair_changes, "khong_chac": doc.repair_uncertain},
            ensure_ascii=False, indent=1) + "\n")
        # The compare view's lines, apart: a document page need not read them.
        changed |= write_atomic(lines, json.dumps(doc.repair_lines, ensure_ascii=False, separators=(",", ":")))
    else:
        for stale in (repairs, lines):
            if stale.exists():
                stale.unlink()
                changed = True
    changed |= write_atomic(content_dir / paths.document_path(slug), frontmatter.dump(doc.metadata, doc.body_markdown))
    pending.unlink()
    (report.written if changed else report.unchanged).append(slug)


def _remove(content_dir: Path, slug: str) -> None:
    for path in paths.sidecar_paths(slug):
        (content_dir / path).unlink(missing_ok=True)
    sources = content_dir / paths.SOURCES_DIR
    for original in [sources / slug, *sources.glob(f"{glob.escape(slug)}.*")]:
        if original.is_dir():
            shutil.rmtree(original)  # the layout before tep_goc: nguon/<slug>/<name>
        else:
            original.unlink(missing_ok=True)
