from hypothesis import given
from hypothesis import strategies as st

from vanban.reading.clean import clean_lines


def test_signature_timestamps_and_page_numbers_go():
    text = "Dòng một\n\n2\n\nDòng hai\n\t\t2026-02-26T10:17:22+0700\n\n\t\t2026-02-26T16:04:57+0700\n"
    assert clean_lines(text) == ["Dòng một", "", "Dòng hai"]


def test_a_number_inside_text_stays():
    assert clean_lines("Điều\n2\nkhoản") == ["Điều", "2", "khoản"]


def test_symbol_lines_go_and_spaces_collapse():
    assert clean_lines("ĐẢNG ỦY\n*\nSố 1275\u00a0-CV") == ["ĐẢNG ỦY", "", "Số 1275 -CV"]  # a rule is a break


def test_a_column_gap_is_kept_as_two_spaces():
    assert clean_lines("- Lưu: VT.      \t  Nguyễn Văn An") == ["- Lưu: VT.  Nguyễn Văn An"]
    assert clean_lines("Nơi nhận:\tKT. CHỦ TỊCH") == ["Nơi nhận:  KT. CHỦ TỊCH"]


def test_indent_survives_as_one_space():
    assert clean_lines("a\n   tiếp tục") == ["a", " tiếp tục"]


@given(st.text())
def test_clean_is_idempotent(text):
    once = clean_lines(text)
    assert clean_lines("\n".join(once)) == once


def test_a_header_the_pdf_put_after_the_first_page_goes_back_on_top():
    text = ("THÔNG TƯ\nHướng dẫn kê khai thuế\n\nCăn cứ Luật Quản lý thuế số 38/2019/QH14;\nBỘ TÀI CHÍNH\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 41/2026/TT-BTC\n"
            "Hà Nội, ngày 06 tháng 4 năm 2026\nĐiều 1. Phạm vi điều chỉnh\n")
    lines = clean_lines(text)
    assert lines[:5] == ["BỘ TÀI CHÍNH", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""]
    assert lines.index("THÔNG TƯ") > lines.index("Hà Nội, ngày 06 tháng 4 năm 2026")
    assert lines[-1] == "Điều 1. Phạm vi điều chỉnh"
    in_place = "BỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 41/2026/TT-BTC\nTHÔNG TƯ\nĐiều 1. Nội dung\n"
    assert clean_lines(in_place) == in_place.rstrip("\n").split("\n")


def test_a_cyrillic_look_alike_in_a_code_is_the_latin_letter():
    assert clean_lines("Số: 157/2025/TT-BTС\nМосква") == ["Số: 157/2025/TT-BTC", "Москва"]


def test_a_type_cut_over_two_capital_lines_is_one_line():
    assert clean_lines("**QUYẾT\nĐỊNH**\nVỀ VIỆC\nKẾ\nHOẠCH\n")[:3] == ["QUYẾT ĐỊNH", "VỀ VIỆC", "KẾ HOẠCH"]
    assert clean_lines("CỘNG\nHÒA\n") == ["CỘNG", "HÒA"]  # two capital words that are no type stay apart


def test_a_date_wrapped_after_its_year_word_is_rejoined():
    assert clean_lines("*Ninh Bình, ngày 18 tháng 11 năm\n2025*\n") == ["Ninh Bình, ngày 18 tháng 11 năm 2025"]
    assert clean_lines("Ngày 20\n2025 là năm bản lề\n") == ["Ngày 20", "2025 là năm bản lề"]  # no month: no date
