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
    so: int | None
    ky_hieu: str
    so_ky_hieu: str
    start: int
    end: int


# A ký hiệu: code segments joined by "-" or "/" ("KH-UBND", "CT/TU",
# "2023/NĐ-CP"); OCR may put one space around a joint.
_SEGMENT = r"[A-ZĐa-zđ0-9&]*[A-ZĐ][A-ZĐa-zđ0-9&]*"
_KY_HIEU = rf"(?:\d{{4}}\s?/\s?)?{_SEGMENT}(?:\s?[-/]\s?(?:{_SEGMENT}|\d{{1,2}}))*"
_SO_PREFIX = re.compile(r"^\s*\**\s*s[a-z]?\s*[:;.]?\s*(?=[\d/-]|[a-z]{2,}[/-])", re.IGNORECASE)
_NUMBER_THEN_KY_HIEU = re.compile(rf"(?P<so>\d{{1,5}})?\s*(?P<sep>[-/]?)\s*(?P<kh>{_KY_HIEU})")

#: Ký hiệu codes that OCR damages in a known way: the Đ read as B, P or D.
_OCR_CODE_FIXES = {
    "QB": "QĐ", "QD": "QĐ", "QP": "QĐ", "NB": "NĐ", "ND": "NĐ", "NP": "NĐ",
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
    kh = re.sub(r"[A-Za-zĐđ]+", lambda m: _case(m.group(0)), re.sub(r"\s+", "", kh))
    kh = fix_code_segments(kh).strip("-/")
    if not kh or not re.search(r"[A-ZĐ]", kh):
        return None
    number = int(so) if so else None
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

_DIGITISH = str.maketrans({"o": "0", "l": "1", "i": "1", "s": "5", "b": "6", "z": "2"})
_LONG_DATE = re.compile(
    r"ngay\s*(?P<d>[0-9ol]{1,2})?\s*,?\s*thang\s*(?P<m>[0-9ol]{1,2})?\s*,?\s*n[a-z]m\s*(?P<y>[12][0-9ol]{3})"
)
_SHORT_DATE = re.compile(r"(?<![\d/])(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})\s?[/.-]\s?(?P<y>(?:19|20)\d{2})(?![\d/])")


def _date_iso(d: str | None, m: str | None, y: str) -> str | None:
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
class DateMatch:
    iso: str
    start: int
    end: int


def find_dates(text: str) -> list[DateMatch]:
    """Every date written out ("ngày 09 tháng 10 năm 2023") or short ("25/9/2023")."""
    folded = fold(text)
    found = []
    for m in _LONG_DATE.finditer(folded):
        iso = _date_iso(m.group("d"), m.group("m"), m.group("y"))
        if iso:
            found.append(DateMatch(iso, m.start(), m.end()))
    for m in _SHORT_DATE.finditer(folded):
        iso = _date_iso(m.group("d"), m.group("m"), m.group("y"))
        if iso:
            found.append(DateMatch(iso, m.start(), m.end()))
    return sorted(found, key=lambda d: d.start)


@dataclass
class PlaceDate:
    dia_danh: str | None
    ngay_ban_hanh: str | None
    start: int  #: where the place name (or the date) begins in the line


def find_place_date(line: str) -> PlaceDate | None:
    """Read "Lạng Sơn, ngày 26 tháng 02 năm 2026" anywhere in a line.

    The place is the run of capitalised words right before the comma: place
    names are written in title case, codes and issuer lines in capitals.
    """
    date = _LONG_DATE.search(fold(line))
    if not date:
        return None
    iso = _date_iso(date.group("d"), date.group("m"), date.group("y"))
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
