"""Worker processes that die with the process that started them."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor

PR_SET_PDEATHSIG = 1  #: prctl(2)


def die_with_parent() -> None:
    """Have the kernel kill this worker when its parent dies, even by
    SIGKILL (which leaves the parent no chance to stop its workers): an
    orphan would go on reading files nobody collects."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


def worker_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent)
