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
