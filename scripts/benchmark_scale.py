"""vanban at province scale, beside plain mkdocs + mkdocs-material.

    python scripts/benchmark_scale.py [N ...] [--work DIR]      (default: 1000 10000)

For each N: a synthetic corpus of N raw documents (plus one more held back)
is generated; then, each measured in the same run:

* ingest of the N documents (all cores), and of the same corpus with no
  damaged documents ("clean");
* a full build with vanban (``vanban build``) and with plain mkdocs +
  mkdocs-material on the same Markdown (stock settings: the search plugin,
  the documents out of the navigation);
* a rebuild after adding the held-back document (``vanban build
  --incremental``; ``mkdocs build --dirty`` for plain), and a check that the
  incremental site equals a full build;
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

from vanban.synth import generate  # noqa: E402

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


def measure(*command: str, cwd: Path) -> tuple[float, float]:
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
    config = config.replace("docs_dir: content", f"docs_dir: {content}").replace("site_dir: build", f"site_dir: {site / 'build'}")
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
    return f"  {label:<34} {ours:10.1f} {unit}   plain {plain_text}   {ratio}"


def run(n: int, work: Path) -> dict:
    work = work / str(n)
    shutil.rmtree(work, ignore_errors=True)
    raw, clean_raw, content = work / "raw", work / "raw-clean", work / "content"
    started = time.perf_counter()
    generate(n + 1, raw, seed=n)
    generate(n, clean_raw, seed=n, damaged_share=0.0, unaccented_share=0.0)
    newest = sorted(raw.glob("*.txt"))[-1]
    held = work / "held-back"
    held.mkdir()
    newest.rename(held / newest.name)
    print(f"N={n}: corpus generated in {time.perf_counter() - started:.0f} s "
          f"({tree_size(raw) / 1e6:.0f} MB raw)", flush=True)
    r: dict = {"n": n}
    content.mkdir()
    shutil.copyfile(ROOT / "content" / "index.md", content / "index.md")
    r["ingest"], _ = measure(PYTHON, "-m", "vanban.cli", "ingest", "-q", str(raw), "--content", str(content), cwd=work)
    r["ingest_clean"], _ = measure(PYTHON, "-m", "vanban.cli", "ingest", "-q", str(clean_raw), "--content",
                                   str(work / "content-clean"), cwd=work)
    ours, plain = vanban_site(work, content), plain_site(work, content)
    r["build"], r["build_mem"] = measure(PYTHON, "-m", "vanban.cli", "build", cwd=ours)
    r["plain_build"], r["plain_mem"] = measure(PYTHON, "-m", "mkdocs", "build", "-q", cwd=plain)
    r["size"], r["plain_size"] = tree_size(ours / "build") / 1e6, tree_size(plain / "site") / 1e6
    slugs = [p.stem for p in (content / "van-ban").glob("*.md")]
    r["page"], r["plain_page"] = average_page(ours / "build", slugs) / 1e3, average_page(plain / "site", slugs) / 1e3
    # One new document arrives.
    subprocess.run([PYTHON, "-m", "vanban.cli", "ingest", "-q", str(held), "--content", str(content)], check=True,
                   capture_output=True)
    new_md = sorted((content / "van-ban").glob("*.md"), key=lambda p: p.stat().st_mtime)[-1]
    shutil.copyfile(new_md, plain / "docs" / "van-ban" / new_md.name)
    r["rebuild"], r["rebuild_mem"] = measure(PYTHON, "-m", "vanban.cli", "build", "--incremental", cwd=ours)
    r["plain_rebuild"], _ = measure(PYTHON, "-m", "mkdocs", "build", "-q", "--dirty", cwd=plain)
    incremental = work / "incremental-site"
    shutil.copytree(ours / "build", incremental)
    measure(PYTHON, "-m", "vanban.cli", "build", cwd=ours)
    comparison = filecmp.dircmp(incremental, ours / "build")
    r["same_site"] = _identical(comparison)
    return r


def _identical(cmp: filecmp.dircmp) -> bool:
    if cmp.left_only or cmp.right_only or cmp.diff_files or cmp.funny_files:
        return False
    return all(_identical(sub) for sub in cmp.subdirs.values())


def report(r: dict) -> None:
    print(f"\nN = {r['n']} documents")
    print(row("ingest (all cores)", r["ingest"], None, "s"))
    print(row("ingest, no damaged documents", r["ingest_clean"], None, "s"))
    print(row("full build", r["build"], r["plain_build"], "s"))
    print(row("rebuild after one new document", r["rebuild"], r["plain_rebuild"], "s"))
    print(f"  {'rebuild / full build':<34} {r['rebuild'] / r['build']:10.2f}")
    print(row("peak memory, full build", r["build_mem"], r["plain_mem"], "MB"))
    print(row("size of build/", r["size"], r["plain_size"], "MB"))
    print(row("average document page", r["page"], r["plain_page"], "KB"))
    print(f"  incremental site identical to a full build: {r['same_site']}")


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
