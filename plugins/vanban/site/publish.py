"""``vanban build``: build the site beside the published one and swap it in
only when the build succeeded, so a failed build leaves the site as it was."""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from mkdocs.commands import build as mkdocs_commands
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from vanban.content.lock import exclusive

AT_FDCWD, RENAME_EXCHANGE = -100, 2  #: renameat2(2)


def build(config_file: str, incremental: bool = False) -> bool:
    """Build into a fresh folder beside the site; True when it was swapped in.
    Holds the lock of content/: an ingest running meanwhile waits, and the
    site is built from whole documents only."""
    show_mkdocs_log()
    config = load_config(config_file)
    docs_dir = Path(config.docs_dir)
    with exclusive(docs_dir, lambda: print(f"vanban build: waiting for another vanban run on {docs_dir} to finish",
                                           file=sys.stderr)):
        return _build(config, incremental)


def _build(config, incremental: bool) -> bool:
    site = Path(config.site_dir)
    tmp = Path(tempfile.mkdtemp(prefix=f"{site.name}.tmp-", dir=site.parent))
    incremental = incremental and site.is_dir()
    linking = _done
    plugin = config.plugins.get("vanban")
    try:
        config.site_dir = str(tmp)
        if plugin is not None:
            plugin.defer_state = True
        if incremental:
            # Start from the published site, linked file by file (no copying);
            # every file the build writes is replaced, never written through,
            # so the published site is never written through a link. The
            # links are made while mkdocs reads content/; the plugin waits
            # for them before it looks at the site.
            shutil.rmtree(tmp)
            linking = _link_tree(site, tmp)
            if plugin is not None:
                plugin.site_ready = linking
            else:
                linking()
        config.plugins.on_startup(command="build", dirty=incremental)
        mkdocs_commands.build(config, dirty=incremental)
    except (MkDocsException, OSError) as exc:
        linking()  # let the copy finish before removing it
        shutil.rmtree(tmp, ignore_errors=True)
        print(f"vanban build: failed, {site} left as it was: {exc}", file=sys.stderr)
        return False
    except BaseException:
        linking()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    replaced = swap_in(tmp, site)
    if plugin is not None:
        plugin.commit_state()
    if replaced is not None:
        _remove_later(replaced)
    print(f"vanban build: site written to {site}")
    return True


def swap_in(new: Path, site: Path) -> Path | None:
    """Put the folder ``new`` at ``site`` in one step: a server reading
    ``site`` sees the old site or the new one, never no site. Returns where
    the old site went (to be removed), or None if there was none.

    Linux exchanges the two folders atomically (renameat2 with
    RENAME_EXCHANGE); elsewhere, or on a file system without it, the old
    site is renamed aside first, which leaves ``site`` missing between two
    renames."""
    if not site.exists():
        new.rename(site)
        return None
    if _exchange(new, site):
        return new  # now holds the old site
    old = Path(tempfile.mkdtemp(prefix=f"{site.name}.old-", dir=site.parent))
    site.rename(old / site.name)
    new.rename(site)
    return old


def _exchange(a: Path, b: Path) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):  # glibc before 2.28
        return False
    result = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return result == 0


def _done() -> None:
    """Nothing to wait for."""


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


def show_mkdocs_log() -> None:
    """mkdocs' messages on standard error, as ``mkdocs build`` shows them."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    handler.addFilter(not_dirty_warning)
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def not_dirty_warning(record) -> bool:
    """mkdocs warns that a dirty build leaves links inaccurate; vanban's
    incremental build re-renders every page whose inputs changed and gives
    the full build's site (tested), so the warning would mislead."""
    return "'dirty' build is being performed" not in record.getMessage()
