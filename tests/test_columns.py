"""A header table taken as text side by side (a PDF's text layer) is read by
its columns: the issuer and number on the left, the motto and date on the right."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from vanban.reading.columns import separate_header_columns

PDF_HEADER = """\
   BỘ TÀI CHÍNH                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     CỤC THUẾ                               Độc lập - Tự do - Hạnh phúc
   Số:                                   Hà Nội, ngày 01
                                         tháng 12 năm 2025
   5662/CT-CS
V/v chính sách thuế
Kính gửi: Thuế thành phố Hải Phòng
Cục Thuế nhận được công văn số 4814/CCTKV.05-TTKT3 ngày 30/06/2025 của Chi cục Thuế.
"""


def _read(text: str):
    from vanban.pipeline import process

    return process(Path("x.txt"), text.encode("utf-8"))


def test_a_pdf_header_is_read_column_by_column():
    lines = separate_header_columns(PDF_HEADER.splitlines())
    assert lines[:7] == ["BỘ TÀI CHÍNH", "CỤC THUẾ", "Số:", "5662/CT-CS", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 01"]
    meta = _read(PDF_HEADER).metadata
    assert (meta.so_ky_hieu, meta.ngay_ban_hanh, meta.co_quan_ban_hanh) == ("5662/CT-CS", "2025-12-01", "Cục Thuế")
    assert (meta.trich_yeu, meta.kinh_gui) == ("Chính sách thuế", ["Thuế thành phố Hải Phòng"])


def test_columns_that_are_no_header_table_stay_as_they_are():
    letter = ["ỦY BAN NHÂN DÂN", "XÃ AN MỸ", "Số: 27/UBND-VP", "V/v phòng chống dịch", "Kính gửi: Các thôn.",
              "Thực hiện chỉ đạo của Ủy ban nhân dân huyện.", "Nơi nhận:                      KT. CHỦ TỊCH",
              "- Như trên;                    PHÓ CHỦ TỊCH", "- Lưu: VT.", "Trần Văn Quang"]
    assert separate_header_columns(letter) == letter
    table = ["Điều 1.   Nội dung       Thời hạn", "1. Tuyên truyền     Tháng 3", "2. Kiểm tra     Tháng 4"]
    assert separate_header_columns(table) == table


_CELL = st.text(alphabet="ABCĐỦY ỘNG", min_size=1, max_size=20).map(lambda s: " ".join(s.split())).filter(bool)


@given(st.lists(st.tuples(_CELL, _CELL), min_size=1, max_size=5))
def test_separating_keeps_every_cell_and_is_done_once(rows):
    lines = [f"{a}      {b}" for a, b in rows[:-1]] + [f"{rows[-1][0]}      Hà Nội, ngày 05 tháng 3 năm 2026",
                                                      "Nội dung của văn bản."]
    out = separate_header_columns(lines)
    assert sorted("".join(out).replace(" ", "")) == sorted("".join(lines).replace(" ", ""))
    assert out[-1] == "Nội dung của văn bản."
    assert separate_header_columns(out) == out
