"""vanban at province scale, beside plain mkdocs + mkdocs-material.

    python scripts/benchmark_scale.py [N ...] [--work DIR]      (default: 1000 10000)

For each N: a synthetic corpus of N raw documents (plus one more held back)
is generated; then, each measured in the same run:

* ingest of the N documents (all cores), and of the same corpus with no
  damaged documents ("clean");
* a full build with vanban (``vanban build``) and with plain mkdocs +
  mkdocs-material on the same Markdown (stock settings: the search plugin,
  the documents out of the navigation);
* a rebuild after one more document arrives (``vanban build
  --incremental``; ``mkdocs build --dirty`` for plain), twice: the newest
  directive (the nightly case) and an old one published late (every
  listing position after it moves); each checked to equal a cold full
  build (cache removed) byte for byte;
* peak memory of each build, the size of ``build/`` and of an average
  document page.

Each figure is printed beside plain mkdocs's and the ratio.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from vanban.synth import generate

PYTHON = sys.executable
#: Runs a command as its child and prints its wall time and peak memory.
MEASURE = textwrap.dedent("""
    import resource, subprocess, sys, time
    started = time.perf_counter()
    code = subprocess.call(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{code} {elapsed:.3f} {peak:.1f}")
""")


def quiet(work: Path) -> None:
    """Wait until replaced sites deleted in the background are gone, so one
    measurement does not pay for the last one's clean-up."""
    for _ in range(600):
        if not list(work.glob("build.old-*")) and not list(work.glob("*/build.old-*")):
            break
        time.sleep(0.5)
    subprocess.run(["sync"], check=False)
    time.sleep(2)


def measure(*command: str, cwd: Path) -> tuple[float, float]:
    quiet(cwd.parent if cwd.name in ("vanban", "plain") else cwd)
    out = subprocess.run([PYTHON, "-c", MEASURE, *command], cwd=cwd, capture_output=True, text=True, check=True)
    code, seconds, peak = out.stdout.split()
    if code != "0":
        raise SystemExit(f"{' '.join(command)} failed in {cwd} (exit {code})")
    return float(seconds), float(peak)


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def average_page(site: Path, slugs: list[str]) -> float:
    """Mean size of the documents' pages (van-ban/<slug>.html or van-ban/<slug>/index.html)."""
    sizes = []
    for slug in slugs:
        for path in (site / "van-ban" / f"{slug}.html", site / "van-ban" / slug / "index.html"):
            if path.exists():
                sizes.append(path.stat().st_size)
    return sum(sizes) / max(1, len(sizes))


def vanban_site(work: Path, content: Path) -> Path:
    site = work / "vanban"
    site.mkdir(parents=True, exist_ok=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("docs_dir: content", f"docs_dir: {content}")
    config = config.replace("site_dir: build", f"site_dir: {site / 'build'}")
    (site / "mkdocs.yml").write_text(config, encoding="utf-8")
    return site


def plain_site(work: Path, content: Path) -> Path:
    """The same Markdown for stock mkdocs-material: documents out of the nav."""
    site = work / "plain"
    docs = site / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    (docs / "van-ban").mkdir(parents=True)
    shutil.copyfile(content / "index.md", docs / "index.md")
    for md in (content / "van-ban").glob("*.md"):
        shutil.copyfile(md, docs / "van-ban" / md.name)
    (site / "mkdocs.yml").write_text(textwrap.dedent("""
        site_name: Văn bản chỉ đạo điều hành
        theme:
          name: material
          language: vi
        plugins:
          - search
        nav:
          - index.md
        validation:
          nav:
            omitted_files: ignore
    """), encoding="utf-8")
    return site


def row(label: str, ours: float, plain: float | None, unit: str) -> str:
    ratio = f"×{ours / plain:.2f}" if plain else ""
    plain_text = f"{plain:10.1f} {unit}" if plain is not None else " " * 13
    return f"  {label:<44} {ours:10.1f} {unit}   plain {plain_text}   {ratio}"


def run(n: int, work: Path) -> dict:
    work = work / str(n)
    shutil.rmtree(work, ignore_errors=True)
    raw, clean_raw, content = work / "raw", work / "raw-clean", work / "content"
    started = time.perf_counter()
    planned = generate(n + 2, raw, seed=n)
    generate(n, clean_raw, seed=n, damaged_share=0.0, unaccented_share=0.0)
    # Two documents arrive after the first build: the newest directive (the
    # nightly case) and an old one published late (a back-filled archive).
    by_date = sorted((str(d["ngay_ban_hanh"]), d["file"]) for d in planned)
    arrivals = {"newest": by_date[-1][1], "late": by_date[len(by_date) // 2][1]}
    held = {}
    for name, file in arrivals.items():
        held[name] = work / f"held-{name}"
        held[name].mkdir()
        (raw / file).rename(held[name] / file)
    print(f"N={n}: corpus generated in {time.perf_counter() - started:.0f} s "
          f"({tree_size(raw) / 1e6:.0f} MB raw)", flush=True)
    r: dict = {"n": n}
    content.mkdir()
    shutil.copyfile(ROOT / "content" / "index.md", content / "index.md")
    r["ingest"], _ = measure(PYTHON, "-m", "vanban.cli", "ingest", "-q", str(raw), "--content", str(content), cwd=work)
    r["ingest_clean"], _ = measure(PYTHON, "-m", "vanban.cli", "ingest", "-q", str(clean_raw), "--content",
                                   str(work / "content-clean"), cwd=work)
    ours, plain = vanban_site(work, content), plain_site(work, content)
    # Full builds: the better of two runs each, interleaved (this machine is shared; the best run is the
    # one least disturbed). Ours starts cold each time: no cache from an earlier build.
    runs = []
    for _ in range(2):
        shutil.rmtree(work / ".cache", ignore_errors=True)
        runs.append(("ours", *measure(PYTHON, "-m", "vanban.cli", "build", cwd=ours)))
        runs.append(("plain", *measure(PYTHON, "-m", "mkdocs", "build", "-q", cwd=plain)))
    r["build"], r["build_mem"] = min((t, m) for who, t, m in runs if who == "ours")
    r["plain_build"], r["plain_mem"] = min((t, m) for who, t, m in runs if who == "plain")
    r["build_runs"] = [(who, t) for who, t, _ in runs]
    r["size"], r["plain_size"] = tree_size(ours / "build") / 1e6, tree_size(plain / "site") / 1e6
    slugs = [p.stem for p in (content / "van-ban").glob("*.md")]
    r["page"], r["plain_page"] = average_page(ours / "build", slugs) / 1e3, average_page(plain / "site", slugs) / 1e3
    for name in arrivals:
        before = {p.name for p in (content / "van-ban").glob("*.md")}
        subprocess.run([PYTHON, "-m", "vanban.cli", "ingest", "-q", str(held[name]), "--content", str(content)],
                       check=True, capture_output=True)
        for md in (content / "van-ban").glob("*.md"):
            if md.name not in before:
                shutil.copyfile(md, plain / "docs" / "van-ban" / md.name)
        r[f"rebuild_{name}"], r[f"rebuild_{name}_mem"] = measure(PYTHON, "-m", "vanban.cli", "build",
                                                                 "--incremental", cwd=ours)
        r[f"plain_rebuild_{name}"], _ = measure(PYTHON, "-m", "mkdocs", "build", "-q", "--dirty", cwd=plain)
        incremental = work / "incremental-site"
        shutil.rmtree(incremental, ignore_errors=True)
        shutil.copytree(ours / "build", incremental)
        shutil.rmtree(work / ".cache")  # the reference is a cold full build: nothing remembered
        r[f"cold_build_{name}"], _ = measure(PYTHON, "-m", "vanban.cli", "build", cwd=ours)
        r[f"same_site_{name}"] = _identical(filecmp.dircmp(incremental, ours / "build"))
    return r


def _identical(cmp: filecmp.dircmp) -> bool:
    if cmp.left_only or cmp.right_only or cmp.diff_files or cmp.funny_files:
        return False
    return all(_identical(sub) for sub in cmp.subdirs.values())


def report(r: dict) -> None:
    print(f"\nN = {r['n']} documents")
    print(row("ingest (all cores)", r["ingest"], None, "s"))
    print(row("ingest, no damaged documents", r["ingest_clean"], None, "s"))
    print(row("full build (best of 2)", r["build"], r["plain_build"], "s"))
    print(f"  {'  runs':<44} " + ", ".join(f"{who} {t:.1f}" for who, t in r["build_runs"]))
    for name, label in (("newest", "the newest directive"), ("late", "an old one, published late")):
        print(row(f"rebuild after {label}", r[f"rebuild_{name}"], r[f"plain_rebuild_{name}"], "s"))
        print(f"  {'  rebuild / full build':<44} {r[f'rebuild_{name}'] / r['build']:10.2f}"
              f"   (peak memory {r[f'rebuild_{name}_mem']:.0f} MB; identical to a cold full build: "
              f"{r[f'same_site_{name}']})")
    print(row("peak memory, full build", r["build_mem"], r["plain_mem"], "MB"))
    print(row("size of build/", r["size"], r["plain_size"], "MB"))
    print(row("average document page", r["page"], r["plain_page"], "KB"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "vanban-scale")
    args = parser.parse_args()
    results = [run(n, args.work) for n in args.sizes]
    for r in results:
        report(r)
    (args.work / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
