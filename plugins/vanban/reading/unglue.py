"""A document whose paragraphs were glued into one line, as text taken from a
Word file without its paragraph marks comes ("ỦY BAN NHÂN DÂNTỈNH LÂM
ĐỒNGCỘNG HÒA XÃ HỘI…Số: /UBND-NCV/v tham mưu…Kính gửi: Công an tỉnhChủ tịch
Ủy ban nhân dân tỉnh nhận được…/.Nơi nhận:- Như trên;- Lưu: VT.TL. CHỦ
TỊCHCHÁNH VĂN PHÒNGNguyễn Văn A"), is cut back into its parts' lines.

Only a line that holds two of the parts no printed line holds together
(the motto, "Số:", "V/v", "Kính gửi:", "Nơi nhận:") is cut: a paragraph of
an ordinary document is never touched.
"""

from __future__ import annotations

import re

_LETTERS = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
_LOW, _UP = _LETTERS, _LETTERS.upper()  # regular-expression classes: "À-Ỹ" would take small letters too

#: The parts no printed line holds two of.
_PART_MARKS = (
    re.compile(r"CỘNG\s*HÒA\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA", re.IGNORECASE),
    re.compile(r"Số\s*:"),
    re.compile(r"V/v\s"),
    re.compile(r"Kính\s*gửi\s*:"),
    re.compile(r"Nơi\s*nhận\s*:"),
)

_POSITIONS = ("CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC",
              "PHÓ BÍ THƯ", "BÍ THƯ", "THỨ TRƯỞNG", "BỘ TRƯỞNG", "PHÓ TRƯỞNG BAN", "TRƯỞNG BAN", "CỤC TRƯỞNG")

#: Where a paragraph mark was lost: a line starts at each of these.
_CUTS = re.compile("|".join((
    r"(?=CỘNG\s*HÒA\s*XÃ\s*HỘI\s*CHỦ\s*NGHĨA)",
    r"(?=Độc\s*lập\s*-\s*Tự\s*do)",
    r"(?=Số\s*:)",
    r"(?=V/v\s)",
    r"(?=Kính\s*gửi\s*:)",
    r"(?=Nơi\s*nhận\s*:)",
    # A place and date ("…(Đ1)Lâm Đồng, ngày   tháng 3 năm 2026"): a line of its own.
    rf"(?<![{_UP}{_LOW}])(?<![{_UP}{_LOW}]\s)(?=(?:[{_UP}][{_LOW}]+\s){{0,3}}[{_UP}][{_LOW}]+,\s*ngày[\s\d]*tháng)",
    # A sentence ended and the next began with no break: "…gửi kèm).Chủ tịch", "…quy định./.Nơi".
    rf"(?<=[{_LOW}\d)]\.)(?=[{_UP}][{_LOW}])",
    rf"(?<=[{_LOW}\d)]/\.)(?=[{_UP}])",
    # A numbered item after its lead-in or its sentence: "…như sau:1. Thống nhất…", "…thực hiện.2. Giao…".
    r"(?<=[:.;])(?=\d{1,2}\.\s)",
    # A list item after the one before it: "- Như trên;- Sở Tài chính;".
    r"(?<=[;:])\s*(?=-\s)",
    # A word in lower case glued to the next paragraph's first word: "Kính gửi: Công an tỉnhChủ tịch…".
    rf"(?<=[{_LOW}]{{2}})(?=[{_UP}][{_LOW}])",
    # A signature's parts: "ChâuTL. CHỦ TỊCH", "ChâuCHỦ TỊCH", "CHỦ TỊCHCHÁNH VĂN PHÒNG", "PHÒNGNguyễn".
    rf"(?<=[{_LOW}])(?=(?:TL|KT|TM|TUQ|Q)\.\s)",
    rf"(?<=[{_LOW}])(?=[{_UP}]{{2,}}\s[{_UP}])",
    rf"(?<=[{_UP}.])(?=(?:{'|'.join(_POSITIONS)})(?![{_LOW}]))",
    rf"(?<=[{_UP}]{{2}})(?=[{_UP}][{_LOW}])",
    # A unit glued to the body above it: "ỦY BAN NHÂN DÂNTỈNH LÂM ĐỒNG".
    rf"(?<=[{_UP}]{{2}})(?=(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|XÃ|PHƯỜNG)\s)",
)))


def is_glued(line: str) -> bool:
    """Whether ``line`` holds two parts a printed line never holds together."""
    return sum(1 for mark in _PART_MARKS if mark.search(line)) >= 2


def split_glued_paragraphs(lines: list[str]) -> list[str]:
    """Each glued line (``is_glued``) cut into the lines of its parts."""
    out: list[str] = []
    for line in lines:
        if not is_glued(line):
            out.append(line)
            continue
        out += [piece.strip() for piece in _CUTS.split(line) if piece.strip()]
    return out
