"""Recognisers for the printed shapes: số ký hiệu, dates, place-date lines.

Matching runs on ``ocr_fold`` text, a same-length copy with diacritics and
case dropped and the usual OCR confusions of letters (``S6`` for ``Số``,
``x3`` for ``xã``) mapped back, so one pattern reads clean and damaged text;
values are cut from the original at the match offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .letters import fold
from .vocabulary import ISSUER_CODES, LOAI_VAN_BAN, type_from_code

#: Characters OCR puts where a letter was, when they stand inside a word.
_OCR_LETTER = str.maketrans({
    "0": "o", "1": "l", "3": "a", "4": "a", "6": "o", "8": "s", "@": "u", "&": "e",
    "€": "e", "¢": "e", "§": "o", "$": "s", "|": "i", "!": "i", "¥": "y", "®": "o",
})
_SYMBOLS = "0-9@&€¢§$|!¥®"
#: Runs of OCR symbols touching a letter ("s6", "v6i", "1ap", "x3", "16n").
_SYMBOLS_IN_WORD = re.compile(rf"(?<=[a-z])[{_SYMBOLS}]+|[{_SYMBOLS}]+(?=[a-z])")


def ocr_fold(text: str) -> str:
    """``fold`` plus OCR symbol→letter mapping inside words; same length."""
    return _SYMBOLS_IN_WORD.sub(lambda m: m.group(0).translate(_OCR_LETTER), fold(text))


@dataclass
class SoKyHieu:
    """A số ký hiệu found in text."""
    so: int | None
    ky_hieu: str
    so_ky_hieu: str
    start: int
    end: int


# A ký hiệu: code segments joined by "-" or "/" ("KH-UBND", "CT/TU",
# "2023/NĐ-CP"); OCR may put one space around a joint.
_SEGMENT = r"[A-ZĐa-zđ0-9&]*[A-ZĐ][A-ZĐa-zđ0-9&]*"
# Joints may be en or em dashes in web copies ("4144 /GDĐT – VP"), and
# codes may be dotted ("QĐ.UBND", "VPCP-V.I": one letter where the code ends).
_DOTTED = r"\.(?:[A-ZĐ]{2,}|[A-ZĐ](?=[\s;,.)]|$))(?![a-zđ])"
KY_HIEU = rf"(?:\d{{4}}\s?/\s?)?{_SEGMENT}(?:\s?[-/–—]\s?(?:{_SEGMENT}|\d{{1,2}})|{_DOTTED})*"
#: "Số:", OCR's "S6", and a type word before it as laws print it ("Luật số:",
#: "Nghị quyết số:"); then the number or a ký hiệu.
_TYPE_BEFORE_SO = "|".join(sorted({fold(name).lower() for name in LOAI_VAN_BAN}, key=len, reverse=True))
# With a type word, only "…số:": "Kết luận số 127-KL/TW" in a title is a citation.
_SO_PREFIX = re.compile(rf"^\s*\**\s*(?:(?:{_TYPE_BEFORE_SO})\s+s[a-z]?\s*:|s[a-z]?\s*[:;.]?)\s*"
                        r"(?=[\d/-]|[a-z]{2,}[/-])", re.IGNORECASE)
#: "Số:" alone on its line (folded), its number on the next.
BARE_SO = re.compile(r"\s*s[a-z]?\s*:?\s*")
#: The number, dotted in a series ("66.15/2026/NQ-CP": resolution 15 of series 66).
_NUMBER_THEN_KY_HIEU = re.compile(rf"(?P<so>\d{{1,5}}(?:\.\d{{1,3}})?)?\s*(?P<sep>[-/]?)\s*(?P<kh>{KY_HIEU})")

#: Ký hiệu codes that OCR damages in a known way: the Đ read as B, P or D ("CD": a công điện's CĐ).
_OCR_CODE_FIXES = {
    "QB": "QĐ", "QD": "QĐ", "QP": "QĐ", "NB": "NĐ", "ND": "NĐ", "NP": "NĐ", "CD": "CĐ",
    "BU": "ĐU", "PU": "ĐU", "DU": "ĐU", "BUK": "ĐUK", "PUK": "ĐUK", "DUK": "ĐUK",
    "HBND": "HĐND", "HDND": "HĐND", "HPND": "HĐND",
}


def fix_code_segments(ky_hieu: str) -> str:
    """Mend code segments OCR damaged in a known way (``QB`` → ``QĐ``,
    ``BCDTW`` → ``BCĐTW``: a Ban Chỉ đạo's code)."""
    def mend(m: re.Match) -> str:
        code = _OCR_CODE_FIXES.get(m.group(0), m.group(0))
        code = code.replace("GDDT", "GDĐT")  # Giáo dục và Đào tạo
        return "BCĐ" + code[3:] if code.startswith(("BCD", "BCB", "BCP")) else code

    return re.sub(r"[A-ZĐa-z]+", mend, ky_hieu)


#: Codes written in mixed case by rule (NĐ 30, HD 36); others are capitals.
MIXED_CASE_CODES = {"TTg", "CTr", "TTr", "TTh", "QyĐ", "QĐi", "TTLT"}
_MIXED_BY_UPPER = {c.upper(): c for c in MIXED_CASE_CODES}


def _case(segment: str) -> str:
    """Codes are capitals, but some are mixed by rule ("TTg", "GDTrH"): a
    segment printed starting with a capital keeps its case; one starting in
    lower case is an OCR slip ("cP")."""
    upper = segment.upper()
    if upper in _MIXED_BY_UPPER:
        return _MIXED_BY_UPPER[upper]
    return segment if segment[:1].isupper() else upper


def normalise_so_ky_hieu(so: str | None, sep: str, kh: str) -> SoKyHieu | None:
    """Build the canonical ``so_ky_hieu`` from its printed pieces.

    The number keeps its printed digits ("02/KH-UBND"); ``so`` is its value.
    """
    kh = re.sub(r"[A-Za-zĐđ]+", lambda m: _case(m.group(0)), re.sub(r"\s+", "", kh).replace("–", "-").replace("—", "-"))
    kh = fix_code_segments(kh).strip("-/")
    if not kh or not re.search(r"[A-ZĐ]", kh):
        return None
    number = int(so.split(".")[0]) if so else None
    head = kh.split("/")[0]
    party = "/" in kh and "-" not in head and not re.fullmatch(r"\d{4}", head) and sep != "/"
    joint = "-" if party else "/"
    text = f"{so or ''}{joint}{kh}"
    return SoKyHieu(number, kh, text, 0, 0)


def find_so_line(line: str) -> SoKyHieu | None:
    """Read "Số: 61/KH-UBND" (and "S6 1275 CV/BUK", "Số: /STTTT-TTBCXB")."""
    prefix = _SO_PREFIX.match(ocr_fold(line))
    if not prefix:
        return None
    m = _NUMBER_THEN_KY_HIEU.match(line, prefix.end())
    if not m:
        return None
    found = normalise_so_ky_hieu(m.group("so"), m.group("sep"), m.group("kh"))
    if found:
        found.start, found.end = m.start(), m.end()
    return found


# --- dates -----------------------------------------------------------------


def display_date(iso: str | None) -> str:
    """"2026-02-26" → "26/02/2026"; partial dates as far as they go."""
    if not iso:
        return ""
    return "/".join(reversed(str(iso).split("-")))


_DIGITISH = str.maketrans({"o": "0", "l": "1", "i": "1", "s": "5", "b": "6", "z": "2"})
LONG_DATE = re.compile(
    r"ngay\s*(?P<d>[0-9ol]{1,2})?\s*,?\s*thang\s*(?P<m>[0-9ol]{1,2})?\s*,?\s*n[a-z]m\s*(?P<y>[12][0-9ol]{3})"
)
SHORT_DATE = re.compile(r"(?<![\d/])(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})\s?[/.-]\s?(?P<y>(?:19|20)\d{2})(?![\d/])")


def date_iso(d: str | None, m: str | None, y: str) -> str | None:
    """Day, month, year → ISO date; None when no such day exists."""
    year = int(y.translate(_DIGITISH))
    month = int(m.translate(_DIGITISH)) if m else None
    day = int(d.translate(_DIGITISH)) if d else None
    if not 1900 <= year <= 2100 or (month is not None and not 1 <= month <= 12):
        return None
    if month is None:
        return f"{year:04d}" if day is None else None
    if day is None:
        return f"{year:04d}-{month:02d}"
    if not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


@dataclass
class PlaceDate:
    """The place and date line ("Lạng Sơn, ngày 26 tháng 02 năm 2026")."""
    dia_danh: str | None
    ngay_ban_hanh: str | None
    start: int  #: where the place name (or the date) begins in the line


def find_place_date(line: str) -> PlaceDate | None:
    """Read "Lạng Sơn, ngày 26 tháng 02 năm 2026" anywhere in a line.

    The place is the run of capitalised words right before the comma: place
    names are written in title case, codes and issuer lines in capitals.
    """
    date = LONG_DATE.search(fold(line))
    if not date:
        return None
    iso = date_iso(date.group("d"), date.group("m"), date.group("y"))
    before = line[: date.start()].rstrip()
    if not before.endswith(","):
        return PlaceDate(None, iso, date.start())
    words = before[:-1].split()
    place: list[str] = []
    for word in reversed(words[-5:]):
        if not word[:1].isupper() or (len(word) > 1 and word.isupper()):
            break
        place.insert(0, word)
    start = len(before[:-1].rstrip()) - len(" ".join(place)) if place else date.start()
    return PlaceDate(" ".join(place) or None, iso, start)


# --- what a number's code says -------------------------------------------

def type_from_so_ky_hieu(so_ky_hieu: str | None) -> str | None:
    """Kế hoạch from "61/KH-UBND", Công văn from "1562/UBND-KT" or "1275-CV/ĐUK"."""
    if not so_ky_hieu:
        return None
    m = re.match(r"^\d*-([^/]+)/", so_ky_hieu)
    if m:  # Party style: number-TYPE/ISSUER
        return type_from_code(m.group(1), party=True)
    segments = so_ky_hieu.lstrip("0123456789").strip("/").split("/")
    code = segments[-1].split("-")[0]
    if re.fullmatch(r"\d{4}", segments[0]) and len(segments) > 1:
        return type_from_code(code)
    return type_from_code(code) or "Công văn"


def issuer_from_ky_hieu(ky_hieu: str | None) -> str | None:
    """The issuer named by the code part ("STTTT-TTBCXB" → Sở Thông tin và Truyền thông)."""
    if not ky_hieu:
        return None
    if "/" in ky_hieu and not re.match(r"^\d{4}/", ky_hieu):
        code = ky_hieu.split("/")[-1]  # Party: TYPE/ISSUER
    else:
        pieces = ky_hieu.split("/")[-1].split("-")
        typed = type_from_code(pieces[0]) or ocr_fold(pieces[0]) == "vbhn"  # a consolidated text: VBHN-BTC
        code = pieces[-1] if len(pieces) > 1 and typed else pieces[0]
    return ISSUER_CODES.get(ocr_fold(code))
