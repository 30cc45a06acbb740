import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.reading.clean import clean_lines
from vanban.reading.metadata import read_header, read_signature
from vanban.reading.structure import split_parts
from vanban.text.organs import organ_name
from vanban.text.shapes import type_from_so_ky_hieu

STATE_DOC = """ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN VĂN QUAN  Độc lập - Tự do - Hạnh phúc
Số: 152/QĐ-UBND  Văn Quan, ngày 03 tháng 4 năm 2025

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác
chuyển đổi số huyện

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN

Căn cứ Luật Tổ chức chính quyền địa phương;

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác.

Điều 2. Quyết định có hiệu lực từ ngày ký./.

Nơi nhận:                                   KT. CHỦ TỊCH
- Như Điều 2;                              PHÓ CHỦ TỊCH
- Lưu: VT.

Nguyễn Văn An
"""

PARTY_LETTER = """ĐẢNG BỘ TỈNH LẠNG SƠN  ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY VĂN LÃNG
*
Số 88-CV/HU  Văn Lãng, ngày 12 tháng 3 năm 2024

V/v triển khai
học tập chuyên đề năm 2024

Kính gửi: - Các chi bộ, đảng bộ cơ sở;
- Các ban xây dựng Đảng Huyện ủy.

Thực hiện Hướng dẫn số 12-HD/BTGTU, ngày 01/3/2024 của Ban Tuyên giáo Tỉnh ủy, Ban Thường vụ Huyện ủy đề nghị:

1. Các chi bộ tổ chức học tập.

Nơi nhận:
- Như kính gửi,
- Lưu VP.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Hoàng Thị Bình
"""


def parse(text):
    parts = split_parts(clean_lines(text))
    return parts, read_header(parts), read_signature(parts.signature)


def test_state_decision_with_merged_header_columns():
    parts, header, signature = parse(STATE_DOC)
    assert header.co_quan_ban_hanh == "Ủy ban nhân dân huyện Văn Quan"
    assert header.so_ky_hieu == "152/QĐ-UBND"
    assert (header.dia_danh, header.ngay_ban_hanh) == ("Văn Quan", "2025-04-03")
    assert header.loai_van_ban == "Quyết định"
    assert header.trich_yeu == "Về việc thành lập Tổ công tác chuyển đổi số huyện"
    assert parts.noi_nhan == ["Như Điều 2", "Lưu: VT"]
    assert signature.chuc_vu == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert signature.nguoi_ky == "Nguyễn Văn An"
    assert any(line.startswith("Điều 1.") for line in parts.body)


def test_party_letter_with_vv_subject_and_kinh_gui_list():
    parts, header, signature = parse(PARTY_LETTER)
    assert header.co_quan_chu_quan == "Đảng bộ tỉnh Lạng Sơn"
    assert header.co_quan_ban_hanh == "Huyện ủy Văn Lãng"
    assert header.so_ky_hieu == "88-CV/HU"
    assert header.loai_van_ban == "Công văn"
    assert header.trich_yeu == "Triển khai học tập chuyên đề năm 2024"
    assert parts.kinh_gui == ["Các chi bộ, đảng bộ cơ sở", "Các ban xây dựng Đảng Huyện ủy"]
    assert parts.noi_nhan == ["Như kính gửi", "Lưu VP"]
    assert signature.chuc_vu == ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]
    assert signature.nguoi_ky == "Hoàng Thị Bình"
    assert next(line for line in parts.body if line.strip()).startswith("Thực hiện Hướng dẫn")


def test_footnote_spliced_at_a_page_break_is_lifted_out():
    text = """Số: 5/KH-UBND  Hà Nội, ngày 02 tháng 01 năm 2025

KẾ HOẠCH
Triển khai nhiệm vụ

Thực hiện các văn bản của tỉnh¹, tổ chức bộ máy tinh gọn, hoạt

1 Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị
về sắp xếp đơn vị hành chính.
 động hiệu lực, hiệu quả.
"""
    parts, _, _ = parse(text)
    assert parts.footnotes == {
        1: "Nghị quyết số 37-NQ/TW ngày 24/12/2018 của Bộ Chính trị về sắp xếp đơn vị hành chính."}
    assert all("37-NQ/TW" not in line for line in parts.body)


def test_org_names_read_from_capitals_and_from_ocr():
    assert organ_name("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN") == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert organ_name("UY BAN NHAN DAN TINH LANG SON") == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert organ_name("PANG UY KHOI CCQ TINH") == "Đảng ủy Khối các cơ quan tỉnh"
    assert organ_name("SỞ THÔNG TIN VÀ TRUYỀN THÔNG") == "Sở Thông tin và Truyền thông"
    assert organ_name("BAN THƯỜNG VỤ TỈNH ỦY") == "Ban Thường vụ Tỉnh ủy"


def test_type_from_the_ky_hieu():
    assert type_from_so_ky_hieu("61/KH-UBND") == "Kế hoạch"
    assert type_from_so_ky_hieu("1275-CV/ĐUK") == "Công văn"
    assert type_from_so_ky_hieu("1562/UBND-KT") == "Công văn"
    assert type_from_so_ky_hieu("59/2023/NĐ-CP") == "Nghị định"
    assert type_from_so_ky_hieu("26-CT/TU") == "Chỉ thị"
    assert type_from_so_ky_hieu(None) is None


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_parser_never_crashes_on_arbitrary_text(text):
    parts, header, signature = parse(text)
    assert isinstance(parts.body, list)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([
    "Số: 12/KH-UBND", "KẾ HOẠCH", "Kính gửi:", "- Sở Nội vụ;", "Nơi nhận:", "KT. CHỦ TỊCH", "", "1. Mục đích",
    "Lạng Sơn, ngày 1 tháng 2 năm 2024", "1 Ghi chú", " tiếp tục", "V/v", "Nguyễn Văn A", "I. NỘI DUNG",
]), max_size=40))
def test_parser_never_crashes_on_document_shaped_noise(lines):
    parse("\n".join(lines))


SIGNATURE_FORMS = [
    ("TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nLê Văn Cường", ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], "Lê Văn Cường"),
    ("TUQ. CHỦ TỊCH\nGIÁM ĐỐC SỞ NỘI VỤ\n\nPhạm Thị Dung", ["TUQ. CHỦ TỊCH", "GIÁM ĐỐC SỞ NỘI VỤ"], "Phạm Thị Dung"),
    ("Q. GIÁM ĐỐC\n\n(Đã ký)\n\nĐỗ Minh Hải", ["Q. GIÁM ĐỐC"], "Đỗ Minh Hải"),
    ("GIÁM ĐỐC\n\nTrần Văn Bình", ["GIÁM ĐỐC"], "Trần Văn Bình"),
    ("**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\n\nVõ Thị Ánh", ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Võ Thị Ánh"),
    ("KT. BÍ THƯ\nPHÓ BÍ THƯ", ["KT. BÍ THƯ", "PHÓ BÍ THƯ"], None),
]


@pytest.mark.parametrize("block, positions, name", SIGNATURE_FORMS)
@pytest.mark.parametrize("noi_nhan_first", [True, False])
def test_every_signature_form_before_or_after_noi_nhan(block, positions, name, noi_nhan_first):
    head = "Số: 12/TB-UBND  Hà Nội, ngày 02 tháng 01 năm 2025\n\nTHÔNG BÁO\nKết luận của Chủ tịch\n\n"
    body = "Ủy ban nhân dân thông báo kết luận như sau./.\n\n"
    recipients = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
    text = head + body + (recipients + block if noi_nhan_first else block + "\n\n" + recipients)
    parts, header, signature = parse(text + "\n2025-01-02T10:00:00+0700\n")
    assert signature.chuc_vu == positions and signature.nguoi_ky == name
    assert parts.noi_nhan == ["Như trên", "Lưu: VT"]
    assert all("GIÁM ĐỐC" not in line and "CHỦ TỊCH" not in line for line in parts.body)


def test_signer_name_damaged_by_ocr_is_decoded_with_a_name_model():
    from vanban.repair.names import restore_name

    assert restore_name("Nguyén Van An") == "Nguyễn Văn An"
    assert restore_name("Vii Thi Thim") == "Vũ Thị Thắm"
    assert restore_name("Pinh Thi Huong") in ("Đinh Thị Hương", "Đinh Thị Hường")
    assert restore_name("one") is None


@pytest.mark.parametrize("lines, name", [
    (["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "**Lê Tấn", "Cận**"], "Lê Tấn Cận"),
    (["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "**Phạm", "Mạnh Cường**"], "Phạm Mạnh Cường"),
    (["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thượng tướng Lê Huy Vịnh"], "Lê Huy Vịnh"),
    (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn An", "Trần Thị Bình"], "Nguyễn Văn An"),
])
def test_signer_names_wrapped_or_ranked_are_read_whole(lines, name):
    assert read_signature(lines).nguoi_ky == name
