"""What a build learnt from a file, kept for the next build.

A province's site is rebuilt nightly from 10,000 files of which a handful
changed; reading every front matter (YAML), every citation note and
tokenizing every body again costs most of a rebuild. ``ContentCache`` maps
the digest of a file's bytes (and of anything else the result depends on)
to what was worked out from them, so an unchanged file costs one read and
one hash. Content addressing, not time stamps: a cached answer is the
answer a fresh reading would give, so a build with the cache equals a
build without it.

The cache lives in ``.cache/vanban/`` beside ``content/`` (never
published); deleting it is always safe. It is a pickle: the folder is the
builder's own, like ``__pycache__``.
"""

from __future__ import annotations

import pickle
from pathlib import Path

from .files import code_version, write_atomic


class ContentCache:
    """A persistent map digest → value; ``save`` keeps only what this build
    used, so the file never outgrows the corpus."""

    def __init__(self, path: Path, *code: str):
        """``code``: the modules (``__file__``) whose functions compute the
        values; when their source changes, the cache starts over."""
        self.path = path
        self.version = code_version(*code)
        self.previous: dict[bytes, object] = {}
        self.current: dict[bytes, object] = {}
        self.hits = self.misses = 0
        try:
            with open(path, "rb") as f:
                stored = pickle.load(f)
            if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == self.version:
                self.previous = stored[1]
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError, ImportError):
            pass  # no cache, or one from other code: build without it

    def get(self, key: bytes, compute):
        """The value for ``key``, computed by ``compute()`` if not known."""
        if key in self.current:
            return self.current[key]
        if key in self.previous:
            self.hits += 1
            value = self.previous[key]
        else:
            self.misses += 1
            value = compute()
        self.current[key] = value
        return value

    def save(self) -> None:
        """Write atomically, if anything changed; a cache that cannot be
        written is no error."""
        if not self.misses and len(self.current) == len(self.previous):
            return
        try:
            write_atomic(self.path, pickle.dumps((self.version, self.current), protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass
