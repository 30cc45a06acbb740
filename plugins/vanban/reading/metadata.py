"""Read the metadata (front matter) out of the header and signature parts."""

from __future__ import annotations

import re

from vanban.model import Header, Parts, Signature
from vanban.text.letters import VIETNAMESE_ONLY, capitalize_first, is_upper_line
from vanban.text.organs import is_organ_name, ocr_variants, organ_name
from vanban.text.places import known_place, levels_of
from vanban.text.shapes import BARE_SO, find_place_date, find_so_line, ocr_fold
from vanban.text.vocabulary import (
    NAME_PHRASES,
    TYPE_WORDS,
    UNIT_WORDS,
)

from .structure import MOTTO, VV_LINE

#: Position words of signature blocks, for restoring a line OCR stripped.
POSITION_PHRASES = {
    "pho chu tich": "PHÓ CHỦ TỊCH", "chu tich": "CHỦ TỊCH", "pho giam doc": "PHÓ GIÁM ĐỐC",
    "giam doc": "GIÁM ĐỐC", "pho bi thu": "PHÓ BÍ THƯ", "bi thu": "BÍ THƯ",
    "pho truong ban": "PHÓ TRƯỞNG BAN", "truong ban": "TRƯỞNG BAN", "chanh van phong": "CHÁNH VĂN PHÒNG",
    "pho chanh van phong": "PHÓ CHÁNH VĂN PHÒNG", "truong phong": "TRƯỞNG PHÒNG",
    "pho truong phong": "PHÓ TRƯỞNG PHÒNG", "chanh thanh tra": "CHÁNH THANH TRA", "uy vien": "ỦY VIÊN",
    "thu truong": "THỦ TRƯỞNG", "bo truong": "BỘ TRƯỞNG", "thu tuong": "THỦ TƯỚNG",
    "ban thuong vu": "BAN THƯỜNG VỤ", "thuong truc": "THƯỜNG TRỰC",
    **{k: v.upper() for k, v in NAME_PHRASES.items()},
}
_POSITIONS = sorted(((tuple(k.split()), v) for k, v in POSITION_PHRASES.items()), key=lambda p: -len(p[0]))
_PHRASES = sorted(((tuple(k.split()), v) for k, v in NAME_PHRASES.items()), key=lambda p: -len(p[0]))
_UNITS = sorted(((tuple(k.split()), v) for k, v in UNIT_WORDS.items()), key=lambda p: -len(p[0]))


def _match(words: list[str], i: int, table) -> tuple[int, str] | None:
    for key, value in table:
        n = len(key)
        if i + n <= len(words) and all(key[k] in ocr_variants(words[i + k]) for k in range(n)):
            return n, value
    return None


def _cut_motto(line: str) -> str:
    folded = ocr_fold(line)
    pieces, last = [], 0
    for m in MOTTO.finditer(folded):
        pieces.append(line[last: m.start()])
        last = m.end()
    pieces.append(line[last:])
    return " ".join(p.strip() for p in pieces if p.strip())


#: The mottos without spaces: a line (or a cell of a flattened two-column
#: header) made of a piece of one ("CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM")
#: is not an issuer.
_MOTTOS = ("conghoaxahoichunghiavietnam", "doclaptudohanhphuc", "dangcongsanvietnam")
_MOTTO_PIECE_MIN = 6  #: letters a piece needs ("VIỆT NAM" is 7)
#: Where a line cut an issuer's name: "ỦY BAN NHÂN" / "DÂN TỈNH HÀ TĨNH",
#: "THỦ" / "TƯỚNG CHÍNH PHỦ", "BỘ VĂN HÓA, THỂ" / "THAO".
_CUT_NAMES = tuple(k for k in NAME_PHRASES if " " in k) + (
    "thu tuong", "chinh phu", "van phong", "the thao", "du lich", "nong nghiep", "moi truong", "tai nguyen",
    "giao duc", "dao tao", "khoa hoc", "cong nghe", "thong tin", "truyen thong", "ke hoach", "dau tu",
    "lao dong", "thuong binh", "xa hoi", "tai chinh", "cong thuong", "xay dung", "giao thong", "van tai",
    "noi vu", "tu phap", "ngoai giao", "quoc phong", "cong an", "y te", "van hoa", "ngan hang", "nha nuoc",
    "thanh tra", "kiem toan", "quoc hoi", "mat tran", "to quoc", "phat trien", "nong thon")
#: An organ's generic word alone on a line: its name is on the next.
_BARE_HEADS = {"bo", "so", "cuc", "vu", "ban", "van phong", "uy ban", "tong cuc", "chi cuc", "phong", "trung tam",
               "hoi dong", "toa an", "vien", "uy ban thuong vu", "ban thuong vu",
               "uy ban trung uong"}
#: A line of an issuer's name that ends on these, or one that starts with "VÀ", goes on.
_NAME_JOINS = re.compile(r"(?:,|-|\bva)\s*$")


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", ocr_fold(text))


def is_motto_piece(text: str) -> bool:
    letters = _letters(text)
    return len(letters) >= _MOTTO_PIECE_MIN and any(letters in motto for motto in _MOTTOS)


def reflow_header(lines: list[str]) -> list[str]:
    """Header lines as printed, before the wraps of a narrow column or a web
    copy: pieces of the mottos go (whole mottos are cut later, with the
    issuer beside them), "Số:" rejoins its number, a number cut at a joint
    ("3783/QĐ-" / "UBND") its end, and an issuer's name cut inside a phrase
    ("ỦY BAN NHÂN" / "DÂN") its rest."""
    out: list[str] = []
    pieces = _motto_pieces(lines)
    for n, line in enumerate(lines):
        cells = [c for c in re.split(r"\s{2,}|\t", line.strip()) if c and not is_motto_piece(c)]
        line = "" if n in pieces else "  ".join(cells)
        if not line:
            continue
        if out and _goes_on(out[-1], line):
            out[-1] = out[-1].rstrip() + ("" if out[-1].rstrip().endswith(("-", "/")) else " ") + line.strip()
        else:
            out.append(line)
    return out


def _motto_pieces(lines: list[str]) -> set[int]:
    """Lines that are a motto cut in two, however short a piece ("CỘNG" /
    "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")."""
    found = set()
    for n in range(len(lines) - 1):
        joined = _letters(lines[n]) + _letters(lines[n + 1])
        if _letters(lines[n]) and _letters(lines[n + 1]) and len(joined) >= _MOTTO_PIECE_MIN \
                and any(joined in motto for motto in _MOTTOS):
            found |= {n, n + 1}
    return found


def _goes_on(previous: str, line: str) -> bool:
    folded_prev = " ".join(re.sub(r"[^a-z0-9/:-]", " ", ocr_fold(previous)).split())
    if BARE_SO.fullmatch(folded_prev) and re.match(r"\s*[\d/]", line):
        return True  # "Số:" / "84/2025/QĐ-UBND"
    if find_so_line(previous) and previous.rstrip().endswith(("-", "/")) and re.match(r"\s*[A-ZĐ]", line):
        return True  # "Số: 3783/QĐ-" / "UBND"
    if not (is_upper_line(previous) and is_upper_line(line)):
        return False
    before, after = " ".join(_letters_words(previous)), " ".join(_letters_words(line))
    if _NAME_JOINS.search(ocr_fold(previous).strip()) or after == "va" or after.startswith("va "):
        return True  # "BỘ NÔNG NGHIỆP" / "VÀ" / "MÔI TRƯỜNG"
    if before in _BARE_HEADS or before in UNIT_WORDS:
        return True  # "BỘ" / "TÀI CHÍNH", "VĂN PHÒNG" / "CHÍNH PHỦ", "TỈNH" / "HÀ TĨNH"
    if _place_follows(before, after) or _cuts_place(before, after):
        return True  # "UBND THÀNH PHỐ HÀ" / "NỘI"
    joined = f"{before} {after}"
    return any(name in joined and name not in before and name not in after and
               joined.index(name) < len(before) < joined.index(name) + len(name) for name in _CUT_NAMES)


def _place_follows(before: str, after: str) -> bool:
    """"ỦY BAN NHÂN DÂN TỈNH" / "HÀ TĨNH": a line ending on a unit word (not on
    a place that ends like one, "HÀ TĨNH") and a next line that is a place."""
    for unit in UNIT_WORDS:
        if before.endswith(" " + unit) and not known_place(" ".join(before.split()[-2:])):
            return bool(known_place(after, levels_of(unit)))
    return False


def _cuts_place(before: str, after: str) -> bool:
    """True when a place name runs over the line end: the one to three words
    after the line's last unit word and the next line's first word make a
    unit, which those words alone are not ("THÀNH PHỐ HÀ" / "NỘI")."""
    words = before.split()
    for n in range(1, min(3, len(words)) + 1):
        unit = next((u for u in UNIT_WORDS if f" {' '.join(words[:-n])}".endswith(f" {u}")), None)
        if unit:
            head, levels = " ".join(words[-n:]), levels_of(unit)
            return bool(after) and not known_place(head, levels) and bool(
                known_place(f"{head} {after.split()[0]}", levels))
    return False


def _letters_words(text: str) -> list[str]:
    return re.sub(r"[^a-z ]", " ", ocr_fold(text)).split()


def read_header(parts: Parts) -> Header:
    """The header's fields (issuing body and the body above it, số ký hiệu,
    place and date, type, trích yếu) read from the parts ``split_parts`` found."""
    header = Header()
    issuer_lines: list[str] = []
    for line in reflow_header(parts.header):
        rest = _cut_motto(line)
        so = find_so_line(rest)
        if so:
            header.so_ky_hieu = so.so_ky_hieu
            rest = rest[so.end:]
        place_date = find_place_date(rest)
        if place_date:
            # The header's own date comes first, and names its place or opens its line ("ngày 05 tháng 3…");
            # a date inside a sentence ("Luật … số 67/2025/QH15 ngày 14 tháng 6 năm 2025") is a cited document's.
            opens = ocr_fold(rest[:place_date.start]).strip(" *,.") in ("", "ngay")
            if not header.ngay_ban_hanh and (place_date.dia_danh or opens):
                header.ngay_ban_hanh = place_date.ngay_ban_hanh
                header.dia_danh = _place(place_date.dia_danh)
            rest = rest[: place_date.start]
        if not so and not place_date and (is_upper_line(rest) or is_organ_name(rest)) and not _is_type_word(rest) \
                and not _NUMBERED.search(rest):
            issuer_lines.append(rest)
    bodies = [b for b in (_CONSOLIDATED.sub("", b) for b in _group_bodies(issuer_lines)) if is_organ_name(b)]
    if bodies:
        header.co_quan_ban_hanh = organ_name(bodies[-1])
        header.co_quan_chu_quan = organ_name(bodies[-2]) if len(bodies) > 1 else None
    header.trich_yeu = _trich_yeu(parts.trich_yeu)
    header.loai_van_ban = _type_from_header(parts)
    return header


#: A document number in a header line ("136/2025/NĐ-CP" ending a wrapped V/v): no issuer's line.
_NUMBERED = re.compile(r"\d\s*/\s*\w")
#: A Gazette's running head over a consolidated text: "VĂN BẢN HỢP NHẤT - BỘ TÀI CHÍNH".
_CONSOLIDATED = re.compile(r"^\W*V[ĂA]N B[ẢA]N H[ỢO]P NH[ẤA]T\W*", re.IGNORECASE)
_AUTHENTICATED = re.compile(r"^\s*xac thuc van ban hop nhat\s*$")


def read_consolidation(lines: list[str], header: Header) -> None:
    """A consolidated text (văn bản hợp nhất) has no header of its own: its
    issuer, number and date stand with "XÁC THỰC VĂN BẢN HỢP NHẤT" after
    its articles (before any appendix). Fill what the header lacks from there."""
    mark = next((i for i, line in enumerate(lines) if _AUTHENTICATED.match(ocr_fold(line))), None)
    if mark is None:
        return
    for i in range(max(0, mark - 3), min(len(lines), mark + 4)):
        so = find_so_line(lines[i])
        if so and not header.so_ky_hieu:
            header.so_ky_hieu = so.so_ky_hieu
            issuer = lines[i - 1].strip() if i > 0 else ""
            if issuer and is_upper_line(issuer) and not header.co_quan_ban_hanh:
                header.co_quan_ban_hanh = organ_name(issuer)
        place_date = find_place_date(lines[i])
        if place_date and not header.ngay_ban_hanh:
            header.ngay_ban_hanh = place_date.ngay_ban_hanh
            header.dia_danh = header.dia_danh or _place(place_date.dia_danh)


def _is_type_word(line: str) -> bool:
    words = " ".join(re.sub(r"[^a-z ]", "", ocr_fold(line)).split())
    return any(words == key for key, _ in TYPE_WORDS)


def _place(text: str | None) -> str | None:
    if not text:
        return None
    return known_place(text) or text


def _group_bodies(lines: list[str]) -> list[str]:
    """Join an issuer line that goes on with a unit word ("TỈNH LẠNG SƠN")."""
    bodies: list[str] = []
    for line in lines:
        words = re.sub(r"[^a-z ]", " ", ocr_fold(line)).split()
        continues = bool(_match(words, 0, _UNITS)) and not _match(words, 0, _PHRASES)
        if bodies and continues:
            bodies[-1] += " " + line
        else:
            bodies.append(line)
    return bodies


def _trich_yeu(lines: list[str]) -> str | None:
    text = " ".join(line.strip() for line in lines).replace("**", "")
    text = text[VV_LINE.match(ocr_fold(text)).end():] if VV_LINE.match(ocr_fold(text)) else text
    text = re.sub(r"\s+", " ", text).strip(" .;:")
    return capitalize_first(text) if text else None


def _type_from_header(parts: Parts) -> str | None:
    for line in parts.header:
        words = " ".join(re.sub(r"[^a-z ]", "", ocr_fold(line)).split())
        for key, name in TYPE_WORDS:
            if words == key:
                return name
    if parts.trich_yeu and VV_LINE.match(ocr_fold(parts.trich_yeu[0])):
        return "Công văn"
    return None


#: Notes a copy carries in place of the signature: "(Đã ký)", "(ký, ghi rõ họ tên)".
_SIGN_NOTE = re.compile(r"^\(.*\)$")


def read_signature(lines: list[str]) -> Signature:
    """The signer's positions ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"...) and name,
    from the lines of the signature block."""
    positions: list[str] = []
    name = None
    texts = [_RANK.sub("", line.replace("**", "").strip()) for line in lines]
    for n, text in enumerate(texts):
        if _SIGN_NOTE.match(text):
            continue
        if is_upper_line(text):
            positions.append(_restore_position(text))
        elif name is None:
            # A name a narrow column wrapped: "Lê Tấn" / "Cận", "Phạm" / "Mạnh Cường".
            joined = f"{text} {texts[n + 1]}" if n + 1 < len(texts) else text
            if n + 1 < len(texts) and _looks_like_name(joined) and len(text.split()) <= 2 \
                    and len(texts[n + 1].split()) <= 3 and not is_upper_line(texts[n + 1]):
                name = joined
            elif _looks_like_name(text):
                name = text
    return Signature(positions, name)


#: A military rank or an academic title before a signer's name ("Thượng tướng Lê Huy Vịnh", "PGS.TS. Nguyễn Văn A").
_RANK = re.compile(r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|(?:GS|PGS|TS|ThS|BS|KS)\.(?:\s*TS\.)?)\s+")


def _restore_position(text: str) -> str:
    text = re.sub(r"^\s*™\s*\.?", "TM.", text)
    text = re.sub(r"[»«•*_|]+", " ", text)
    text = " ".join(text.split())
    if any(c in VIETNAMESE_ONLY for c in text):
        return text  # printed with its marks: keep it as printed
    prefix = re.match(r"^(T/M|TM\.|KT\.|Q\.|TL\.|TUQ\.)\s*", text, re.IGNORECASE)
    head = prefix.group(1).upper() + " " if prefix else ""
    rest = text[prefix.end():] if prefix else text
    words = re.sub(r"[^a-z ]", " ", ocr_fold(rest)).split()
    hit = _match(words, 0, _POSITIONS)
    if hit and hit[0] == len(words):
        return head + hit[1]
    return head + rest


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() and w.isalpha() for w in words)
