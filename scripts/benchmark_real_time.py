"""Time of reading each real document, as printed and as one line.

    python scripts/benchmark_real_time.py [--real ../shared/real] [--limit N]

Runs every stage of ``vanban extract`` (decode → … → front matter) on each
document of ``../shared/real/docs`` twice: as it is, and with all its line
breaks removed (the shape of office drafts exported on one line). Prints
the slowest ten of each, the worst seconds per MB, and the worst ratio of
one-line time to as-printed time. Each run has a 120 s limit, so a
superlinear spot shows as a timeout instead of a stuck benchmark.
"""

from __future__ import annotations

import argparse
import multiprocessing
import re
import signal
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 120  #: seconds per run


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout


def time_one(job: tuple[str, bytes]) -> tuple[str, float, dict[str, float]]:
    from vanban.model import Document
    from vanban.pipeline import STAGES

    name, raw = job
    signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(LIMIT)
    doc = Document(source=Path(name), raw=raw)
    stages: dict[str, float] = {}
    started = time.perf_counter()
    try:
        for stage in STAGES:
            t = time.perf_counter()
            doc = stage(doc)
            stages[stage.__name__.replace("_stage", "")] = time.perf_counter() - t
        total = time.perf_counter() - started
    except Timeout:
        total = float("inf")
    except Exception as exc:  # a traceback is a finding too
        print(f"{name}: {type(exc).__name__}: {exc}")
        total = float("nan")
    finally:
        signal.alarm(0)
    return name, total, stages


def warm() -> None:
    """Load what the first document would: models, tables, compiled patterns."""
    time_one(("warm-up", "Số: 1/KH-UBND\nKẾ HOẠCH\nThuc hien Chi thi so 26-CT/TU cua Ban Thuong vu".encode()))


def one_line(raw: bytes) -> bytes:
    return re.sub(rb"[ \t]*\r?\n[ \t]*", b" ", raw)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=ROOT.parent / "shared" / "real")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--unaccented-every", type=int, default=10,
                        help="also every N-th document with its diacritics stripped (repaired), as lines and one line")
    args = parser.parse_args()
    files = sorted((args.real / "docs").glob("*.txt"))[: args.limit or None]
    from vanban.repair.noise import strip_diacritics

    jobs = []
    for i, path in enumerate(files):
        raw = path.read_bytes()
        jobs += [(path.name, raw), (path.name + " (one line)", one_line(raw))]
        if args.unaccented_every and i % args.unaccented_every == 0:
            bare = strip_diacritics(raw.decode("utf-8", "replace")).encode("utf-8")
            jobs += [(path.name + " [unaccented]", bare), (path.name + " [unaccented] (one line)", one_line(bare))]
    sizes = {name: len(raw) for name, raw in jobs}
    with multiprocessing.get_context("fork").Pool(args.workers, initializer=warm) as pool:
        results = pool.map(time_one, jobs, chunksize=1)
    times = {name: total for name, total, _ in results}
    stages = {name: s for name, _, s in results}
    for label, one in (("as printed", False), ("one line", True)):
        chosen = sorted((n for n in times if n.endswith("(one line)") == one),
                        key=lambda n: -times[n] if times[n] == times[n] else 0)  # NaN (a traceback) last
        print(f"\nslowest ten, {label}:")
        for name in chosen[:10]:
            slow = max(stages[name].items(), key=lambda kv: kv[1], default=("", 0))
            print(f"  {times[name]:7.2f} s  {sizes[name] / 1e3:7.1f} KB  {times[name] / (sizes[name] / 1e6):7.2f} s/MB"
                  f"  {name}  (slowest stage: {slow[0]} {slow[1]:.2f} s)")
    for tag, label in (("", "as printed (clean)"), (" [unaccented]", "unaccented (repaired)")):
        names = [n for n in times if n.removesuffix(" (one line)").endswith(f".txt{tag}")]
        if not names:
            continue
        worst = max(names, key=lambda n: times[n] / max(sizes[n] / 1e6, 0.01))  # under 10 KB counts as 10 KB
        print(f"\n{label}: worst {times[worst] / max(sizes[worst] / 1e6, 0.01):.2f} s/MB ({worst}), "
              f"total {sum(times[n] for n in names) / (sum(sizes[n] for n in names) / 1e6):.2f} s/MB")
        pairs = [n for n in names if not n.endswith("(one line)")]
        ratios = sorted((times[f"{n} (one line)"] / max(times[n], 0.05), n) for n in pairs)
        print(f"  one line / as printed: worst {ratios[-1][0]:.2f}× ({ratios[-1][1]}), "
              f"median {ratios[len(ratios) // 2][0]:.2f}×, {len(ratios)} documents")
    print(f"total: {sum(t for t in times.values() if t == t and t != float('inf')):.0f} s over {len(times)} runs, "
          f"{sum(1 for t in times.values() if t == float('inf'))} over {LIMIT} s")
    flatness(files)


def flatness(files: list[Path]) -> None:
    """Seconds per MB of real text cut to 10 KB … 2 MB, as lines and on one
    line, and of one phrase repeated on a 33 KB line: flat means linear."""
    from vanban.repair.noise import strip_diacritics

    warm()
    text = ""
    for path in files:
        text += path.read_text(encoding="utf-8", errors="replace") + "\n"
        if len(text.encode()) > 2_100_000:
            break
    print("\nseconds per MB by size (real text, concatenated):")
    for kb in (10, 100, 1000, 2000):
        piece = text.encode()[: kb * 1000].decode("utf-8", "ignore")
        row = []
        for label, raw in (("lines", piece), ("one line", one_line(piece.encode()).decode()),
                           ("unaccented", strip_diacritics(piece[: 200_000]))):
            _, seconds, _ = time_one((label, raw.encode()))
            row.append(f"{label} {seconds / (len(raw.encode()) / 1e6):6.2f}")
        print(f"  {kb:>5} KB: " + "  ".join(row))
    print("  (unaccented: at most the first 200 KB; the repair stops at 400,000 characters)")
    phrase = "Ban Thuong vu Tinh uy de nghi cac co quan, don vi trien khai thuc hien nghiem tuc "
    _, seconds, _ = time_one(("phrase", (phrase * (33_000 // len(phrase) + 1))[:33_000].encode()))
    print(f"\na 33 KB line of one unaccented phrase repeated: {seconds:.2f} s")


if __name__ == "__main__":
    main()
