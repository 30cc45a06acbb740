"""What a reader sees, in headless Chromium; any request to another host fails."""

import pytest

from conftest import sample_slug, screenshot
from vanban.search.terms import tokenize

# The samples' slugs, as ingest named them (see content/)
PARTY_LETTER = sample_slug("000")
PARTY_PLAN = sample_slug("001")
LETTER_2024 = sample_slug("002")
LETTER_2023 = sample_slug("003")
PLAN_61 = sample_slug("004")

pytestmark = pytest.mark.browser


def test_listing_then_document_under_a_sub_path(page, served_site):
    page.goto(served_site + "van-ban/index.html")
    rows = page.locator("table.vb-listing tbody tr")
    assert rows.count() == 5
    assert rows.first.locator("td").nth(0).inner_text() == "61/KH-UBND"
    screenshot(page, "listing")
    rows.first.locator("td a").first.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"/vanban/van-ban/{PLAN_61}.html")
    assert page.locator("h1").inner_text() == "Kế hoạch 61/KH-UBND"
    assert page.locator(".vb-thuoc-tinh").is_visible()
    assert page.locator(".vb-downloads a", has_text="Bản gốc").count() == 1
    screenshot(page, "document")
    assert page.foreign_requests == []


def test_original_download_is_the_raw_file(page, served_site):
    page.goto(served_site + f"van-ban/{PARTY_PLAN}.html")
    href = page.locator(".vb-downloads a", has_text="Bản gốc").get_attribute("href")
    response = page.request.get(served_site + "van-ban/" + href)
    assert response.ok and response.body().startswith(b"\n\nTri Ph\xc6\xb0\xc6\xa1ng")


def test_search_from_the_header_finds_the_document(page, served_site):
    page.goto(served_site + "index.html")
    page.fill("#vb-header-q", "Tri Phương")
    page.press("#vb-header-q", "Enter")
    page.wait_for_selector("#vb-search-results li")
    assert "q=" in page.url
    first = page.locator("#vb-search-results li a").first
    assert first.inner_text().startswith("Kế hoạch -KH/ĐU")
    screenshot(page, "search")
    first.click()
    page.wait_for_load_state()
    assert page.url.endswith(f"{PARTY_PLAN}.html")
    assert page.foreign_requests == []


@pytest.mark.parametrize("query, expected", [
    ("chi thi 26", {f"{PARTY_PLAN}.html", f"{PARTY_LETTER}.html"}),
    ("61 kh ubnd", {f"{PLAN_61}.html"}),
    ("STTTT-TTBCXB", {f"{LETTER_2024}.html", f"{LETTER_2023}.html"}),
    ("Đảng ủy Khối", {f"{PARTY_LETTER}.html"}),  # found in a repaired OCR document
])
def test_search_without_diacritics_and_by_number(page, served_site, query, expected):
    page.goto(served_site + "tim-kiem.html?q=" + query)
    page.wait_for_selector("#vb-search-status:not(:empty)")
    hrefs = [a.get_attribute("href").rsplit("/", 1)[-1]
             for a in page.locator("#vb-search-results li a.vb-result__title").all()]
    assert expected <= set(hrefs)
    if len(expected) == 1:
        assert hrefs[0] in expected


def test_browser_and_python_cut_text_the_same_way(page, served_site):
    page.goto(served_site + "tim-kiem.html")
    samples = ["Kế hoạch 61/KH-UBND ngày 26/02/2026", "ĐẢNG ỦY KHỐI", "kh-ubnd 61", "35/2023/UBTVQH15 và 1275-CV/ĐUK",
               "Đ\u1ea2NG u\u0309y", "“Dân vận khéo”; a_b"]
    for text in samples:
        assert page.evaluate("t => window.vanbanSearch.tokenize(t)", text) == tokenize(text), text


def test_site_works_from_a_plain_folder(page, sample_site):
    page.goto((sample_site / "index.html").as_uri())
    page.click("text=Xem tất cả văn bản chỉ đạo điều hành")
    page.wait_for_load_state()
    assert page.locator("table.vb-listing tbody tr").count() == 5
    page.goto((sample_site / "tim-kiem.html").as_uri() + "?q=dang")
    page.wait_for_selector("#vb-search-results li")
    assert page.locator("#vb-search-results li").count() >= 3
    assert page.foreign_requests == []


def test_follow_a_citation_a_back_link_and_a_diagram_link(page, served_site):
    page.goto(served_site + f"van-ban/{PARTY_LETTER}.html")
    page.locator(".vb-noi-dung a.vb-dan-chieu", has_text="26-CT/TU").first.click()
    page.wait_for_load_state()
    assert page.url.endswith("/van-ban/chi-thi-26-ct-tu-2023.html")
    assert page.locator("h1").inner_text() == "Chỉ thị 26-CT/TU"
    screenshot(page, "cited-only")
    page.locator("#van-ban-dan-chieu-den + ul a", has_text="Kế hoạch").click()  # a back-link
    page.wait_for_load_state()
    assert page.url.endswith(f"/van-ban/{PARTY_PLAN}.html")
    page.locator("svg.vb-diagram a.vb-node--cited", has_text="253-KH/HU").click()
    page.wait_for_load_state()
    assert page.url.endswith("/van-ban/ke-hoach-253-kh-hu-2023.html")
    page.goto(served_site + "lien-ket.html")
    screenshot(page, "graph")
    assert page.foreign_requests == []


HOSTILE_RAW = """Số: 9/KH-UBND  Hà Nội, ngày 02 tháng 3 năm 2024

KẾ HOẠCH
<script>alert(1)</script> về <img src=x onerror=alert(2)>

Thực hiện Chỉ thị số 26-CT/TU ngày 25/9/2023 của Ban Thường vụ Tỉnh ủy <script>alert(3)</script>
và [x](javascript:alert(4)).

<img src=x onerror=alert(5)> <svg onload=alert(6)> <a href="javascript:alert(7)">bấm</a>

Nơi nhận:
- <script>alert(8)</script>;

CHỦ TỊCH

Nguyễn Văn An
"""

HOSTILE_EDITED = """---
so_ky_hieu: '10/KH-UBND'
so: 10
ky_hieu: KH-UBND
loai_van_ban: Kế hoạch
co_quan_ban_hanh: '<img src=x onerror=alert(11)>'
ngay_ban_hanh: '2024-03-03'
trich_yeu: '<script>alert(12)</script>'
nguoi_ky: '"><svg onload=alert(13)>'
kinh_gui: ['<script>alert(14)</script>']
noi_nhan: []
dan_chieu:
- {loai_van_ban: 'Chỉ thị', so_ky_hieu: '77-CT/TU', ngay_ban_hanh: '2024-01-01',
   co_quan_ban_hanh: '<script>alert(15)</script>'}
nguon: 'nguon/khong-co.txt'  # a javascript: nguon is refused (test_security)
da_sua_loi: false
---

Văn bản [y](javascript:alert(17)) và <script>alert(18)</script>.
"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    from conftest import build_site

    tmp = tmp_path_factory.mktemp("hostile")
    (tmp / "in").mkdir()
    (tmp / "in" / "hostile.txt").write_text(HOSTILE_RAW, encoding="utf-8")
    return build_site(tmp, [tmp / "in"], {"van-ban/hand-edited.md": HOSTILE_EDITED})


def test_hostile_text_renders_as_text_and_runs_nothing(page, hostile_site):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    urls = ["van-ban/ke-hoach-9-kh-ubnd-2024.html", "van-ban/hand-edited.html", "van-ban/index.html",
            "van-ban/chi-thi-77-ct-tu-2024.html", "lien-ket.html", "tim-kiem.html?q=script alert",
            "tim-kiem.html?q=" + "%3Cimg%20src%3Dx%20onerror%3Dalert(99)%3E"]
    for url in urls:
        page.goto((hostile_site / url.split("?")[0]).as_uri() + ("?" + url.split("?")[1] if "?" in url else ""))
        page.wait_for_timeout(150)
    assert dialogs == []
    page.goto((hostile_site / "van-ban/ke-hoach-9-kh-ubnd-2024.html").as_uri())
    text = page.locator("article").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(5)>" in text
    assert "[x](javascript:alert(4))" in text
    assert page.locator("article script, article img[src=x], article svg[onload]").count() == 0
    assert page.locator('a[href^="javascript"]').count() == 0
    page.goto((hostile_site / "van-ban/hand-edited.html").as_uri())
    assert "<script>alert(12)</script>" in page.locator("article").inner_text()
    assert page.locator('a[href^="javascript"]').count() == 0
    page.goto((hostile_site / "tim-kiem.html").as_uri() + "?q=alert")
    page.wait_for_selector("#vb-search-results li")
    assert page.locator("#vb-search-results script, #vb-search-results img").count() == 0
    screenshot(page, "hostile-search")
    assert dialogs == [] and page.foreign_requests == []


#: One body printed four ways (capitals, an abbreviation, old tone placement,
#: an OCR slip in its province), a department placed by its parent, and a
#: header whose only upper-case line is the motto.
SPELLINGS = {
    "a.txt": "ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 11/KH-UBND\nLạng Sơn, ngày 02 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
             "Tuyên truyền phòng cháy\n\nNội dung một.\n",
    "b.txt": "UBND TỈNH LẠNG SƠN\nSố: 12/KH-UBND\nLạng Sơn, ngày 03 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
             "Tuyên truyền an toàn giao thông\n\nNội dung hai.\n",
    "c.txt": "Uỷ ban nhân dân tỉnh Lạng Sơn\nSố: 13/KH-UBND\nLạng Sơn, ngày 04 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
             "Tuyên truyền bầu cử\n\nNội dung ba.\n",
    "d.txt": "ỦY BAN NHÂN DÂN\nTỈNH LÀNG SDN\nSố: 14/KH-UBND\nLạng Sơn, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\n"
             "Tuyên truyền phòng dịch\n\nNội dung bốn.\n",
    "e.txt": "UBND TỈNH BẮC GIANG\nSỞ Y TẾ\nSố: 45/BC-SYT\nBắc Giang, ngày 12 tháng 4 năm 2024\n\nBÁO CÁO\n"
             "Kết quả công tác y tế\n\nNội dung năm.\n",
    "f.txt": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 7/TB-XYZ\n"
             "Hà Nội, ngày 06 tháng 3 năm 2025\n\nTHÔNG BÁO\nLịch làm việc\n\nNội dung sáu.\n",
}


@pytest.fixture(scope="module")
def spellings_site(tmp_path_factory):
    from conftest import build_site

    tmp = tmp_path_factory.mktemp("spellings")
    (tmp / "in").mkdir()
    for name, text in SPELLINGS.items():
        (tmp / "in" / name).write_text(text, encoding="utf-8")
    return build_site(tmp, [tmp / "in"])


def test_the_issuer_filter_lists_each_body_once_and_finds_all_its_documents(page, spellings_site):
    page.goto((spellings_site / "van-ban/index.html").as_uri())
    options = page.locator('select[name="co_quan"] option').all_inner_texts()
    assert options == ["Tất cả", "Sở Y tế tỉnh Bắc Giang", "Ủy ban nhân dân tỉnh Lạng Sơn"]
    page.select_option('select[name="co_quan"]', "Ủy ban nhân dân tỉnh Lạng Sơn")
    page.eval_on_selector('select[name="co_quan"]', "e => { e.size = e.options.length; e.style.width = '32em'; }")
    screenshot(page, "issuer-filter", full_page=False)
    page.click(".vb-search-form button[type=submit]")
    page.wait_for_selector("#vb-search-results li")
    found = page.locator("#vb-search-results li").all_inner_texts()
    assert len(found) == 4 and all("KH-UBND" in text for text in found), found
    assert page.foreign_requests == []
