"""vanban's search beside Pagefind, on a synthetic province.

    python scripts/benchmark_search.py [N] [--work DIR] [--runs K]     (default: 10000 documents)

Builds (or reuses, from ``benchmark_scale.py``'s work folder) a corpus of N
synthetic documents, builds the portal with ``vanban build``, and indexes the
same document pages with Pagefind (``pip install 'pagefind[bin]'``; only
``<article>``, so menus are not indexed). Both are served by one local HTTP
server that gzips text as any production server does, and queried in
headless Chromium, each query in a fresh browser context (nothing cached):

* vanban: the search page, then the query typed into its form; first
  results = the first ten rows on screen (``data-vb-search-ms``, from the
  query to the rows); the ten snippets come after, and their bytes count.
  Bytes: every script of the search (``search.js`` and the index files).
* Pagefind: its JavaScript API as its UI uses it: ``pagefind.js`` loaded
  with the page, then ``search(q)`` and ``data()`` of the first ten results
  (their excerpts), timed from the query. Bytes: every file of its bundle.

Printed per query: bytes fetched (as sent, and before compression), time
to first results (median of K runs), results found, and where the document
a number names comes; then the size of each index on disk, with ratios.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import mimetypes
import os
import shutil
import statistics
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from vanban.synth import generate

PYTHON = sys.executable
#: (kind, query, the document it names, if it names one)
QUERIES = [
    ("one word", "Đảng", None),
    ("one word, unaccented", "dang", None),
    ("several words", "cải cách hành chính", None),
    ("several words, unaccented", "cai cach hanh chinh", None),
    ("unaccented, with a year", "ke hoach dan van 2026", None),
    ("document number", "61/KH-UBND", "61/KH-UBND"),
    ("document number, typed loosely", "61 kh ubnd", "61/KH-UBND"),
    ("type and number", "chi thi 26", None),
]
PAGE = 10  #: results shown at once, by both
PAGEFIND_DIR = "pagefind-bench"
PAGEFIND_PAGE = """<!doctype html><html lang="vi"><meta charset="utf-8"><title>Pagefind</title><body>
<script type="module">
const q = new URLSearchParams(location.search).get("q");
const pagefind = await import("./%s/pagefind.js");  // as its UI: loaded with the page
const started = performance.now();  // its index (WebAssembly, metadata) loads with the first search
const search = await pagefind.search(q);
const shown = await Promise.all(search.results.slice(0, %d).map(r => r.data()));
document.body.dataset.ms = String(Math.round(performance.now() - started));
document.body.dataset.found = String(search.results.length);
document.body.dataset.urls = JSON.stringify(shown.map(d => d.url));
</script></body></html>
""" % (PAGEFIND_DIR, PAGE)


# -- the corpus and the two indexes ---------------------------------------------
def corpus(n: int, work: Path) -> Path:
    """Ingested Markdown for N documents: benchmark_scale's, or made here."""
    content = work / "content"
    if content.is_dir() and len(list((content / "van-ban").glob("*.md"))) >= n:
        print(f"corpus: reusing {content}", flush=True)
        return content
    shutil.rmtree(work, ignore_errors=True)
    generate(n, work / "raw", seed=n)
    content.mkdir(parents=True)
    shutil.copyfile(ROOT / "content" / "index.md", content / "index.md")
    print(f"corpus: {n} documents generated; ingesting…", flush=True)
    subprocess.run([PYTHON, "-m", "vanban.cli", "ingest", "-q", str(work / "raw"), "--content", str(content)],
                   check=True)
    return content


def build_sites(content: Path, work: Path) -> Path:
    folder = work / "search-bench"
    folder.mkdir(parents=True, exist_ok=True)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("docs_dir: content", f"docs_dir: {content}").replace(
        "site_dir: build", f"site_dir: {folder / 'build'}")
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    subprocess.run([PYTHON, "-m", "vanban.cli", "build", "-f", "mkdocs.yml"], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    site = folder / "build"
    subprocess.run([PYTHON, "-m", "pagefind", "--site", str(site), "--output-subdir", PAGEFIND_DIR,
                    "--glob", "van-ban/*.html", "--root-selector", "article"], check=True,
                   stdout=subprocess.DEVNULL)
    (site / "pagefind-bench.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
    return site


def folder_size(path: Path) -> tuple[int, int]:
    files = [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


# -- serving, with every response counted ---------------------------------------
class Counted(http.server.BaseHTTPRequestHandler):
    """Serves ``site``, gzipping text when the browser accepts it; records
    each response's bytes as sent and before compression."""

    site: Path
    log: list

    def do_GET(self):
        path = self.site / self.path.split("?")[0].lstrip("/")
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return
        raw = path.read_bytes()
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".wasm" or path.name.startswith("wasm."):
            kind = "application/wasm"
        body, encoding = raw, None
        textual = kind.startswith("text/") or kind in ("application/javascript", "application/json")
        if textual and "gzip" in self.headers.get("Accept-Encoding", ""):
            body, encoding = _gzipped(str(path), path.stat().st_mtime_ns), "gzip"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.end_headers()
        self.wfile.write(body)
        self.log.append((self.path, len(body), len(raw)))

    def log_message(self, *args):
        pass


@functools.lru_cache(maxsize=None)
def _gzipped(path: str, mtime_ns: int) -> bytes:
    """Compressed once per file version, as a server's gzip cache would."""
    return gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)


# -- querying --------------------------------------------------------------------
def measure(browser, base: str, log: list, engine: str, query: str) -> dict:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    try:
        if engine == "vanban":
            del log[:]
            page.goto(base + "tim-kiem.html")  # the page itself, before the query: as a reader has it
            page.wait_for_load_state("networkidle")
            page.fill("#vb-search-form input[name=q]", query)
            page.press("#vb-search-form input[name=q]", "Enter")
            page.wait_for_selector("body[data-vb-search-ms]", state="attached", timeout=60_000)
            ms = float(page.get_attribute("body", "data-vb-search-ms"))
            page.wait_for_load_state("networkidle")  # the snippets' texts
            state = {"q": query, "nam": "", "loai": "", "co_quan": ""}
            found = page.evaluate("async s => (await window.vanbanSearch.find(s)).filter(r => r.all).length", state)
            shown = page.evaluate("""async s => {
                const v = window.vanbanSearch;
                return (await v.documents((await v.find(s)).slice(0, 10))).map(d => d.s); }""", state)
            fetched = [(p, sent, raw) for p, sent, raw in log if "/assets/vanban/" in p and p.endswith(".js")]
        else:
            del log[:]
            page.goto(base + "pagefind-bench.html?q=" + query)
            page.wait_for_selector("body[data-ms]", state="attached", timeout=60_000)
            ms = float(page.get_attribute("body", "data-ms"))
            found = int(page.get_attribute("body", "data-found"))
            shown = [_so_ky_hieu_of(u) for u in json.loads(page.get_attribute("body", "data-urls"))]
            page.wait_for_load_state("networkidle")
            fetched = [(p, sent, raw) for p, sent, raw in log if f"/{PAGEFIND_DIR}/" in p]
        return {"ms": ms, "sent": sum(f[1] for f in fetched), "raw": sum(f[2] for f in fetched),
                "files": len(fetched), "found": found, "shown": shown}
    finally:
        context.close()


_SO_KY_HIEU: dict[str, str] = {}


def _so_ky_hieu_of(url: str) -> str:
    return _SO_KY_HIEU.get(url.rsplit("/", 1)[-1].replace(".html", ""), "")


def _load_numbers(content: Path) -> None:
    import yaml
    for md in (content / "van-ban").glob("*.md"):
        head = md.read_text(encoding="utf-8").split("\n---", 1)[0]
        line = next((x for x in head.splitlines() if x.startswith("so_ky_hieu:")), "")
        value = yaml.safe_load(line) if line else None
        _SO_KY_HIEU[md.stem] = (value or {}).get("so_ky_hieu") or ""


def _rank(shown: list[str], number: str | None) -> str:
    if not number:
        return ""
    return str(shown.index(number) + 1) if number in shown else f">{PAGE}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=10000)
    parser.add_argument("--work", type=Path, default=None,
                        help="default: $TMPDIR/vanban-scale/N (benchmark_scale.py's, reused when there)")
    parser.add_argument("--runs", type=int, default=3, help="runs per query and engine; the median is shown")
    args = parser.parse_args()
    work = args.work or Path(os.environ.get("TMPDIR", "/tmp")) / "vanban-scale" / str(args.n)
    content = corpus(args.n, work)
    _load_numbers(content)
    print("building the portal and the Pagefind index…", flush=True)
    site = build_sites(content, work)
    from playwright.sync_api import sync_playwright

    log: list = []
    handler = type("Handler", (Counted,), {"site": site, "log": log})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for engine in ("vanban", "pagefind"):  # warm the server's gzip cache and the disk
            for _, query, _ in QUERIES:
                measure(browser, base, log, engine, query)
        for kind, query, number in QUERIES:
            runs = {e: [measure(browser, base, log, e, query) for _ in range(args.runs)]
                    for e in ("vanban", "pagefind")}
            rows.append((kind, query, number, runs))
        browser.close()
    server.shutdown()
    report(site, rows)


def report(site: Path, rows: list) -> None:
    ours_size, ours_files = folder_size(site / "assets" / "vanban")
    pf_size, pf_files = folder_size(site / PAGEFIND_DIR)
    print(f"\nindex on disk: vanban {ours_size / 1e6:.1f} MB in {ours_files} files "
          f"(with every document's text, for snippets); Pagefind {pf_size / 1e6:.1f} MB in {pf_files} files; "
          f"×{ours_size / pf_size:.2f}")
    print(f"\n{'query':<30} {'':9} {'sent KB':>8} {'raw KB':>8} {'files':>5} {'first ms':>8} {'found':>6} {'rank':>5}")
    totals = {"vanban": [], "pagefind": []}
    for kind, query, number, runs in rows:
        print(f"{query!r:<30} ({kind})")
        for engine in ("vanban", "pagefind"):
            r = runs[engine]
            sent = statistics.median(x["sent"] for x in r) / 1e3
            raw = statistics.median(x["raw"] for x in r) / 1e3
            ms = statistics.median(x["ms"] for x in r)
            totals[engine].append((sent, raw, ms))
            print(f"  {'':<28} {engine:9} {sent:8.1f} {raw:8.1f} {r[0]['files']:5d} {ms:8.0f} "
                  f"{r[0]['found']:6d} {_rank(r[0]['shown'], number):>5}")
        ours, theirs = totals["vanban"][-1], totals["pagefind"][-1]
        print(f"  {'':<28} {'ratio':9} {ours[0] / theirs[0]:8.2f} {ours[1] / theirs[1]:8.2f} {'':5} "
              f"{ours[2] / max(theirs[2], 1):8.2f}")
    print("\nover all queries (median):")
    for engine in ("vanban", "pagefind"):
        t = totals[engine]
        print(f"  {engine:9} sent {statistics.median(x[0] for x in t):6.1f} KB, "
              f"raw {statistics.median(x[1] for x in t):6.1f} KB, "
              f"first results {statistics.median(x[2] for x in t):4.0f} ms "
              f"(slowest {max(x[2] for x in t):.0f} ms)")


if __name__ == "__main__":
    main()
