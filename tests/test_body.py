from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.reading.body import classify, paragraphs, to_markdown


def test_hard_wrapped_lines_join_into_one_paragraph():
    lines = ["Đẩy mạnh và nâng cao chất lượng công tác dân vận trong cơ", "quan hành chính nhà nước.",
             "", "Phát huy vai trò của Nhân dân."]
    assert paragraphs(lines) == ["Đẩy mạnh và nâng cao chất lượng công tác dân vận trong cơ quan hành chính nhà nước.",
                                 "Phát huy vai trò của Nhân dân."]


def test_a_paragraph_cut_by_a_page_break_is_joined_back():
    joined = ["Việc sắp xếp là chủ trương lớn của Đảng."]
    assert paragraphs(["Việc sắp xếp là chủ trương", "", "lớn của Đảng."]) == joined


def test_a_number_cut_at_its_hyphen_joins_tight():
    joined = ["theo Kết luận số 43-KL/TW ngày 07/01/2019"]
    assert paragraphs(["theo Kết luận số 43-", "KL/TW ngày 07/01/2019"]) == joined


def test_heading_levels_and_list_items():
    assert classify("I. MỤC ĐÍCH, YÊU CẦU").kind == "h2"
    assert classify("II- NỘI DUNG TUYÊN TRUYỀN TRỌNG TÂM").kind == "h2"
    assert classify("1. Mục đích").kind == "h3"
    assert classify("a) Đối với cấp tỉnh").kind == "h4"
    assert classify("Điều 1. Phạm vi điều chỉnh").kind == "h3"
    assert classify("1. Tạo sự thống nhất cao trong lãnh đạo, chỉ đạo.").kind == "p"
    assert classify("- Báo Lạng Sơn;").kind == "li"
    assert classify("+ Cấp xã").kind == "li2"


def test_markdown_keeps_numbers_as_printed():
    md = to_markdown(["I. NỘI DUNG", "1. Mục đích", "", "2. Một đoạn văn kết thúc bằng dấu chấm.",
                      "- ý một;", "- ý hai."], {})
    assert md == ("## I. NỘI DUNG\n\n### 1. Mục đích\n\n2\\. Một đoạn văn kết thúc bằng dấu chấm.\n\n"
                  "- ý một;\n- ý hai.\n")


def test_footnotes_become_markdown_footnotes():
    md = to_markdown(["Theo văn bản của tỉnh¹ đã ban hành."], {1: "Nghị quyết số 37-NQ/TW."})
    assert md == "Theo văn bản của tỉnh[^1] đã ban hành.\n\n[^1]: Nghị quyết số 37-NQ/TW.\n"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=30), st.dictionaries(st.integers(1, 9), st.text(max_size=40)))
def test_body_builder_never_crashes(lines, notes):
    assert to_markdown(lines, notes).endswith("\n")


def test_a_short_heading_line_ends_without_a_blank_line():
    lines = ["Thực hiện chỉ đạo của tỉnh, Sở báo cáo kết quả công tác trong quý như sau đây:",
             "1. Công tác khám chữa bệnh",
             "Các cơ sở khám chữa bệnh trên địa bàn hoạt động ổn định, bảo đảm yêu cầu",
             "phục vụ Nhân dân."]
    assert paragraphs(lines) == [lines[0], lines[1], lines[2] + " " + lines[3]]


def test_footnote_markers_printed_as_digits_or_ocr_glyphs():
    anchor = "\u2063"
    md = to_markdown([f"Về sắp xếp cấp huyện, xã1; công tác khác.{anchor}1{anchor}"], {1: "Nghị quyết 37-NQ/TW."})
    assert md.startswith("Về sắp xếp cấp huyện, xã[^1]; công tác khác.")
    md = to_markdown(["Dân chủ ở cơ sở? gắn với nhiệm vụ; công khai theo quy định®. Bảo đảm quyền"
                      f" của Nhân dân.{anchor}2{anchor}{anchor}3{anchor}"], {2: "Kết luận.", 3: "Các nội dung."})
    assert "cơ sở[^2] gắn" in md and "quy định[^3]. Bảo" in md
    md = to_markdown([f"Không có dấu chú thích nào ở đây.{anchor}1{anchor}"], {1: "Ghi chú."})
    assert md.startswith("Không có dấu chú thích nào ở đây.[^1]")
