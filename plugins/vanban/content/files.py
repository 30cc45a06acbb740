"""Writing files so that a crash never leaves half of one, and naming
contents by their digest."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from vanban import __version__


def write_atomic(path: Path, data: bytes | str) -> bool:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    A crash leaves the old file or the new one, never half of one; the file
    is replaced, never written through, so a hard link to it (an incremental
    build starts from links to the published site) keeps the old bytes.
    Returns False, leaving the file and its time stamp alone, when it
    already holds ``data``.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if path.stat().st_size == len(payload) and path.read_bytes() == payload:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def digest(*parts) -> bytes:
    """A 16-byte name for ``parts``: bytes and text as they are, other plain
    data (numbers, None, lists, tuples, dicts built in a fixed order) by
    ``repr``, which is exact for these and several times faster than JSON."""
    h = hashlib.blake2b(digest_size=16)
    for part in parts:
        if isinstance(part, str):
            part = part.encode("utf-8", "surrogatepass")
        elif not isinstance(part, bytes):
            part = repr(part).encode("utf-8", "surrogatepass")
        h.update(part)
        h.update(b"\0")
    return h.digest()


def code_version(*code: str) -> str:
    """Names the source of ``code`` (module ``__file__`` paths) and vanban's
    version: what was computed by other code is not reused."""
    return digest(__version__, *(Path(c).read_bytes() for c in code)).hex()
