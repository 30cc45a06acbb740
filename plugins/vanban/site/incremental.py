"""Rebuild only what changed: a fingerprint of everything each page shows.

A document page depends on its content file and sidecars, and on its
neighbourhood in the citation graph (what it cites, who cites it, what is
related); a listing page on its rows. Each page kind says what it shows
(``fingerprint()``); a dirty build (``mkdocs build --dirty``, ``vanban
build --incremental``) renders only pages whose fingerprint changed, and
removes pages that are gone, so the result equals a full build.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from vanban import __version__
from vanban.content.files import digest, write_atomic

from .urls import THEME_DIR


def fingerprint(*parts) -> str:
    """Hex digest of plain data (see ``content.files.digest``)."""
    return digest(*parts).hex()


def site_key(config_file: str | None) -> str:
    """What every page depends on: vanban's code and theme, and the config."""
    theme = sorted((str(p.relative_to(THEME_DIR)), p.stat().st_size, p.stat().st_mtime_ns)
                   for p in THEME_DIR.rglob("*") if p.is_file())
    config = Path(config_file).read_bytes() if config_file and Path(config_file).exists() else b""
    return fingerprint(__version__, theme, config)


class Fingerprints:
    """This build's fingerprint of each page, beside the last build's."""

    def __init__(self, cache_file: Path):
        self.cache_file = cache_file
        try:
            self.previous: dict[str, str] = json.loads(cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.previous = {}
        self.current: dict[str, str] = {}
        self._modified: dict[str, bool] = {}

    def record(self, dest_uri: str, value: str) -> None:
        self.current[dest_uri] = value

    def modified(self, dest_uri: str, site_dir: Path) -> bool:
        known = self._modified.get(dest_uri)  # mkdocs asks several times per page
        if known is None:
            value = self.current.get(dest_uri)
            known = self._modified[dest_uri] = (value is None or self.previous.get(dest_uri) != value
                                                or not os.path.exists(os.path.join(site_dir, dest_uri)))
        return known

    def save(self) -> None:
        write_atomic(self.cache_file, json.dumps(self.current, sort_keys=True))


def remove_stale(site_dir: Path, expected: set[str]) -> list[str]:
    """Delete files of an earlier build that this build no longer makes, and
    the folders they leave empty (a full build makes no empty folder). One
    walk, deepest folders first."""
    removed = []
    emptied: set[str] = set()
    for folder, dirs, names in os.walk(site_dir, topdown=False):
        prefix = Path(folder).relative_to(site_dir).as_posix()
        kept = 0
        for name in names:
            uri = name if prefix == "." else f"{prefix}/{name}"
            if uri in expected:
                kept += 1
            else:
                os.unlink(os.path.join(folder, name))
                removed.append(uri)
        if not kept and all(os.path.join(folder, d) in emptied for d in dirs) and prefix != ".":
            os.rmdir(folder)
            emptied.add(folder)
    return sorted(removed)
