"""Find citations of other documents in a text.

"Chỉ thị số 26-CT/TU, ngày 25/9/2023 của Ban Thường vụ Tỉnh ủy": a type word,
an optional "số", the số ký hiệu, an optional date and an optional issuer.
The type word is found on ``ocr_fold`` text (so "Chi thj", "K& hoach" match),
the number on the original text with the OCR slips seen around it
("s6180-HD", "50 37- -NQ/TW").
"""

from __future__ import annotations

import re

from .model import Citation
from .patterns import _KY_HIEU, _date_iso, _LONG_DATE, _SHORT_DATE, normalise_so_ky_hieu, ocr_fold
from .vocabulary import LOAI_VAN_BAN
from .vietnamese import VIETNAMESE_ONLY, fold


def _type_pattern(name: str, fuzzy: bool) -> str:
    """Regex for a folded type word; ``fuzzy`` lets OCR change the vowels
    ("Hudng dan", "Chi thj"), keeping the consonants that frame them."""
    words = []
    for word in fold(name).split():
        if fuzzy and len(word) >= 2:
            w = re.sub(r"[aeiouy]+", lambda m: "[a-z]{1,%d}" % (len(m.group(0)) + 1), word)
        else:
            w = re.escape(word)
        if word.startswith("d"):
            w = "[dpb]" + w[1:]
        words.append(w)
    return r"\s+".join(words)


_TYPES = sorted(LOAI_VAN_BAN, key=lambda n: -len(n))
# Exact spellings first: at one position the first alternative that matches wins.
_TYPE_RE = re.compile(r"(?<![\w])(?:" + "|".join(
    [f"(?P<t{i}>{_type_pattern(n, False)})" for i, n in enumerate(_TYPES)]
    + [f"(?P<f{i}>{_type_pattern(n, True)})" for i, n in enumerate(_TYPES)]) + r")(?![\w])")
# "số" as printed or as OCR left it: "số", "s6", "sé6", "sb", "sd", "$6",
# "50" (then a space), or glued to the number ("s6180-HD" is số 180).
_SO_WORD = r"(?:[Ss][6o0ôố](?=\d)|[Ss]\S{0,3}?[:.]\s*(?=\d)|[Ss$§5]\S{0,3}\s+(?=\d))?"
_NUMBER = re.compile(rf"\s*{_SO_WORD}(?P<so>\d{{1,5}})\s*(?P<sep>[-/]?)\s*(?:-\s*)?(?P<kh>{_KY_HIEU})")
_OF = re.compile(r"\s*,?\s*c[a-z]{0,2}a\s+")
_ISSUER_STOP = re.compile(
    r"\s+(?:ve|quy dinh|huong dan|trien khai|phe duyet|ban hanh|tuyen truyen|thuc hien|nham|tai|theo|gui)(?=\W|$)"
    r"|[;,.()“”\"]|\s+ngay\s|\s+va\s+(?=" + _TYPE_RE.pattern + ")"
)
MAX_ISSUER_WORDS = 10


def find_citations(text: str) -> list[Citation]:
    folded = ocr_fold(text)
    found: list[Citation] = []
    for m in _TYPE_RE.finditer(folded):
        name = _TYPES[int(m.lastgroup[1:])]
        number = _NUMBER.match(text, m.end())
        if not number:
            continue
        parsed = normalise_so_ky_hieu(number.group("so"), number.group("sep"), number.group("kh"))
        if parsed is None or parsed.so is None:
            continue
        so_ky_hieu = _agree_with_type(parsed.so_ky_hieu, name)
        end = number.end()
        date, end = _date_after(folded, end)
        issuer, end = _issuer_after(text, folded, end)
        found.append(Citation(name, so_ky_hieu, date, issuer, text[m.start():end], m.start(), end))
    return found


_DATE_LEAD = re.compile(r"\s*,?\s*(?:ban hanh\s+)?")
_NGAY = re.compile(r"ngay\s*")


def _date_after(folded: str, pos: int) -> tuple[str | None, int]:
    lead = _DATE_LEAD.match(folded, pos).end()
    d = _LONG_DATE.match(folded, lead)
    if not d:
        ngay = _NGAY.match(folded, lead)
        d = _SHORT_DATE.match(folded, ngay.end() if ngay else lead)
    if d:
        iso = _date_iso(d.group("d"), d.group("m"), d.group("y"))
        if iso:
            return iso, d.end()
    return None, pos


def _agree_with_type(so_ky_hieu: str, name: str) -> str:
    """Write the type code as the type word says: "Đề án 05-DA/TU" → "05-ĐA/TU",
    and "Chỉ thị 27/ICT-TTg" → "27/CT-TTg" (OCR reads a stroke beside a slash)."""
    code = LOAI_VAN_BAN[name]

    def agree(m: re.Match) -> str:
        segment = fold(m.group(0))
        if segment == fold(code) or (segment[1:] == fold(code) and m.group(0)[0] in "Il|"):
            return code
        return m.group(0)

    return re.sub(r"(?<=[-/])[A-Za-zĐđ|]+(?=[-/])|(?<=[-/])[A-Za-zĐđ|]+$", agree, so_ky_hieu, count=1)


#: Lower-case words that belong inside an issuer's name ("Ban Thường vụ
#: Tỉnh ủy", "UBND tỉnh", "Bộ Chính trị khóa XII"); another lower-case word
#: ends the name ("UBND tỉnh cải cách hành chính" → "UBND tỉnh").
_ISSUER_WORDS = set(
    "tinh huyen xa phuong quan thi tran thanh pho khoa nhan dan thuong vu truc chap hanh uy bo "
    "chinh tri phu bi thu tuyen giao van to chuc kiem tra cac co va tuong hoi dong ban trung uong "
    "dang quoc khoi mat nong nghiep cong an quan su".split()
)


def _issuer_words(words: list[str]) -> list[str]:
    kept = []
    for i, word in enumerate(words):
        if fold(word) == "va" and (i + 1 == len(words) or not words[i + 1][:1].isupper()):
            break  # "Tỉnh ủy và lãnh đạo": the name ended; "Thông tin và Truyền thông" goes on
        key = re.sub(r"[^a-z0-9]", "", ocr_fold(word))
        marked = any(ch in VIETNAMESE_ONLY for ch in word)
        if word[:1].isupper() or word[:1].isdigit() or key in _ISSUER_WORDS or not marked:
            kept.append(word)  # an unmarked word may be an OCR-damaged name word
        else:
            break
    return kept


def _issuer_after(text: str, folded: str, pos: int) -> tuple[str | None, int]:
    m = _OF.match(folded, pos)
    if not m:
        return None, pos
    stop = _ISSUER_STOP.search(folded, m.end())
    end = stop.start() if stop else len(text)
    words = _issuer_words(text[m.end(): end].split())[:MAX_ISSUER_WORDS]
    if not words:
        return None, pos
    issuer = " ".join(words)
    return issuer, m.end() + len(text[m.end():].split(issuer, 1)[0]) + len(issuer)


def unique_citations(citations: list[Citation]) -> list[Citation]:
    """One entry per cited number, first appearance first, details merged."""
    by_key: dict[str, Citation] = {}
    for c in citations:
        key = fold(c.so_ky_hieu or "")
        first = by_key.get(key)
        if first is None:
            by_key[key] = Citation(c.loai_van_ban, c.so_ky_hieu, c.ngay_ban_hanh, c.co_quan_ban_hanh, c.text, c.start, c.end)
            continue
        first.ngay_ban_hanh = first.ngay_ban_hanh or c.ngay_ban_hanh
        first.co_quan_ban_hanh = first.co_quan_ban_hanh or c.co_quan_ban_hanh
    return list(by_key.values())
