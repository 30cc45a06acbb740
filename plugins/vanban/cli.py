"""The ``vanban`` command: ingest, extract, check, build."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from vanban.content import paths, published
from vanban.content.ingest import duplicate_diagnostics, ingest
from vanban.pipeline import process
from vanban.reading.decode import DecodeError, decode
from vanban.repair.decoder import repair_text
from vanban.text.slugs import document_slug

EXIT_OK, EXIT_PROBLEMS = 0, 1  # argparse exits with 2 on a usage error


class _Progress:
    """A bar on a terminal, a plain line every tenth of the way otherwise."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.started = time.monotonic()
        self.last_step = -1

    def __call__(self, done: int, total: int) -> None:
        elapsed = time.monotonic() - self.started
        if self.tty:
            width = 30
            filled = width * done // total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {elapsed:5.1f} s")
            if done == total:
                sys.stderr.write("\n")
            sys.stderr.flush()
        elif done * 10 // total != self.last_step:
            self.last_step = done * 10 // total
            print(f"vanban ingest: {done}/{total} documents read ({elapsed:.1f} s)", file=sys.stderr, flush=True)


def cmd_ingest(args) -> int:
    """``vanban ingest``: raw documents → ``content/``."""
    report = ingest([Path(p) for p in args.paths], Path(args.content), workers=args.jobs, force=args.force,
                    progress=None if args.quiet else _Progress(), waiting=lambda: print(
                        f"vanban ingest: waiting for another vanban run on {args.content} to finish", file=sys.stderr))
    for d in report.diagnostics:
        if d.level != "info" or args.verbose:
            print(d, file=sys.stderr)
    print(f"vanban ingest: {len(report.written)} written, {len(report.unchanged)} unchanged, "
          f"{len(report.failed)} failed")
    return EXIT_PROBLEMS if report.failed else EXIT_OK


def _read(path: Path, reader):
    """``reader(path)``, or None after saying, naming the file, why it failed."""
    try:
        return reader(path)
    except DecodeError as exc:
        print(f"{path}: {exc.message} [{exc.code}]; {exc.hint}", file=sys.stderr)
    except OSError as exc:
        print(f"{path}: cannot read the file: {exc.strerror} [INPUT-READ]", file=sys.stderr)
    return None


def cmd_extract(args) -> int:
    """``vanban extract``: one document's fields and body as JSON."""
    path = Path(args.file)
    doc = _read(path, process)
    if doc is None:
        return EXIT_PROBLEMS
    meta = doc.metadata.as_dict()
    name = paths.published_name(path)
    slug = document_slug(meta["loai_van_ban"], meta["so_ky_hieu"], meta["ngay_ban_hanh"], Path(name).stem)
    meta["nguon"], meta["tep_goc"] = paths.original_path(slug, name), name
    meta["noi_dung"] = doc.body_markdown
    json.dump(meta, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return EXIT_OK


def cmd_restore(args) -> int:
    """Print the repaired plain text of a raw document, line for line."""
    path = Path(args.file)
    decoded = _read(path, lambda p: decode(p.read_bytes()))
    if decoded is None:
        return EXIT_PROBLEMS
    text = decoded[0]
    sys.stdout.write(repair_text(text, force=args.force).text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    return EXIT_OK


def cmd_check(args) -> int:
    """``vanban check``: every problem in ``content/``, reported at once."""
    docs_dir = Path(args.content)
    problems = []
    files = sorted((docs_dir / paths.DOCUMENTS_DIR).glob("*.md"))
    seen: dict = {}
    for path in files:
        document, _, found = published.load(docs_dir, path.relative_to(docs_dir).as_posix())
        problems.extend(found)
        if document and document.meta.so is not None and document.meta.ngay_ban_hanh:
            key = (document.meta.so_ky_hieu, document.meta.ngay_ban_hanh)
            seen.setdefault(key, []).append(f"{docs_dir.name}/{document.src_uri}")
    problems.extend(duplicate_diagnostics(seen))
    for p in problems:
        print(p, file=sys.stderr)
    errors = [p for p in problems if p.level == "error"]
    warnings = [p for p in problems if p.level == "warning"]
    print(f"vanban check: {len(files)} documents, {len(errors)} errors, {len(warnings)} warnings")
    return EXIT_PROBLEMS if errors or warnings else EXIT_OK


def cmd_build(args) -> int:
    """Build beside the site and swap it in only when the build succeeded."""
    # Imported here, not at the top: ingest and extract need not load
    # mkdocs (0.6 s), and the site package is the only one that imports it.
    from vanban.site import publish

    return EXIT_OK if publish.build(args.config_file, args.incremental) else EXIT_PROBLEMS


def parser() -> argparse.ArgumentParser:
    """The command line."""
    p = argparse.ArgumentParser(prog="vanban", description="Văn bản chỉ đạo điều hành: ingest raw documents "
                                "and publish them as a static portal.")
    sub = p.add_subparsers(dest="command", required=True)
    ing = sub.add_parser("ingest", help="read raw files and write Markdown documents into content/")
    ing.add_argument("paths", nargs="+", help="raw document files or folders of them")
    ing.add_argument("--content", default="content", help="the content folder (default: content)")
    ing.add_argument("-v", "--verbose", action="store_true", help="also print informational notes")
    ing.add_argument("-q", "--quiet", action="store_true", help="no progress report")
    ing.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: all cores)")
    ing.add_argument("--force", action="store_true",
                     help="read every file again, also those whose published original is unchanged")
    ing.set_defaults(func=cmd_ingest)
    ext = sub.add_parser("extract", help="print a raw document's front matter and body as JSON")
    ext.add_argument("file")
    ext.set_defaults(func=cmd_extract)
    res = sub.add_parser("restore", help="print a raw document's text with OCR damage and lost diacritics repaired")
    res.add_argument("file")
    res.add_argument("--force", action="store_true", help="repair even text that looks clean")
    res.set_defaults(func=cmd_restore)
    chk = sub.add_parser("check", help="validate the documents in content/ and list every problem")
    chk.add_argument("--content", default="content", help="the content folder (default: content)")
    chk.set_defaults(func=cmd_check)
    bld = sub.add_parser("build", help="build the site (like mkdocs build, but never leaves a half-written site)")
    bld.add_argument("-f", "--config-file", default="mkdocs.yml")
    bld.add_argument("--incremental", action="store_true",
                     help="render only the pages whose content or links changed since the last build")
    bld.set_defaults(func=cmd_build)
    return p


def main(argv: list[str] | None = None) -> int:
    """Run a command; the exit status says whether problems were found."""
    args = parser().parse_args(argv)
    return args.func(args)


def run() -> None:
    """The ``vanban`` command. Once the work is done and written, the
    process ends without tearing down its objects one by one: after a
    province's build that teardown alone takes over a second."""
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run()
