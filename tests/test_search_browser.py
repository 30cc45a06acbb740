"""Search as readers use it, in headless Chromium, on the sample documents
plus a synthetic province (vanban.synth) and one notice that says "cửa"
but never "của"."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import SAMPLES, build_site, sample_slug, screenshot, serve
from vanban.synth import generate

# The samples' slugs, as ingest named them (see content/)
PARTY_LETTER = sample_slug("000")
PARTY_PLAN = sample_slug("001")
PLAN_61 = sample_slug("004")

pytestmark = pytest.mark.browser

#: A notice about border gates: "cửa" four times, "của" nowhere.
CUA_KHAU = """UBND TỈNH LẠNG SƠN
BAN QUẢN LÝ KHU KINH TẾ CỬA KHẨU ĐỒNG ĐĂNG - LẠNG SƠN
Số: 77/TB-BQL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 12 tháng 3 năm 2025

THÔNG BÁO
Lịch thông quan hàng hóa tại cửa khẩu Hữu Nghị

Ban Quản lý thông báo lịch thông quan hàng hóa tại cửa khẩu Hữu Nghị và cửa khẩu Chi Ma trong dịp lễ.
Các doanh nghiệp chủ động làm thủ tục tại cửa khẩu trước 16 giờ hằng ngày.

Nơi nhận:
- Các doanh nghiệp;
- Lưu: VT.
TRƯỞNG BAN
Nguyễn Văn An
"""
CUA_KHAU_SLUG = "thong-bao-77-tb-bql-2025"


@pytest.fixture(scope="module")
def search_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("search-site")
    raw = tmp / "raw"
    generate(60, raw, seed=26, damaged_share=0.1, unaccented_share=0.05)
    (raw / "cua-khau.txt").write_text(CUA_KHAU, encoding="utf-8")
    site = build_site(tmp, [SAMPLES, raw])
    with serve(site) as url:
        yield site, url


def _titles(page) -> list[str]:
    return [a.get_attribute("href").rsplit("/", 1)[-1]
            for a in page.locator("#vb-search-results a.vb-result__title").all()]


def _settled(page) -> None:
    """Wait until the search on screen is finished (search.js marks it)."""
    page.wait_for_selector("body[data-vb-search-ms]", state="attached")


def _search(page, url: str) -> list[str]:
    page.goto(url)
    _settled(page)
    return _titles(page)


def _ranked(page, query: str, **filters) -> list[str]:
    """Every result, in order, from the page's own search functions."""
    state = dict({"q": query, "nam": "", "loai": "", "co_quan": ""}, **filters)
    return page.evaluate("""async state => {
        const s = window.vanbanSearch;
        return (await s.documents(await s.find(state))).map(d => d.u.split("/").pop());
    }""", state)


def test_chi_thi_26_finds_the_documents_citing_it(page, search_site):
    site, url = search_site
    found = _search(page, url + "tim-kiem.html?q=chi thi 26")
    assert {f"{PARTY_PLAN}.html", f"{PARTY_LETTER}.html"} <= set(found)
    screenshot(page, "search-chi-thi-26")


def test_a_number_typed_loosely_finds_that_document_first(page, search_site):
    site, url = search_site
    for query in ("61 kh ubnd", "61/KH-UBND", "kh-ubnd 61"):
        found = _search(page, url + "tim-kiem.html?q=" + query)
        first = page.locator("#vb-search-results .vb-result__meta").first.inner_text()
        assert first.startswith("61/KH-UBND"), (query, first)
        assert f"{PLAN_61}.html" in found[:3]


def test_dang_finds_dang_with_its_diacritics_and_marks_it(page, search_site):
    site, url = search_site
    found = _search(page, url + "tim-kiem.html?q=dang")
    assert len(found) >= 5
    page.wait_for_selector("#vb-search-results .vb-result__snippet mark")
    marked = {m.lower() for m in page.locator("#vb-search-results mark").all_inner_texts()}
    assert "đảng" in marked
    assert all(re.sub(r"[^a-z]", "", page.evaluate("t => window.vanbanSearch.fold(t)", m)) == "dang" for m in marked)
    screenshot(page, "search-dang")


def test_cua_ranks_its_exact_spelling_above_cua_khau(page, search_site):
    site, url = search_site
    page.goto(url + "tim-kiem.html")
    ranked = _ranked(page, "của")
    gate = f"{CUA_KHAU_SLUG}.html"
    assert gate in ranked  # found through the unaccented form
    texts = {name: (site / "assets/vanban/tim-kiem/van-ban" / name.replace(".html", ".js")).read_text(encoding="utf-8")
             for name in ranked}
    with_cua = [i for i, name in enumerate(ranked) if "của" in texts[name].lower()]
    assert with_cua and max(with_cua) < ranked.index(gate)
    assert _ranked(page, "cửa")[0] == gate
    assert _ranked(page, "cửa khẩu")[0] == gate


def test_snippets_show_the_words_found_in_the_text(page, search_site):
    site, url = search_site
    _search(page, url + "tim-kiem.html?q=thông quan hàng hóa")
    page.wait_for_selector("#vb-search-results .vb-result__snippet")
    snippet = page.locator("#vb-search-results .vb-result__snippet").first
    assert "thông quan hàng hóa" in snippet.inner_text()
    assert {"thông", "quan", "hàng", "hóa"} <= {m.lower() for m in snippet.locator("mark").all_inner_texts()}


def test_a_filter_narrows_the_results_and_the_url_reproduces_them(page, search_site, browser):
    site, url = search_site
    everything = _search(page, url + "tim-kiem.html?q=ke hoach")
    page.select_option("#vb-search-form select[name=loai]", "Kế hoạch")
    page.wait_for_function("() => location.search.includes('loai=')")
    _settled(page)
    years = page.locator("#vb-search-form select[name=nam] option").all_inner_texts()[1:]
    page.select_option("#vb-search-form select[name=nam]", years[1])
    page.wait_for_function("y => location.search.includes('nam=' + y)", arg=years[1])
    _settled(page)
    narrowed = _ranked(page, "ke hoach", loai="Kế hoạch", nam=years[1])
    on_screen = _titles(page)
    assert on_screen == narrowed[:len(on_screen)] and 0 < len(narrowed) < len(_ranked(page, "ke hoach"))
    for meta in page.locator("#vb-search-results .vb-result__meta").all_inner_texts():
        assert f"/{years[1]} · Kế hoạch" in meta
    assert set(everything) != set(on_screen)
    query = parse_qs(urlsplit(page.url).query)
    assert query == {"q": ["ke hoach"], "loai": ["Kế hoạch"], "nam": [years[1]]}
    screenshot(page, "search-filtered")
    # The address alone, in a fresh browser, gives the same list.
    other = browser.new_page()
    try:
        other.goto(page.url)
        _settled(other)
        assert _titles(other) == on_screen
        assert other.locator("#vb-search-form select[name=nam]").input_value() == years[1]
    finally:
        other.close()
    page.go_back()  # the previous filters come back with the browser's back button
    page.wait_for_function("() => !location.search.includes('nam=')")
    _settled(page)
    assert page.locator("#vb-search-form select[name=nam]").input_value() == ""


def test_the_listing_page_filters_by_type_and_issuer(page, search_site):
    site, url = search_site
    page.goto(url + "van-ban/index.html")
    issuers = page.locator("form.vb-search-form select[name=co_quan] option").all_inner_texts()[1:]
    assert "Ủy ban nhân dân tỉnh Lạng Sơn" in issuers
    page.select_option("form.vb-search-form select[name=co_quan]", "Ủy ban nhân dân tỉnh Lạng Sơn")
    page.click("form.vb-search-form button[type=submit]")
    page.wait_for_url("**/tim-kiem.html?**")
    _settled(page)
    status = page.locator("#vb-search-status").inner_text()
    assert "Ủy ban nhân dân tỉnh Lạng Sơn" in status and "mới nhất trước" in status
    found = _titles(page)
    assert f"{PLAN_61}.html" in _ranked(page, "", co_quan="Ủy ban nhân dân tỉnh Lạng Sơn")
    dates = [m.split(" · ")[1] for m in page.locator("#vb-search-results .vb-result__meta").all_inner_texts()]
    iso = ["-".join(reversed(d.split("/"))) for d in dates]
    assert iso == sorted(iso, reverse=True) and found
    screenshot(page, "search-from-listing")
    assert page.foreign_requests == []


def test_a_number_typed_in_pieces_gives_the_key_python_indexes(page, search_site):
    from vanban.search.terms import number_key

    site, url = search_site
    page.goto(url + "tim-kiem.html")
    for typed in ("61 kh ubnd", "61 KH-UBND", "kh-ubnd 61", "kh ubnd 61", "số 61/KH-UBND"):
        keys = page.evaluate("q => window.vanbanSearch.numberKeys(q)", typed)
        assert number_key("61/KH-UBND") in keys, typed
    assert page.evaluate("q => window.vanbanSearch.numberKeys(q)", "dang uy khoi") == []
