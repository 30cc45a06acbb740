import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanban.text.shapes import find_place_date, find_so_line, ocr_fold


@pytest.mark.parametrize("line, so, ky_hieu, so_ky_hieu", [
    ("Số: 61/KH-UBND", 61, "KH-UBND", "61/KH-UBND"),
    ("S6:61 /KH-UBND Lang Son, ngay 26 thang 02 nam 2026", 61, "KH-UBND", "61/KH-UBND"),
    ("Số 1275-CV/ĐUK", 1275, "CV/ĐUK", "1275-CV/ĐUK"),
    ("S6 1275 CV/BUK Lang Son, ngay 09 thang 10 nam 2023", 1275, "CV/ĐUK", "1275-CV/ĐUK"),
    ("Số: 35/2023/UBTVQH15", 35, "2023/UBTVQH15", "35/2023/UBTVQH15"),
    ("Số: 59/2023/NĐ-CP", 59, "2023/NĐ-CP", "59/2023/NĐ-CP"),
    ("Số: 1562/UBND-KT", 1562, "UBND-KT", "1562/UBND-KT"),
    ("Số: /STTTT-TTBCXB", None, "STTTT-TTBCXB", "/STTTT-TTBCXB"),
    ("Số -KH/ĐU", None, "KH/ĐU", "-KH/ĐU"),
    ("Số: 02/QĐ-UBND", 2, "QĐ-UBND", "02/QĐ-UBND"),
    ("Số: 12/QB-UBND", 12, "QĐ-UBND", "12/QĐ-UBND"),
    ("Số: 05/CT-TTg", 5, "CT-TTg", "05/CT-TTg"),
])
def test_so_ky_hieu_in_every_shape(line, so, ky_hieu, so_ky_hieu):
    found = find_so_line(line)
    assert (found.so, found.ky_hieu, found.so_ky_hieu) == (so, ky_hieu, so_ky_hieu)


@pytest.mark.parametrize("line", ["Sở Nội vụ", "Số lượng cán bộ", "Sau đó"])
def test_lines_that_are_not_a_number(line):
    assert find_so_line(line) is None


@pytest.mark.parametrize("line, place, date", [
    ("Lạng Sơn, ngày 26 tháng 02 năm 2026", "Lạng Sơn", "2026-02-26"),
    ("Tri Phương, ngày 05 tháng 10 năm 2023", "Tri Phương", "2023-10-05"),
    ("Lạng Sơn, ngày tháng 02 năm 2024", "Lạng Sơn", "2024-02"),
    ("Lạng Sơn, ngày tháng năm 2023", "Lạng Sơn", "2023"),
    ("Lang Son, ngay 09 thang 10 nam 2023", "Lang Son", "2023-10-09"),
    ("Hà Nội, ngày 31 tháng 12 năm 2025", "Hà Nội", "2025-12-31"),
])
def test_place_and_date(line, place, date):
    found = find_place_date(line)
    assert (found.dia_danh, found.ngay_ban_hanh) == (place, date)


def test_impossible_dates_are_not_read():
    assert find_place_date("Hà Nội, ngày 35 tháng 13 năm 2025").ngay_ban_hanh is None


def test_ocr_fold_maps_symbols_inside_words_only():
    assert ocr_fold("S6:61 x3 v6i 1ap 26-CT/TU") == "so:61 xa voi lap 26-ct/tu"


@given(st.text())
def test_ocr_fold_keeps_length(text):
    assert len(ocr_fold(text)) == len(text)


@given(st.text())
def test_recognisers_never_crash(text):
    find_so_line(text)
    find_place_date(text)


def test_a_code_ending_on_a_dotted_single_letter_keeps_it():
    from vanban.text.shapes import find_so_line

    assert find_so_line("Số: 11554/VPCP-V.I").so_ky_hieu == "11554/VPCP-V.I"
    assert find_so_line("Số: 12/QĐ-UBND.Trong đó").so_ky_hieu == "12/QĐ-UBND"
