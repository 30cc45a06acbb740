from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.site.render import render, safe_link
from vanban.text.slugs import disambiguate, document_slug, slug


def test_raw_html_shows_as_text():
    html = render("<script>alert(1)</script> và <img src=x onerror=alert(1)>").html
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_javascript_links_are_not_links():
    html = render("[x](javascript:alert(1)) [y](data:text/html,hi) [z](vbscript:x)").html
    assert "href" not in html


def test_http_and_relative_links_stay():
    html = render("[a](https://example.org/x) [b](../van-ban/x.html)").html
    assert 'href="https://example.org/x"' in html and 'rel="noopener noreferrer nofollow"' in html
    assert 'href="../van-ban/x.html"' in html


def test_link_scheme_check():
    assert safe_link("x.html") and safe_link("#a") and safe_link("HTTPS://a.b")
    assert not safe_link("javascript:x") and not safe_link(" JavaScript:x") and not safe_link("file:///etc")


def test_heading_ids_keep_the_d():
    rendered = render("## Điều 5. Đảng ủy\n\n## Điều 5. Đảng ủy\n")
    assert [h.id for h in rendered.headings] == ["dieu-5-dang-uy", "dieu-5-dang-uy-2"]
    assert 'id="dieu-5-dang-uy"' in rendered.html


def test_citations_become_links_to_known_documents():
    link = [("Chỉ thị số 26-CT/TU, ngày 25/9/2023 của Ban Thường vụ Tỉnh ủy", "chi-thi.html")]
    html = render("Thực hiện Chỉ thị số 26-CT/TU, ngày 25/9/2023 của Ban Thường vụ Tỉnh ủy và Kế hoạch số 9/KH-UBND.",
                  link).html
    assert ('<a href="chi-thi.html" class="vb-dan-chieu">'
            'Chỉ thị số 26-CT/TU, ngày 25/9/2023 của Ban Thường vụ Tỉnh ủy</a>') in html
    assert "Kế hoạch số 9/KH-UBND" in html and html.count("<a ") == 1


def test_footnotes_render():
    html = render("Văn bản[^1].\n\n[^1]: Ghi chú.\n").html
    assert 'class="footnote-ref"' in html and "Ghi chú." in html


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_rendering_arbitrary_text_never_produces_markup_from_it(text):
    html = render(text, [(text[:5], "x.html")]).html
    assert "<script" not in html.lower() and "javascript:" not in html.lower().replace("&quot;", "")


def test_document_slugs():
    assert document_slug("Kế hoạch", "61/KH-UBND", "2026-02-26", "x") == "ke-hoach-61-kh-ubnd-2026"
    assert document_slug("Công văn", "1275-CV/ĐUK", "2023-10-09", "x") == "cong-van-1275-cv-duk-2023"
    assert document_slug(None, None, None, "004_bfd69a15a2c3e338") == "004-bfd69a15a2c3e338"
    assert slug("Điều 1. Đảng") == "dieu-1-dang"


def test_disambiguation_is_stable_and_unique():
    taken = {"a"}
    first = disambiguate("a", b"one", taken)
    assert first == disambiguate("a", b"one", taken) and first not in taken
    assert disambiguate("b", b"one", taken) == "b"
