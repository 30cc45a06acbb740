import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.citations.find import find_citations, unique_citations

CASES = [
    ("Chỉ thị số 26-CT/TU, ngày 25/9/2023 của Ban Thường vụ Tỉnh ủy về lãnh đạo",
     ("Chỉ thị", "26-CT/TU", "2023-09-25", "Ban Thường vụ Tỉnh ủy")),
    ("Kế hoạch số 37/KH-UBND ngày 06/02/2024 của UBND tỉnh về việc",
     ("Kế hoạch", "37/KH-UBND", "2024-02-06", "UBND tỉnh")),
    ("Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội và Nghị định của Chính phủ",
     ("Nghị quyết", "35/2023/UBTVQH15", "2023-07-12", "Ủy ban Thường vụ Quốc hội")),
    ("theo Nghị định số 59/2023/NĐ-CP.", ("Nghị định", "59/2023/NĐ-CP", None, None)),
    ("thực hiện Chỉ thị 26-CT/TU, ngày 25/9/2023", ("Chỉ thị", "26-CT/TU", "2023-09-25", None)),
    ("(sau đây gọi là Chỉ thị số 26-CT/TU)", ("Chỉ thị", "26-CT/TU", None, None)),
    ("Chi thi s6 26-CT/TU, ngay 25/9/2023 vé", ("Chỉ thị", "26-CT/TU", "2023-09-25", None)),
    ("Nghi quyet 50 37- -NQ/TW, ngay 24/12/2018 vé", ("Nghị quyết", "37-NQ/TW", "2018-12-24", None)),
    ("Tiép tuc thuc hién Chi thi sé O5-CT/TW ngay 15/5/2016", ("Chỉ thị", "05-CT/TW", "2016-05-15", None)),
    ("theo Luật Đất đai số 31/2024/QH15 ngày 18/01/2024", ("Luật", "31/2024/QH15", "2024-01-18", None)),
    ("Nghị quyết số 1211/2016/UBTVQH 13 ngày 25/5/2016", ("Nghị quyết", "1211/2016/UBTVQH13", "2016-05-25", None)),
    ("Chương trình hành động số 58-CTr/TU ngày 20/4/2023 của Ban Chấp hành Đảng bộ tỉnh, UBND huyện giao",
     ("Chương trình hành động", "58-CTr/TU", "2023-04-20", "Ban Chấp hành Đảng bộ tỉnh")),
    ("Kế hoạch số 02-KH/BCDTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về",
     ("Kế hoạch", "02-KH/BCĐTW", "2025-06-19", "Ban Chỉ đạo Trung ương")),
    ("Thuc hién Hudng dan s6180-HD/BTGTU, ngay 29/9/2023", ("Hướng dẫn", "180-HD/BTGTU", "2023-09-29", None)),
    ("Pé an s6 05-DA/TU, ngay 11/8/2022", ("Đề án", "05-ĐA/TU", "2022-08-11", None)),
    ("Chi thi s6 14/ICT-TTg ngay 01/02/2020", ("Chỉ thị", "14/CT-TTg", "2020-02-01", None)),
    ("Quyết định số 2688/QĐ-UBND ngày 15/12/2025 về việc giao", ("Quyết định", "2688/QĐ-UBND", "2025-12-15", None)),
    ("Công văn số 1562/UBND-KT ngày 27/12/2022 của UBND tỉnh", ("Công văn", "1562/UBND-KT", "2022-12-27", "UBND tỉnh")),
    ("Kế hoạch số 02/KH-UBND ngày 04/01/2023 của UBND tỉnh cải cách hành chính",
     ("Kế hoạch", "02/KH-UBND", "2023-01-04", "UBND tỉnh")),
    ("Quyết định số 593-QĐ/TU, ngày 11 tháng 11 năm 2021 của Ban Thường vụ Tỉnh ủy",
     ("Quyết định", "593-QĐ/TU", "2021-11-11", "Ban Thường vụ Tỉnh ủy")),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_citation_shapes(text, expected):
    found = find_citations(text)
    assert [(c.loai_van_ban, c.so_ky_hieu, c.ngay_ban_hanh, c.co_quan_ban_hanh) for c in found][:1] == [expected]
    assert text[found[0].start:found[0].end] == found[0].text


def test_ocr_damaged_citations_read_right_once_repaired():
    from vanban.repair.decoder import repair_text

    text = ("Thuc hién Chi thi s6 26-CT/TU, ngay 25/9/2023 cia Ban Thuong vu Tinh uy vé lanh dao, chi dao "
            "thuc hién sap xép don vi hanh chinh cap huyén, cap xa trén dia ban tinh.")
    found = find_citations(repair_text(text).text)
    assert [(c.so_ky_hieu, c.ngay_ban_hanh, c.co_quan_ban_hanh) for c in found] == \
        [("26-CT/TU", "2023-09-25", "Ban Thường vụ Tỉnh ủy")]


def test_a_type_word_without_number_is_not_a_citation():
    assert find_citations("Nghị quyết của HĐND tỉnh về việc sáp nhập") == []


def test_repeated_citations_merge_into_one_entry():
    text = "Chỉ thị 26-CT/TU. Sau đó Chỉ thị số 26-CT/TU, ngày 25/9/2023 của Ban Thường vụ Tỉnh ủy."
    merged = unique_citations(find_citations(text))
    assert len(merged) == 1
    assert (merged[0].ngay_ban_hanh, merged[0].co_quan_ban_hanh) == ("2023-09-25", "Ban Thường vụ Tỉnh ủy")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_citation_finder_never_crashes_and_offsets_are_in_range(text):
    for c in find_citations(text):
        assert 0 <= c.start < c.end <= len(text)
