"""How the pipeline's time grows with the size of its input.

    python scripts/benchmark_robustness.py

Runs decode → clean → repair → structure → metadata → Markdown →
references → render on inputs of 0.5, 1, 2 and 5 MB (a clean document
repeated, an OCR-damaged one repeated, and random bytes) and prints the
seconds per stage and the ratio to the 0.5 MB run: close to the size ratio
means linear.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from vanban.model import Document
from vanban.pipeline import STAGES
from vanban.site.render import render

SIZES = (0.5, 1, 2, 5)


def inputs(size_mb: float) -> dict[str, bytes]:
    n = int(size_mb * 1_000_000)
    clean = (ROOT / "samples").glob("001_*.txt").__next__().read_bytes()
    damaged = (ROOT / "samples").glob("004_*.txt").__next__().read_bytes()
    rng = random.Random(size_mb)
    noise = bytes(rng.choice(b"abcdefghiklmnopqrstuvxy \n.,0123456789/-\xc3\xa1") for _ in range(n))
    return {"clean": (clean * (n // len(clean) + 1))[:n], "damaged": (damaged * (n // len(damaged) + 1))[:n],
            "noise": noise}


def run(raw: bytes) -> dict[str, float]:
    doc = Document(source=Path("bench.txt"), raw=raw)
    times = {}
    for stage in STAGES:
        started = time.perf_counter()
        doc = stage(doc)
        times[stage.__name__.replace("_stage", "")] = time.perf_counter() - started
    started = time.perf_counter()
    render(doc.body_markdown)
    times["render"] = time.perf_counter() - started
    return times


def main() -> None:
    base: dict[str, float] = {}
    for size in SIZES:
        for kind, raw in inputs(size).items():
            t = run(raw)
            total = sum(t.values())
            base.setdefault(kind, total)
            slow = ", ".join(f"{k} {v:.2f}" for k, v in sorted(t.items(), key=lambda kv: -kv[1])[:3])
            print(f"{size:>4} MB {kind:<8} {total:6.2f} s  ×{total / base[kind]:4.1f} (size ×{size / SIZES[0]:.0f})"
                  f"  slowest: {slow}")


if __name__ == "__main__":
    main()
