"""Paragraphs glued into one line (text taken from a Word file without its
paragraph marks) are cut back into their parts and read like any letter."""

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from conftest import SAMPLES
from vanban.reading.unglue import is_glued, split_glued_paragraphs

GLUED = ("ỦY BAN NHÂN DÂNTỈNH BẮC NINHCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúcSố: 1520/UBND-KT"
         "V/v triển khai Công văn số 812/BXD-KHTC của Bộ Xây dựng(Đ2)Bắc Ninh, ngày 12 tháng 5 năm 2026"
         "Kính gửi:      - Sở Xây dựng;     - Sở Tài chính.Ủy ban nhân dân tỉnh nhận được Công văn số 812/BXD-KHTC "
         "ngày 02/5/2026 của Bộ Xây dựng (gửi kèm).Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:1. Giao Sở Xây "
         "dựng chủ trì nghiên cứu.2. Sở Tài chính phối hợp thực hiện./.Nơi nhận:- Như trên;- Chủ tịch UBND tỉnh;"
         "- Lưu: VT, KT.HaTL. CHỦ TỊCHCHÁNH VĂN PHÒNGTrần Thị Hoa")


def _read(text: str):
    from vanban.pipeline import process

    return process(Path("x.txt"), text.encode("utf-8"))


def test_a_glued_letter_is_cut_into_the_lines_of_its_parts():
    lines = split_glued_paragraphs([GLUED])
    for line in ("ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1520/UBND-KT",
                 "Bắc Ninh, ngày 12 tháng 5 năm 2026", "2. Sở Tài chính phối hợp thực hiện./.", "- Như trên;",
                 "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Trần Thị Hoa"):
        assert line in lines
    assert split_glued_paragraphs(lines) == lines


def test_a_glued_letter_is_read_like_any_letter():
    meta = _read(GLUED).metadata
    assert (meta.so_ky_hieu, meta.ngay_ban_hanh, meta.loai_van_ban) == ("1520/UBND-KT", "2026-05-12", "Công văn")
    assert meta.co_quan_ban_hanh == "Ủy ban nhân dân tỉnh Bắc Ninh"
    assert meta.trich_yeu == "Triển khai Công văn số 812/BXD-KHTC của Bộ Xây dựng(Đ2)"
    assert meta.kinh_gui == ["Sở Xây dựng", "Sở Tài chính"]
    assert meta.nguoi_ky == "Trần Thị Hoa"
    assert meta.noi_nhan[:2] == ["Như trên", "Chủ tịch UBND tỉnh"]


def test_the_lines_of_ordinary_documents_are_never_cut():
    for path in sorted(SAMPLES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        assert not any(is_glued(line) for line in lines), path.name


@given(st.lists(st.sampled_from(["Số: 12/UBND", "V/v thử", "Kính gửi: Sở Y tế", "Nơi nhận:", "- Như trên;",
                                 "CHỦ TỊCH", "Nguyễn Văn An", "Lâm Đồng, ngày 5 tháng 3 năm 2026", "1. Nội dung.",
                                 "Ủy ban nhân dân tỉnh nhận được.", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
                min_size=2, max_size=12))
def test_cutting_keeps_every_letter_and_is_done_once(parts):
    glued = "".join(parts)
    lines = split_glued_paragraphs([glued])
    assert "".join(lines).replace(" ", "") == glued.replace(" ", "")
    assert split_glued_paragraphs(lines) == lines
