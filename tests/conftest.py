"""Shared fixtures: the sample documents, a site built from them, a browser."""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def sample(prefix: str) -> Path:
    return next(SAMPLES.glob(f"{prefix}_*.txt"))


def read_front_matter(path: Path) -> tuple[dict, str]:
    """A content file's front matter, as YAML reads it, and its body."""
    from vanban.content import frontmatter

    mapping, body, _ = frontmatter.split(frontmatter.as_text(Path(path).read_bytes()))
    return mapping, body


def write_front_matter(path: Path, meta: dict, body: str) -> None:
    path.write_text("---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n\n" + body,
                    encoding="utf-8")


@functools.cache
def sample_slug(prefix: str, content: Path = ROOT / "content") -> str:
    """The slug the sample ``<prefix>_*.txt`` was published under, found by
    its received name (``tep_goc``) in the content's front matter."""
    name = sample(prefix).name
    for path in sorted((content / "van-ban").glob("*.md")):
        if read_front_matter(path)[0].get("tep_goc") == name:
            return path.stem
    raise LookupError(f"no document in {content} was ingested from {name}")


def build_site(tmp: Path, sources: list[Path], extra_content: dict[str, str] | None = None,
               **options) -> Path:
    """Ingest ``sources`` into a fresh content folder and build it with mkdocs."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from vanban.content.ingest import ingest

    content = tmp / "content"
    content.mkdir(parents=True)
    shutil.copyfile(ROOT / "content" / "index.md", content / "index.md")
    ingest(sources, content)
    for name, text in (extra_content or {}).items():
        (content / name).parent.mkdir(parents=True, exist_ok=True)
        (content / name).write_text(text, encoding="utf-8")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config.update(docs_dir=str(content), site_dir=str(tmp / "build"))
    if options:  # vanban's own settings, e.g. page_size=2
        config["plugins"] = [{"vanban": dict(config["plugins"][0]["vanban"], **options)}]
    (tmp / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    build(load_config(str(tmp / "mkdocs.yml")))
    return tmp / "build"


@pytest.fixture(scope="session")
def sample_site(tmp_path_factory) -> Path:
    return build_site(tmp_path_factory.mktemp("site"), [SAMPLES])


class _PrefixHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the site under a sub-path, as a portal mounted at /vanban/ is."""

    prefix = "/vanban"

    def translate_path(self, path):
        if not path.startswith(self.prefix + "/"):
            return str(Path(self.directory) / "__not_found__")
        return super().translate_path(path[len(self.prefix):])

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Path):
    """Serve ``site`` at http://127.0.0.1:<port>/vanban/ while the block runs."""
    handler = functools.partial(_PrefixHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/vanban/"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def served_site(sample_site):
    with serve(sample_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A page that records every request to a host other than the site's."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.foreign_requests = []

    def check(route):
        url = route.request.url
        if url.startswith(("http://127.0.0.1", "file://", "data:", "blob:", "about:")):
            route.continue_()
        else:
            page.foreign_requests.append(url)
            route.abort()

    context.route("**/*", check)
    yield page
    context.close()


SCREENSHOTS = ROOT / "tests" / "screenshots"


def screenshot(page, name: str, full_page: bool = True) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)
