"""What journalists and citizens do on a document page, in headless
Chromium: copy a citation and a link, link to a passage, compare a repaired
text with its original, print; every page checked by axe-core and read on
a 360-pixel phone."""

from __future__ import annotations

import pytest

from conftest import sample_slug, screenshot

# The samples' slugs, as ingest named them (see content/)
PARTY_LETTER = sample_slug("000")
PLAN_61 = sample_slug("004")

pytestmark = pytest.mark.browser

DOC = f"van-ban/{PLAN_61}.html"
CITATION = ("Kế hoạch số 61/KH-UBND ngày 26/02/2026 của Ủy ban nhân dân tỉnh Lạng Sơn về thực hiện công tác dân "
            "vận chính quyền năm 2026 trên địa bàn tỉnh Lạng Sơn")


@pytest.fixture
def clip_page(browser):
    """A page whose clipboard the test can read."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    yield page
    context.close()


def _clipboard(page) -> str:
    return page.evaluate("navigator.clipboard.readText()")


def test_copy_the_citation_and_the_permalink(clip_page, served_site):
    page = clip_page
    page.goto(served_site + DOC)
    permalink = served_site + DOC
    assert page.locator(".vb-trich-dan [data-vb-permalink]").inner_text() == permalink
    page.click("text=Sao chép trích dẫn")
    page.wait_for_function("() => document.querySelector('.vb-copied').textContent.includes('Đã sao chép')")
    assert _clipboard(page) == CITATION
    page.click(".vb-trich-dan >> text=Sao chép liên kết")
    page.wait_for_function("() => document.querySelector('.vb-copied').textContent.includes('liên kết')")
    assert _clipboard(page) == permalink
    page.locator(".vb-trich-dan").scroll_into_view_if_needed()
    screenshot(page, "citation-box", full_page=False)


def test_link_and_cite_a_passage(clip_page, served_site):
    page = clip_page
    page.goto(served_site + DOC)
    paragraph = page.locator(".vb-noi-dung p[id^='doan-']").nth(4)
    anchor = paragraph.get_attribute("id")
    paragraph.hover()
    paragraph.locator(".vb-doan-link").click()
    menu = page.locator(".vb-doan-menu")
    assert menu.is_visible()
    screenshot(page, "passage-menu", full_page=False)
    menu.locator("text=Sao chép liên kết").click()
    page.wait_for_selector(".vb-toast:not([hidden])")
    link = _clipboard(page)
    assert link == f"{served_site}{DOC}#{anchor}"
    paragraph.locator(".vb-doan-link").click()
    menu.locator("text=Sao chép trích dẫn").click()
    page.wait_for_function("l => navigator.clipboard.readText().then(t => t !== l)", arg=link)
    cited = _clipboard(page)
    assert cited.startswith(CITATION + ", mục “") and f"đoạn {anchor[5:]} ({link})" in cited
    # The link leads back to that passage.
    other = page.context.new_page()
    other.goto(link)
    assert other.evaluate("id => document.getElementById(id).getBoundingClientRect().top", anchor) < 200
    other.close()


def test_compare_the_repaired_text_with_the_original(page, served_site):
    page.goto(served_site + f"van-ban/{PARTY_LETTER}.html")
    page.click("a.vb-doi-chieu-link")
    page.wait_for_load_state()
    assert page.url.endswith(f"doi-chieu/{PARTY_LETTER}.html")
    rows = page.locator("table.vb-doi-chieu tbody tr")
    total = rows.count()
    changed = page.locator("table.vb-doi-chieu tbody tr.vb-co-sua")
    first = changed.first
    assert first.locator("del, ins").count()
    assert page.locator("table.vb-doi-chieu ins.vb-uncertain").count() > 0
    screenshot(page, "compare", full_page=False)
    page.check("#vb-chi-dong-sua")
    visible = page.evaluate("""() => [...document.querySelectorAll('table.vb-doi-chieu tbody tr')]
        .filter(r => r.offsetParent !== null).length""")
    assert visible == changed.count() < total
    assert page.foreign_requests == []


PAGES = ["index.html", "van-ban/index.html", DOC, f"van-ban/{PARTY_LETTER}.html",
         f"doi-chieu/{PARTY_LETTER}.html", "tim-kiem.html?q=dan van", "van-ban/duyet.html",
         "van-ban/loai/ke-hoach.html", "du-lieu-mo.html", "lien-ket.html"]


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violations(page, served_site, path):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(served_site + path)
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    serious = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
               for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], serious


@pytest.mark.parametrize("path, name", [(DOC, "phone-document"), ("van-ban/index.html", "phone-listing"),
                                        ("tim-kiem.html?q=chi thi 26", "phone-search"),
                                        (f"doi-chieu/{PARTY_LETTER}.html", "phone-compare")])
def test_pages_read_on_a_360_pixel_phone(browser, served_site, path, name):
    context = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    try:
        page.goto(served_site + path)
        page.wait_for_load_state("networkidle")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"{path} is {width}px wide: the page scrolls sideways"
        font = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.md-content .md-typeset')).fontSize)")
        assert font >= 14
        screenshot(page, name, full_page=False)
    finally:
        context.close()


def test_a_document_prints_without_menus_and_with_its_citation(page, served_site):
    page.goto(served_site + DOC)
    page.emulate_media(media="print")
    assert not page.locator(".md-header").is_visible() and not page.locator(".md-sidebar--primary").is_visible()
    foot = page.locator(".vb-in-chan-trang")
    assert foot.is_visible()
    assert CITATION in foot.inner_text() and served_site + DOC in foot.inner_text()
    assert foot.bounding_box()["y"] > page.locator(".vb-chu-ky").bounding_box()["y"]  # at the foot
    screenshot(page, "print")
    assert page.pdf(format="A4")[:4] == b"%PDF"


def test_follow_the_feed_the_sitemap_and_the_open_data_from_the_pages(page, served_site):
    import csv
    import io
    import json
    import xml.etree.ElementTree as ET

    page.goto(served_site + "van-ban/loai/ke-hoach.html")
    feed_href = page.locator("a[type='application/atom+xml']").get_attribute("href")
    feed = page.request.get(page.url.rsplit("/", 1)[0] + "/" + feed_href)
    assert feed.ok and "xml" in feed.headers["content-type"]
    root = ET.fromstring(feed.body())
    titles = {e.findtext("{http://www.w3.org/2005/Atom}title") for e in root.iter("{http://www.w3.org/2005/Atom}entry")}
    assert "Kế hoạch 61/KH-UBND" in titles
    page.goto(served_site + "du-lieu-mo.html")
    links = {a.inner_text(): a.get_attribute("href") for a in page.locator("article a").all()}
    table = page.request.get(served_site + links["van-ban.csv"]).body().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(table)))
    data = json.loads(page.request.get(served_site + links["van-ban.json"]).body())
    assert [r["slug"] for r in rows] == [d["slug"] for d in data] and len(rows) == 5
    assert {r["so_ky_hieu"] for r in rows} >= {"61/KH-UBND", "1275-CV/ĐUK"}
    sitemap = ET.fromstring(page.request.get(served_site + links["sitemap.xml"]).body())
    assert len(sitemap) > 10
    assert page.foreign_requests == []


def test_an_old_address_leads_to_the_same_passage_at_the_new_one(page, tmp_path):
    import shutil

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from conftest import build_site, sample
    from vanban.content.ingest import ingest

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copyfile(sample("004"), raw / "kh.txt")
    site = build_site(tmp_path, [raw])
    (raw / "kh.txt").write_bytes((raw / "kh.txt").read_bytes().replace(b"61", b"62", 1))
    new = ingest([raw], tmp_path / "content").written[0]
    build(load_config(str(tmp_path / "mkdocs.yml")))
    page.goto((site / "van-ban" / f"{PLAN_61}.html").as_uri() + "#doan-3")
    page.wait_for_url(f"**/{new}.html#doan-3")
    assert page.locator("#doan-3").count() == 1
