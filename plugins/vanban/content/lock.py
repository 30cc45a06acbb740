"""One writer at a time on a content/ folder."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from . import paths


@contextmanager
def exclusive(content_dir: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the lock of ``content_dir`` (an flock, released by the kernel
    when the process dies, so a killed run never leaves it taken); call
    ``waiting`` first if another run holds it."""
    lock = paths.lock_path(content_dir)
    lock.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting:
                waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
