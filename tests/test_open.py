"""Citing, following and taking the data: the citation of a document, the
passage anchors, the feeds, the sitemap, the open data, the compare view,
redirects, and addresses that never change."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

import pytest

from conftest import ROOT, build_site, read_front_matter, sample, sample_slug
from vanban.citations.cite import about_phrase, official_citation
from vanban.model import Metadata
from vanban.site.render import render

# The samples' slugs, as ingest named them (see content/)
PARTY_LETTER = sample_slug("000")
PARTY_PLAN = sample_slug("001")
PLAN_61 = sample_slug("004")

ATOM = "{http://www.w3.org/2005/Atom}"
SITE_URL = "http://localhost:8000/"  # mkdocs.yml's


def test_a_document_is_named_the_way_officials_cite_it():
    meta = Metadata(loai_van_ban="Kế hoạch", so_ky_hieu="61/KH-UBND", so=61, ngay_ban_hanh="2026-02-26",
                    co_quan_ban_hanh="Ủy ban nhân dân tỉnh Lạng Sơn",
                    trich_yeu="Thực hiện công tác dân vận chính quyền năm 2026 trên địa bàn tỉnh Lạng Sơn")
    assert official_citation(meta) == (
        "Kế hoạch số 61/KH-UBND ngày 26/02/2026 của Ủy ban nhân dân tỉnh Lạng Sơn về thực hiện công tác dân vận "
        "chính quyền năm 2026 trên địa bàn tỉnh Lạng Sơn")
    blank = Metadata(loai_van_ban="Công văn", so_ky_hieu="/STTTT-TTBCXB", so=None, ngay_ban_hanh="2024-02",
                     co_quan_ban_hanh="Sở Thông tin và Truyền thông", trich_yeu="V/v tăng cường tuyên truyền")
    assert official_citation(blank) == ("Công văn ký hiệu STTTT-TTBCXB tháng 02/2024 của Sở Thông tin và Truyền "
                                        "thông về việc tăng cường tuyên truyền")
    assert official_citation(Metadata(loai_van_ban="Chỉ thị")) == "Chỉ thị"


@pytest.mark.parametrize("trich_yeu, about", [
    ("Tuyên truyền Chỉ thị 26-CT/TU", "về tuyên truyền Chỉ thị 26-CT/TU"),
    ("Chỉ thị số 26-CT/TU của Ban Thường vụ", "về Chỉ thị số 26-CT/TU của Ban Thường vụ"),
    ("Đảng ủy Khối triển khai", "về Đảng ủy Khối triển khai"),
    ("Về việc giao chỉ tiêu", "về việc giao chỉ tiêu"),
    ("UBND tỉnh giao dự toán", "về UBND tỉnh giao dự toán"),
    ("", ""),
])
def test_the_subject_follows_ve_with_names_kept_capital(trich_yeu, about):
    assert about_phrase(trich_yeu) == about


def test_every_paragraph_and_list_item_has_an_anchor_in_reading_order():
    html = render("## I. MỤC ĐÍCH\n\nMột.\n\nHai.\n\n- ba\n- bốn\n\nNăm[^1].\n\n[^1]: Chú thích.\n").html
    assert re.findall(r'id="(doan-\d+)"', html) == [f"doan-{n}" for n in range(1, 6)]
    assert '<h2 id="i-muc-dich">' in html and 'id="fn1"' in html


def test_the_document_page_has_a_citation_box_and_a_print_foot(sample_site):
    html = (sample_site / "van-ban" / f"{PLAN_61}.html").read_text(encoding="utf-8")
    box = html[html.index('<section class="vb-trich-dan"'):html.index("</section>", html.index('class="vb-trich-dan"'))]
    assert "Kế hoạch số 61/KH-UBND ngày 26/02/2026 của Ủy ban nhân dân tỉnh Lạng Sơn về thực hiện" in box
    assert f'href="{SITE_URL}van-ban/{PLAN_61}.html"' in box
    assert "Đăng tải trên cổng" in box and "Sao chép trích dẫn" in box and "Sao chép liên kết" in box
    assert 'class="vb-in-chan-trang"' in html


def _atom(path: Path) -> ET.Element:
    root = ET.parse(path).getroot()
    assert root.tag == f"{ATOM}feed"
    return root


def _check_atom(root: ET.Element, site: Path) -> list[ET.Element]:
    """RFC 4287's musts: feed id, title, updated, author; each entry id,
    title, updated and a link; dates in RFC 3339; ids unique."""
    for name in ("id", "title", "updated"):
        assert (root.findtext(f"{ATOM}{name}") or "").strip(), name
    assert root.find(f"{ATOM}author/{ATOM}name") is not None
    assert root.find(f"{ATOM}link[@rel='self']") is not None
    entries = root.findall(f"{ATOM}entry")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(ids) == len(set(ids)) and all(i.startswith("urn:uuid:") for i in ids)
    for entry in entries:
        assert entry.findtext(f"{ATOM}title")
        for name in ("updated", "published"):
            datetime.fromisoformat(entry.findtext(f"{ATOM}{name}"))
        href = entry.find(f"{ATOM}link[@rel='alternate']").get("href")
        assert href.startswith(SITE_URL) and (site / href[len(SITE_URL):]).is_file()
    return entries


def test_feeds_are_valid_atom_and_point_at_the_pages(sample_site):
    site_feed = _check_atom(_atom(sample_site / "atom.xml"), sample_site)
    assert len(site_feed) == 5
    kinds = _check_atom(_atom(sample_site / "atom" / "loai" / "ke-hoach.xml"), sample_site)
    assert {e.findtext(f"{ATOM}title") for e in kinds} == {"Kế hoạch 61/KH-UBND", "Kế hoạch -KH/ĐU (05/10/2023)"}
    issuer = sample_site / "atom" / "co-quan" / "uy-ban-nhan-dan-tinh-lang-son.xml"
    assert [e.findtext(f"{ATOM}title") for e in _check_atom(_atom(issuer), sample_site)] == ["Kế hoạch 61/KH-UBND"]
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    assert 'type="application/atom+xml"' in home and 'href="atom.xml"' in home


def test_the_sitemap_lists_every_page_at_its_address(sample_site):
    root = ET.parse(sample_site / "sitemap.xml").getroot()
    locs = [u.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc") for u in root]
    assert locs and all(loc.startswith(SITE_URL) for loc in locs)
    pages = {loc[len(SITE_URL):] for loc in locs}
    for md in (ROOT / "content" / "van-ban").glob("*.md"):
        assert f"van-ban/{md.stem}.html" in pages
    assert {"van-ban/duyet.html", "du-lieu-mo.html", "van-ban/loai/ke-hoach.html"} <= pages
    assert all((sample_site / p).is_file() for p in pages)


def test_open_data_json_and_csv_are_the_front_matter(sample_site, tmp_path):
    from vanban.site.opendata import COLUMNS, SEPARATOR

    entries = json.loads((sample_site / "du-lieu" / "van-ban.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((sample_site / "du-lieu" / "van-ban.csv").read_text(encoding="utf-8-sig"))))
    assert len(entries) == len(rows) == 5 and list(rows[0]) == list(COLUMNS)
    for entry, row in zip(entries, rows):
        meta, body = read_front_matter(ROOT / "content" / "van-ban" / f"{entry['slug']}.md")
        same = {k: v for k, v in meta.items() if k != "ngay_dang_tai"}
        assert {k: entry[k] for k in same} == same
        assert (sample_site / entry["url"]).is_file() and (sample_site / entry["du_lieu_json"]).is_file()
        inert = lambda v: "'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v  # noqa: E731  formulas neutralised
        assert row["so_ky_hieu"] == inert(meta["so_ky_hieu"] or "")
        assert row["trich_yeu"] == inert(meta["trich_yeu"] or "")
        assert row["da_sua_loi"] == ("true" if meta["da_sua_loi"] else "false")
        assert row["noi_nhan"].split(SEPARATOR) == (meta["noi_nhan"] or [""])
        assert row["dan_chieu"] == SEPARATOR.join(c.get("so_ky_hieu") or "" for c in meta["dan_chieu"])
    dates = [e["ngay_ban_hanh"] for e in entries]
    assert dates == sorted(dates, reverse=True)
    page = (sample_site / "du-lieu-mo.html").read_text(encoding="utf-8")
    assert 'href="du-lieu/van-ban.csv"' in page and 'href="du-lieu/van-ban.json"' in page and "ngay_ban_hanh" in page


def test_a_repaired_document_has_a_line_by_line_compare_page(sample_site):
    doc = (sample_site / "van-ban" / f"{PARTY_LETTER}.html").read_text(encoding="utf-8")
    assert f'href="../doi-chieu/{PARTY_LETTER}.html"' in doc
    page = (sample_site / "doi-chieu" / f"{PARTY_LETTER}.html").read_text(encoding="utf-8")
    assert "<del>Tuyén</del>" in page and "<ins>Tuyên</ins>" in page \
        or 'title="Chưa chắc chắn; bản gốc: Tuyén">Tuyên' in page
    assert page.count('class="vb-co-sua"') > 10 and 'class="vb-uncertain"' in page
    assert not (sample_site / "doi-chieu" / f"{PARTY_LETTER}.json").exists()  # shown, not published twice
    clean = (sample_site / "van-ban" / f"{PARTY_PLAN}.html").read_text(encoding="utf-8")
    assert "doi-chieu/" not in clean and not (sample_site / "doi-chieu" / f"{PARTY_PLAN}.html").exists()


def test_browse_pages_by_year_type_and_issuer(sample_site):
    hub = (sample_site / "van-ban" / "duyet.html").read_text(encoding="utf-8")
    for href in ('href="nam/2026.html"', 'href="loai/ke-hoach.html"',
                 'href="co-quan/uy-ban-nhan-dan-tinh-lang-son.html"'):
        assert href in hub
    year = (sample_site / "van-ban" / "nam" / "2023.html").read_text(encoding="utf-8")
    assert "Văn bản năm 2023" in year and year.count('<td class="vb-so">') == 3
    kind = (sample_site / "van-ban" / "loai" / "cong-van.html").read_text(encoding="utf-8")
    assert kind.count('<td class="vb-so">') == 3 and 'href="../../atom/loai/cong-van.xml"' in kind


def _anchors(site: Path) -> dict[str, set[str]]:
    return {p.relative_to(site).as_posix(): set(re.findall(r'\sid="([^"]+)"', p.read_text(encoding="utf-8")))
            for p in site.rglob("*.html")}


def test_adding_documents_leaves_every_address_and_anchor_in_place(tmp_path, monkeypatch):
    """Every page and every anchor of a site is still there, the same, after
    documents are added (incrementally and in a full build)."""
    from vanban import cli
    from vanban.content.ingest import ingest
    from vanban.synth import generate

    site = build_site(tmp_path, [sample("000"), sample("002"), sample("003")])
    before = _anchors(site)
    monkeypatch.chdir(tmp_path)
    generate(12, tmp_path / "raw", seed=9)
    ingest([sample("001"), sample("004"), tmp_path / "raw"], tmp_path / "content")
    for command in (["build", "-f", "mkdocs.yml", "--incremental"], ["build", "-f", "mkdocs.yml"]):
        assert cli.main(command) == 0
        after = _anchors(site)
        for page, ids in before.items():
            assert page in after, page
            assert ids <= after[page], (page, ids - after[page])
    doc = f"van-ban/{PARTY_LETTER}.html"
    assert {"doan-1", "doan-2", "doan-3"} <= before[doc]  # passages were there to keep


def test_a_document_whose_address_changed_redirects_from_the_old_one(tmp_path):
    from vanban.content.ingest import ingest

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copyfile(sample("004"), raw / "kh.txt")
    site = build_site(tmp_path, [raw])
    assert (site / "van-ban" / f"{PLAN_61}.html").exists()
    text = (raw / "kh.txt").read_bytes().replace(b"61", b"62", 1)  # the number was misread, then corrected
    assert b"62" in text
    (raw / "kh.txt").write_bytes(text)
    report = ingest([raw], tmp_path / "content")
    new = report.written[0]
    assert new != PLAN_61
    moved = json.loads((tmp_path / "content" / "chuyen-huong.json").read_text(encoding="utf-8"))
    assert moved == {PLAN_61: new}
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(tmp_path / "mkdocs.yml")))
    old = (site / "van-ban" / f"{PLAN_61}.html").read_text(encoding="utf-8")
    assert f'url={new}.html"' in old and f'location.replace("{new}.html" + location.hash)' in old
    assert not (site / "chuyen-huong.json").exists()
