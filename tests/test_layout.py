"""The architecture holds: the site stays light, its page names are its own."""

import re
import subprocess
import sys

from conftest import ROOT, SAMPLES, build_site, read_front_matter
from vanban.site import urls
from vanban.text.slugs import RESERVED_SLUGS, is_reserved

NOTICE = """ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
THÔNG BÁO
Lịch tiếp công dân tháng 12 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh.
Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân vào ngày 15 hằng tháng tại Trụ sở Tiếp công dân tỉnh.
"""


def test_importing_the_site_loads_neither_reading_nor_repair_nor_numpy():
    code = ("import sys, vanban.site.plugin; "
            "print(sorted({m.split('.')[0] if m == 'numpy' or m.startswith('numpy.') else m for m in sys.modules "
            "if m.startswith(('numpy', 'vanban.repair', 'vanban.reading', 'vanban.pipeline'))}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_reserved_names_are_every_page_the_site_writes_beside_documents():
    """Every page the site writes in van-ban/ (and each browse folder) is a
    name a document may not take."""
    site_pages = {urls.LISTING, urls.BROWSE_HUB, urls.ARCHIVE.format(7)}
    site_pages |= {urls.browse_group("nam", "x").rsplit("/", 1)[0] + ".md", urls.browse_group("loai", "x")
                   .rsplit("/", 1)[0] + ".md", urls.browse_group("co-quan", "x").rsplit("/", 1)[0] + ".md"}
    for uri in site_pages:
        folder, name = uri.rsplit("/", 1)
        assert folder == urls.DOCUMENTS_DIR
        assert is_reserved(name[:-3]), name
    assert {"index", "duyet", "nam", "loai", "co-quan"} <= RESERVED_SLUGS
    assert not is_reserved("ke-hoach-61-kh-ubnd-2026") and not is_reserved("trang-tin")


def test_documents_named_like_site_pages_get_other_slugs(tmp_path):
    sources = tmp_path / "in"
    sources.mkdir()
    for name in ("index", "trang-1", "duyet"):
        (sources / f"{name}.txt").write_text(NOTICE.replace("tháng 12", f"tháng 12 ({name})"), encoding="utf-8")
    site = build_site(tmp_path, [SAMPLES, sources], page_size=2)  # 8 documents: archive pages trang-1..4
    content = tmp_path / "content" / "van-ban"
    received = {read_front_matter(p)[0]["tep_goc"]: p.stem for p in content.glob("*.md")}
    for name in ("index", "trang-1", "duyet"):
        slug = received[f"{name}.txt"]
        assert slug != name and not is_reserved(slug)
        assert (site / "van-ban" / f"{slug}.html").is_file()
    listing = (site / "van-ban" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Văn bản chỉ đạo điều hành</h1>" in listing and 'class="vb-listing"' in listing
    first = (site / "van-ban" / "trang-1.html").read_text(encoding="utf-8")
    assert "trang 1</h1>" in first
    hub = (site / "van-ban" / "duyet.html").read_text(encoding="utf-8")
    assert re.search(r"<h1>Duyệt văn bản theo năm, loại và cơ quan</h1>", hub)


def test_ingest_says_when_a_slug_was_changed(tmp_path, capsys):
    from vanban import cli

    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "index.txt").write_text(NOTICE, encoding="utf-8")
    assert cli.main(["ingest", str(sources), "--content", str(tmp_path / "content")]) == 0
    err = capsys.readouterr().err
    assert "index.txt" in err and "SLUG-RESERVED" in err


def test_the_tree_is_the_architecture():
    """Only the site imports mkdocs; the site never imports reading or repair."""
    package = ROOT / "plugins" / "vanban"
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        part = path.relative_to(package).parts[0]
        if re.search(r"^\s*(from|import) mkdocs", text, re.M):
            assert part == "site", path
        if part == "site":
            assert not re.search(r"^\s*from vanban\.(reading|repair|pipeline)", text, re.M), path
