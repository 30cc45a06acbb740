"""The ``vanban`` command: ingest, extract, check, build."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vanban.content.records import DOCUMENTS_DIR, load_record
from vanban.reading.decode import DecodeError
from vanban.content.ingest import _published_name, duplicate_diagnostics, ingest, original_path
from .pipeline import process
from vanban.text.slugs import document_slug

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


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
    report = ingest([Path(p) for p in args.paths], Path(args.content), workers=args.jobs, force=args.force,
                    progress=None if args.quiet else _Progress())
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
    path = Path(args.file)
    doc = _read(path, process)
    if doc is None:
        return EXIT_PROBLEMS
    meta = dict(doc.metadata)
    name = _published_name(path)
    slug = document_slug(meta["loai_van_ban"], meta["so_ky_hieu"], meta["ngay_ban_hanh"], Path(name).stem)
    meta["nguon"], meta["tep_goc"] = original_path(slug, name), name
    meta["noi_dung"] = doc.body_markdown
    json.dump(meta, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return EXIT_OK


def cmd_restore(args) -> int:
    """Print the repaired plain text of a raw document, line for line."""
    from vanban.reading.decode import decode
    from vanban.repair.decoder import repair_text

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
    docs_dir = Path(args.content)
    problems = []
    files = sorted((docs_dir / DOCUMENTS_DIR).glob("*.md"))
    seen: dict = {}
    for path in files:
        record, _, found = load_record(docs_dir, path.relative_to(docs_dir).as_posix())
        problems.extend(found)
        if record and record.meta.get("so") is not None and record.meta.get("ngay_ban_hanh"):
            key = (record.meta["so_ky_hieu"], str(record.meta["ngay_ban_hanh"]))
            seen.setdefault(key, []).append(f"{docs_dir.name}/{record.src_uri}")
    problems.extend(duplicate_diagnostics(seen))
    for p in problems:
        print(p, file=sys.stderr)
    errors = [p for p in problems if p.level == "error"]
    warnings = [p for p in problems if p.level == "warning"]
    print(f"vanban check: {len(files)} documents, {len(errors)} errors, {len(warnings)} warnings")
    return EXIT_PROBLEMS if errors or warnings else EXIT_OK


def cmd_build(args) -> int:
    """Build into a fresh folder beside the site and swap it in only when the
    build succeeded: a failed build leaves the published site as it was."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    _show_mkdocs_log()
    config = load_config(args.config_file)
    site = Path(config.site_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f"{site.name}.tmp-", dir=site.parent))
    incremental = args.incremental and site.is_dir()
    linking = lambda: None  # noqa: E731
    try:
        config.site_dir = str(tmp)
        plugin = config.plugins.get("vanban")
        if plugin is not None:
            plugin.defer_state = True
        if incremental:
            # Start from the published site, linked file by file (no copying);
            # every file the build writes is unlinked first, so the published
            # site is never written through a link. The links are made while
            # mkdocs reads content/; the plugin waits for them before it
            # looks at the site.
            shutil.rmtree(tmp)
            linking = _link_tree(site, tmp)
            if plugin is not None:
                plugin.site_ready = linking
            else:
                linking()
        config.plugins.on_startup(command="build", dirty=incremental)
        build(config, dirty=incremental)
    except (MkDocsException, OSError) as exc:
        linking()  # let the copy finish before removing it
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"vanban build: failed, {site} left as it was: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except BaseException:
        linking()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = Path(tempfile.mkdtemp(prefix=f"{site.name}.old-", dir=site.parent))
    if site.exists():
        site.rename(old / site.name)
    tmp.rename(site)
    if plugin is not None:
        plugin.commit_state()
    _remove_later(old)
    print(f"vanban build: site written to {site}")
    return EXIT_OK


def _link_tree(source: Path, target: Path):
    """Start making a copy of ``source`` out of hard links; return the
    function that waits until it is done. GNU cp does it in C, several times
    faster than Python on a site of tens of thousands of files."""
    try:
        copying = subprocess.Popen(["cp", "-al", str(source), str(target)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
    except OSError:
        copying = None

    def wait() -> None:
        if copying is not None and copying.wait() == 0:
            return
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(source, target, copy_function=os.link)
    return wait


def _remove_later(path: Path) -> None:
    """Delete the replaced site in the background: the new one is already
    live, and a province's site is tens of thousands of files."""
    try:
        subprocess.Popen(["rm", "-rf", str(path)], start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError:
        shutil.rmtree(path, ignore_errors=True)


def _show_mkdocs_log() -> None:
    import logging

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    handler.addFilter(_not_dirty_warning)
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def _not_dirty_warning(record) -> bool:
    """mkdocs warns that a dirty build leaves links inaccurate; vanban's
    incremental build re-renders every page whose inputs changed and gives
    the full build's site (tested), so the warning would mislead."""
    return "'dirty' build is being performed" not in record.getMessage()


def parser() -> argparse.ArgumentParser:
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
