"""The built site, read as files: pages, data, ordering, self-containment."""

import json
import re
import shutil

from conftest import SAMPLES, build_site, read_front_matter, sample, sample_slug

# The samples' slugs, as ingest named them (see content/)
PARTY_LETTER = sample_slug("000")
PARTY_PLAN = sample_slug("001")
LETTER_2024 = sample_slug("002")
LETTER_2023 = sample_slug("003")
PLAN_61 = sample_slug("004")

#: What makes a browser fetch from another host (a canonical or alternate <link> names an address, loads nothing).
FOREIGN = re.compile(r"""(?:src|srcset|action)\s*=\s*["']\s*(?:https?:)?//"""
                     r"""|<link(?![^>]*rel=["'](?:canonical|alternate)["'])[^>]+href=["']\s*(?:https?:)?//"""
                     r"""|url\(\s*["']?(?:https?:)?//|@import\s+["']?(?:https?:)?//""", re.I)


def test_every_page_type_is_written(sample_site):
    for path in ["index.html", "van-ban/index.html", "tim-kiem.html", "assets/vanban/tim-kiem/manifest.js",
                 "assets/vanban/tim-kiem/d0.js", "assets/vanban/search.js", f"van-ban/{PLAN_61}.html",
                 f"du-lieu/van-ban/{PLAN_61}.json", f"du-lieu/van-ban/{PLAN_61}.md"]:
        assert (sample_site / path).is_file(), path


def test_pages_are_vietnamese(sample_site):
    html = (sample_site / "van-ban" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="vi"' in html
    assert "Số ký hiệu" in html and "Ngày ban hành" in html and "Cơ quan ban hành" in html and "Trích yếu" in html


def test_listing_is_newest_first(sample_site):
    html = (sample_site / "van-ban" / "index.html").read_text(encoding="utf-8")
    cells = re.findall(r'<td class="vb-ngay">([^<]+)</td>', html)
    iso = ["-".join(reversed(c.split("/"))) for c in cells]
    assert len(iso) == 5 and iso == sorted(iso, reverse=True)


def test_originals_are_published_byte_for_byte(sample_site):
    for source in SAMPLES.glob("*.txt"):
        published = [p for p in sample_site.glob("nguon/*") if p.read_bytes() == source.read_bytes()]
        assert len(published) == 1 and published[0].suffix == ".txt"


def test_json_data_matches_the_front_matter(sample_site, tmp_path):
    slug = sample_slug("004")
    data = json.loads((sample_site / f"du-lieu/van-ban/{slug}.json").read_text(encoding="utf-8"))
    meta, body = read_front_matter(sample_site / f"du-lieu/van-ban/{slug}.md")
    assert data == dict(meta, noi_dung=body)


def test_document_page_has_attributes_text_and_links(sample_site):
    html = (sample_site / "van-ban" / f"{PARTY_PLAN}.html").read_text(encoding="utf-8")
    assert "Thuộc tính" in html and "Đình Văn Ninh" in html and "T/M BAN THƯỜNG VỤ" in html
    assert f'href="../nguon/{PARTY_PLAN}.txt" download="001_fd282751f10d74d4.txt"' in html
    assert f'href="../du-lieu/van-ban/{PARTY_PLAN}.json"' in html
    assert '<h2 id="i-muc-dich-yeu-cau">I- MỤC ĐÍCH, YÊU CẦU</h2>' in html


def test_missing_fields_show_as_missing(sample_site):
    html = (sample_site / "van-ban" / f"{PARTY_LETTER}.html").read_text(encoding="utf-8")
    row = re.search(r"<th scope=\"row\">Người ký</th><td>(.*?)</td>", html).group(1)
    assert "Chưa xác định" in row


def test_nothing_is_loaded_from_another_host(sample_site):
    for path in sample_site.rglob("*"):
        if path.suffix in (".html", ".css"):
            text = path.read_text(encoding="utf-8", errors="replace")
            assert not FOREIGN.search(text), f"{path} loads from another host: {FOREIGN.search(text).group(0)}"


def test_documents_are_not_in_the_navigation(sample_site):
    html = (sample_site / "index.html").read_text(encoding="utf-8")
    nav = html[html.index('<nav class="md-nav md-nav--primary"'):]
    nav = nav[: nav.index("</nav>")]
    assert PLAN_61 not in nav


def test_hostile_text_is_escaped_and_a_broken_file_is_skipped(tmp_path):
    hostile = ("---\nso_ky_hieu: 9/KH-UBND\nso: 9\nky_hieu: KH-UBND\nloai_van_ban: Kế hoạch\n"
               "trich_yeu: '<script>alert(1)</script>'\nngay_ban_hanh: '2025-01-02'\nkinh_gui: []\nnoi_nhan: []\n"
               "dan_chieu: []\n---\n\nVăn bản <img src=x onerror=alert(1)> và [x](javascript:alert(1)).\n")
    site = build_site(tmp_path, [sample("002")], {"van-ban/hostile.md": hostile,
                                                   "van-ban/broken.md": "---\nso: [\n---\n"})
    html = (site / "van-ban" / "hostile.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<img src=x" not in html and 'href="javascript:' not in html
    assert "[x](javascript:alert(1))" in html  # shown as the text it is
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not (site / "van-ban" / "broken.html").exists()
    assert (site / "van-ban" / f"{LETTER_2024}.html").exists()
    for shard in (site / "assets" / "vanban" / "tim-kiem").glob("*.js"):
        assert "</script" not in shard.read_text(encoding="utf-8")


def test_not_found_page_is_vietnamese(sample_site):
    html = (sample_site / "404.html").read_text(encoding="utf-8")
    assert "Không tìm thấy trang" in html and "Not found" not in html


def test_a_repaired_document_shows_its_original_and_marks_unsure_words(sample_site):
    html = (sample_site / "van-ban" / f"{PLAN_61}.html").read_text(encoding="utf-8")
    assert "Đối chiếu bản sửa với bản gốc" in html
    compare = (sample_site / "doi-chieu" / f"{PLAN_61}.html").read_text(encoding="utf-8")
    assert "S6:61 /KH-UBND" in compare.replace("<del>", "").replace("</del>", "")  # the original text, as printed
    assert html.count('class="vb-uncertain"') > 5
    assert (sample_site / "sua-loi" / f"{PLAN_61}.json").is_file()
    clean = (sample_site / "van-ban" / f"{PARTY_PLAN}.html").read_text(encoding="utf-8")
    assert "vb-uncertain" not in clean and "trước khi sửa lỗi" not in clean


def _links(html: str) -> set[str]:
    return set(re.findall(r'href="([^"#]+)"', html))


def test_the_seed_directive_chain_is_linked_both_ways(sample_site):
    page_000 = (sample_site / "van-ban" / f"{PARTY_LETTER}.html").read_text(encoding="utf-8")
    page_001 = (sample_site / "van-ban" / f"{PARTY_PLAN}.html").read_text(encoding="utf-8")
    chi_thi = (sample_site / "van-ban" / "chi-thi-26-ct-tu-2023.html").read_text(encoding="utf-8")
    for page in (page_000, page_001):
        assert "chi-thi-26-ct-tu-2023.html" in _links(page)
        assert 'class="vb-dan-chieu"' in page  # linked in the running text too
    citing = chi_thi[chi_thi.index('id="van-ban-dan-chieu-den"'):]
    assert f"{PARTY_LETTER}.html" in citing and f"{PARTY_PLAN}.html" in citing
    assert "chưa được đăng trên cổng" in chi_thi and "Ban Thường vụ Tỉnh ủy" in chi_thi

    def top_related(html):
        section = html[html.index('id="van-ban-lien-quan"'):]
        return re.search(r'<li><a href="([^"]+)"', section).group(1)

    assert top_related(page_000) == f"{PARTY_PLAN}.html"
    assert top_related(page_001) == f"{PARTY_LETTER}.html"


def test_same_numbers_of_different_documents_stay_apart(sample_site):
    pages = {p.name for p in (sample_site / "van-ban").glob("*.html")}
    assert {"ke-hoach-37-kh-ubnd-2024.html", "nghi-quyet-37-nq-tw-2018.html", "nghi-quyet-37-nq-hdnd.html"} <= pages
    assert {"cong-van-2688-cv-btgtu-2023.html", "quyet-dinh-2688-qd-ubnd-2025.html"} <= pages


def test_graph_page_and_diagrams(sample_site):
    graph = (sample_site / "lien-ket.html").read_text(encoding="utf-8")
    assert "<svg" in graph and "chi-thi-26-ct-tu-2023.html" in graph
    page = (sample_site / "van-ban" / f"{PLAN_61}.html").read_text(encoding="utf-8")
    diagram = page[page.index('class="vb-diagram"'):]
    assert "ke-hoach-18-kh-tu-2026.html" in diagram


def test_adding_a_document_updates_back_links_without_reingest(tmp_path):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from vanban.content.ingest import ingest

    site = build_site(tmp_path, [sample("000")])
    assert f"{PARTY_PLAN}.html" not in (site / "van-ban" / "chi-thi-26-ct-tu-2023.html").read_text(encoding="utf-8")
    old = tmp_path / "content" / "van-ban" / f"{PARTY_LETTER}.md"
    before = old.stat().st_mtime_ns
    ingest([sample("001")], tmp_path / "content")
    build(load_config(str(tmp_path / "mkdocs.yml")))
    assert old.stat().st_mtime_ns == before  # the old document was not touched
    chi_thi = (site / "van-ban" / "chi-thi-26-ct-tu-2023.html").read_text(encoding="utf-8")
    assert f"{PARTY_PLAN}.html" in chi_thi and f"{PARTY_LETTER}.html" in chi_thi


def _tree(site):
    """Every file's bytes, and every folder (an empty one too)."""
    return {p.relative_to(site).as_posix(): p.read_bytes() if p.is_file() else "folder" for p in site.rglob("*")}


def test_incremental_build_equals_a_full_build(tmp_path, monkeypatch):
    """Add a document, remove another: the incremental site is the full one."""
    from vanban import cli
    from vanban.content.ingest import ingest

    site = build_site(tmp_path, [sample("000"), sample("002"), sample("003")])
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", "-f", "mkdocs.yml"]) == 0  # a first build that leaves fingerprints
    ingest([sample("001")], tmp_path / "content")
    (tmp_path / "content" / "van-ban" / f"{LETTER_2023}.md").unlink()
    assert cli.main(["build", "-f", "mkdocs.yml", "--incremental"]) == 0
    incremental = _tree(site)
    shutil.rmtree(tmp_path / ".cache")  # a cold full build: nothing remembered from earlier builds
    assert cli.main(["build", "-f", "mkdocs.yml"]) == 0
    assert incremental == _tree(site)
    assert f"van-ban/{LETTER_2023}.html" not in incremental
    chi_thi = incremental["van-ban/chi-thi-26-ct-tu-2023.html"].decode("utf-8")
    assert f"{PARTY_PLAN}.html" in chi_thi  # the back-link of an untouched page was updated


def test_a_failed_incremental_build_does_not_write_through_to_the_published_site(tmp_path, monkeypatch):
    from vanban import cli
    from vanban.content.ingest import ingest

    site = build_site(tmp_path, [sample("000"), sample("002")])
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", "-f", "mkdocs.yml"]) == 0
    before = _tree(site)
    ingest([sample("001")], tmp_path / "content")  # changes the back-links of pages already published
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(config + "\nstrict: true\n", encoding="utf-8")
    (tmp_path / "content" / "broken-link.md").write_text("[x](khong-co.md)\n", encoding="utf-8")
    assert cli.main(["build", "-f", "mkdocs.yml", "--incremental"]) == 1  # strict mode aborts after writing
    assert _tree(site) == before


def test_a_build_that_fails_at_the_end_is_forgotten(tmp_path, monkeypatch):
    """Pages written by a failed build are thrown away with it; the next
    incremental build must not take them for published."""
    import mkdocs.commands.build as mkdocs_build
    from mkdocs.exceptions import Abort

    from vanban import cli
    from vanban.content.ingest import ingest

    site = build_site(tmp_path, [sample("000"), sample("002")])
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", "-f", "mkdocs.yml"]) == 0
    ingest([sample("001")], tmp_path / "content")  # changes the back-links of pages already published
    real_build = mkdocs_build.build

    def build_then_fail(config, **kwargs):
        real_build(config, **kwargs)
        raise Abort("failed after the last page")

    monkeypatch.setattr(mkdocs_build, "build", build_then_fail)
    assert cli.main(["build", "-f", "mkdocs.yml", "--incremental"]) == 1
    monkeypatch.setattr(mkdocs_build, "build", real_build)
    assert cli.main(["build", "-f", "mkdocs.yml", "--incremental"]) == 0
    incremental = _tree(site)
    shutil.rmtree(tmp_path / ".cache")
    assert cli.main(["build", "-f", "mkdocs.yml"]) == 0
    assert incremental == _tree(site)


def test_archive_pages_hold_every_document_once_and_link_their_neighbours(tmp_path):
    site = build_site(tmp_path, [SAMPLES], page_size=2)
    listing = site / "van-ban"
    archive = sorted(listing.glob("trang-*.html"))
    assert [p.name for p in archive] == ["trang-1.html", "trang-2.html", "trang-3.html"]
    def rows(html):
        return re.findall(r'<td class="vb-so"><a href="([^"]+)"', html)

    shown = [href for p in archive for href in rows(p.read_text(encoding="utf-8"))]
    assert len(shown) == len(set(shown)) == 5
    index = (listing / "index.html").read_text(encoding="utf-8")
    newest_first = [href for p in archive[::-1] for href in rows(p.read_text(encoding="utf-8"))]
    assert rows(index) == newest_first[:2]
    oldest = (listing / "trang-1.html").read_text(encoding="utf-8")
    assert "Cũ hơn" not in oldest and "trang 1" in oldest
    for page in [listing / "index.html", *archive]:
        nav = re.search(r'<nav class="vb-pagination".*?</nav>', page.read_text(encoding="utf-8"), re.S).group(0)
        for href in re.findall(r'href="([^"]+)"', nav):
            assert (page.parent / href).exists(), f"{page.name} links to missing {href}"


def test_the_incremental_build_does_not_warn_that_its_links_may_be_wrong():
    import logging

    from vanban.site.publish import not_dirty_warning

    def record(message):
        return logging.LogRecord("mkdocs.commands.build", logging.WARNING, __file__, 1, message, None, None)
    assert not not_dirty_warning(record("A 'dirty' build is being performed, this will likely lead to inaccurate "
                                         "navigation and other links within your site."))
    assert not_dirty_warning(record("Doc file 'x.md' contains a link 'y.md', but the target is not found"))


def test_a_site_file_is_replaced_never_written_through_a_link(tmp_path):
    import os

    from vanban.content.files import write_atomic

    published, building = tmp_path / "published.xml", tmp_path / "building.xml"
    published.write_text("old", encoding="utf-8")
    os.link(published, building)  # the incremental build starts from links to the published site
    inode = building.stat().st_ino
    assert write_atomic(building, "old") is False and building.stat().st_ino == inode  # unchanged: kept
    assert write_atomic(building, "new") is True
    assert building.read_text(encoding="utf-8") == "new" and published.read_text(encoding="utf-8") == "old"
