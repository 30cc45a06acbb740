"""Find citations of other documents in a text.

"Chỉ thị số 26-CT/TU, ngày 25/9/2023 của Ban Thường vụ Tỉnh ủy": a type word,
an optional "số", the số ký hiệu, an optional date and an optional issuer.
The type word is found on ``ocr_fold`` text (so "Chi thj", "K& hoach" match),
the number on the original text with the OCR slips seen around it
("s6180-HD", "50 37- -NQ/TW").
"""

from __future__ import annotations

import re

from vanban.model import Citation
from vanban.text.letters import fold
from vanban.text.shapes import (
    KY_HIEU,
    LONG_DATE,
    SHORT_DATE,
    date_iso,
    normalise_so_ky_hieu,
    ocr_fold,
    type_from_so_ky_hieu,
)
from vanban.text.vocabulary import LOAI_VAN_BAN


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


#: "Văn bản số 1874/BNV-TCBC": a citation naming no type; the ký hiệu tells it.
GENERIC = "Văn bản"
_TYPES = sorted([*LOAI_VAN_BAN, GENERIC], key=lambda n: -len(n))
_TYPE_EXACT = re.compile(r"(?<![\w])(?:" + "|".join(
    f"(?P<t{i}>{_type_pattern(n, False)})" for i, n in enumerate(_TYPES)) + r")(?![\w])")
_TYPE_FUZZY = re.compile(r"(?<![\w])(?:" + "|".join(
    f"(?P<f{i}>{_type_pattern(n, True)})" for i, n in enumerate(_TYPES)) + r")(?![\w])")
#: Types cited with their name before the number: "Luật Đất đai số 31/2024/QH15".
_NAMED_TYPES = {"Luật", "Pháp lệnh", "Hiến pháp"}
# "số" as printed or as OCR left it: "số", "s6", "sé6", "sb", "sd", "$6",
# "50" (then a space), or glued to the number ("s6180-HD" is số 180).
_SO_WORD = r"(?:[Ss][6o0ôố](?=\d)|[Ss]\S{0,3}?[:.]\s*(?=[Oo]?\d)|[Ss$§5]\S{0,3}\s+(?=[Oo]?\d))?"
# The number may start with the letter O OCR reads for a zero ("O5-CT/TW").
_NUMBER = re.compile(rf"\s*{_SO_WORD}(?P<so>[Oo]?\d{{1,5}})\s*(?P<sep>[-/]?)\s*(?:-\s*)?(?P<kh>{KY_HIEU})"
                     r"(?P<term>(?<=QH) \d{1,2}\b)?")
_OF = re.compile(r"\s*,?\s*c[a-z]{0,2}a\s+")
_ISSUER_STOP = re.compile(
    r"\s+(?:ve|quy dinh|huong dan|trien khai|phe duyet|ban hanh|tuyen truyen|thuc hien|nham|tai|theo|gui)(?=\W|$)"
    r"|[;,.()“”\"]|\s+ngay\s|\s+va\s+(?=" + _TYPE_EXACT.pattern + ")"
)
MAX_ISSUER_WORDS = 10


#: A number with a code part ("26-", "37/"): where a citation's number is.
#: Type words are tried only at the word starts just before one: the type
#: regex is slow to run over a whole text.
_NUMBER_HINT = re.compile(r"(?<![\d])[Oo]?\d{1,5}\s*[-/]")
_WORD_START = re.compile(r"(?<![\w@&€¢§$|])[\w@&€¢§$|]")
TYPE_WINDOW = 48
NAMED_WINDOW = 130


def _citation_at(text: str, folded: str, number_start: int, after: int):
    """The type word and number of a citation whose number starts at
    ``number_start``: the nearest type word before it that the number
    follows, exact spellings before OCR-damaged ones."""
    # A named law puts its name between the type and "số": look further back.
    window = NAMED_WINDOW if folded[max(0, number_start - 4):number_start].rstrip().endswith("so") else TYPE_WINDOW
    lo = max(after, number_start - window)
    starts = [w.start() for w in _WORD_START.finditer(folded, lo, number_start)]
    for pattern in (_TYPE_EXACT, _TYPE_FUZZY):
        for start in reversed(starts):
            m = pattern.match(folded, start, number_start)
            if not m:
                continue
            name = _TYPES[int(m.lastgroup[1:])]
            end = m.end()
            if name in _NAMED_TYPES:
                # "Luật <name> số 30/...": the name runs to the last "số" before the number.
                so = folded.rfind(" so", end, number_start)
                end = so if so > end else end
            number = _NUMBER.match(text, end)
            if number and number.start("so") <= number_start + 1:
                return m, name, number
    return None


def find_citations(text: str) -> list[Citation]:
    """Every citation of another document in ``text``, in order: type, số ký hiệu,
    date and issuer as cited, and where the cited words stand (offsets into
    ``text``). Reads OCR-damaged text too (``s6`` for ``số``, ``Q§`` for ``QĐ``)."""
    folded = ocr_fold(text)
    found: list[Citation] = []
    done = 0
    for hint in _NUMBER_HINT.finditer(folded):
        if hint.start() < done:
            continue
        hit = _citation_at(text, folded, hint.start(), done)
        if hit is None:
            continue
        m, name, number = hit
        so = re.sub("^[Oo]", "0", number.group("so"))
        kh = number.group("kh") + (number.group("term") or "").strip()
        parsed = normalise_so_ky_hieu(so, number.group("sep"), kh)
        if parsed is None or parsed.so is None:
            continue
        if name == GENERIC:
            name = type_from_so_ky_hieu(parsed.so_ky_hieu) or GENERIC
        so_ky_hieu = _agree_with_type(parsed.so_ky_hieu, name)
        end = number.end()
        date, end = _date_after(folded, end)
        issuer, end = _issuer_after(text, folded, end)
        found.append(Citation(name, so_ky_hieu, date, issuer, text[m.start():end], m.start(), end))
        done = end
    return found


_DATE_LEAD = re.compile(r"\s*,?\s*(?:ban hanh\s+)?")
_NGAY = re.compile(r"ngay\s*")


def _date_after(folded: str, pos: int) -> tuple[str | None, int]:
    lead = _DATE_LEAD.match(folded, pos).end()
    d = LONG_DATE.match(folded, lead)
    if not d:
        ngay = _NGAY.match(folded, lead)
        d = SHORT_DATE.match(folded, ngay.end() if ngay else lead)
    if d:
        iso = date_iso(d.group("d"), d.group("m"), d.group("y"))
        if iso:
            return iso, d.end()
    return None, pos


def _agree_with_type(so_ky_hieu: str, name: str) -> str:
    """Write the type code as the type word says: "Đề án 05-DA/TU" → "05-ĐA/TU",
    and "Chỉ thị 27/ICT-TTg" → "27/CT-TTg" (OCR reads a stroke beside a slash)."""
    code = LOAI_VAN_BAN.get(name, "")

    def agree(m: re.Match) -> str:
        segment = fold(m.group(0))
        if segment == fold(code) or (segment[1:] == fold(code) and m.group(0)[0] in "Il|"):
            return code
        return m.group(0)

    return re.sub(r"(?<=[-/])[A-Za-zĐđ|]+(?=[-/])|(?<=[-/])[A-Za-zĐđ|]+$", agree, so_ky_hieu, count=1)


#: Lower-case words of agency names ("Ban Thường vụ Tỉnh ủy", "UBND tỉnh",
#: "Sở Giáo dục và Đào tạo", "Chủ tịch UBND tỉnh", "Bộ Chính trị khóa XII");
#: another lower-case word ends the name ("UBND tỉnh cải cách hành chính").
_ISSUER_WORDS = set(
    "tinh huyen xa phuong quan thi tran thanh pho khoa nhan dan thuong vu truc chap hanh uy bo "
    "chinh tri phu bi thu tuyen giao van to chuc kiem tra cac co va tuong hoi dong ban trung uong "
    "dang quoc khoi mat nong nghiep cong an quan su tich truong nghi dao chi duc tao te y phong chong "
    "thien tai tim kiem cuu nan thong tin truyen hoa the thao du lich nguyen moi lao thuong binh "
    "ke hoach dau tu hoc nghe xay dung van tai phap noi ngoai ninh toan ngan hang nha nuoc hai thue "
    "kho bac bao hiem lien doan hiep phu nu cuu chien nien san ho minh bien gioi toc ton ky su "
    "giam doc pho sinh hoat cap dai bieu lanh cuc vien quy hoach kinh tep khu che xuat cong nghiep "
    "tong hop dieu tri tam ly lanh su bo sung chuong trinh muc tieu gia".split()
)
def _issuer_words(words: list[str]) -> list[str]:
    kept = []
    for i, word in enumerate(words):
        if word in ("-", "–") and i + 1 < len(words) and words[i + 1][:1].isupper():
            kept.append(word)  # "Bộ Lao động - Thương binh và Xã hội"
            continue
        if fold(word) == "va" and (i + 1 == len(words) or not words[i + 1][:1].isupper()):
            break  # "Tỉnh ủy và lãnh đạo": the name ended; "Thông tin và Truyền thông" goes on
        key = re.sub(r"[^a-z0-9]", "", ocr_fold(word))
        if word[:1].isupper() or word[:1].isdigit() or key in _ISSUER_WORDS:
            kept.append(word)
        else:
            break
    return kept


def _issuer_after(text: str, folded: str, pos: int) -> tuple[str | None, int]:
    m = _OF.match(folded, pos)
    if not m:
        return None, pos
    stop = _ISSUER_STOP.search(folded, m.end())
    # A stop word ends the name only in lower case: "tại" ends it, "Tài" is in "Sở Tài chính".
    while stop and stop.group(0).strip()[:1].isalpha() and text[stop.start() + len(stop.group(0)) -
                                                               len(stop.group(0).lstrip()):][:1].isupper():
        stop = _ISSUER_STOP.search(folded, stop.end())
    end = stop.start() if stop else len(text)
    words = _issuer_words(text[m.end(): end].split())[:MAX_ISSUER_WORDS]
    if not words:
        return None, pos
    issuer = " ".join(words)
    return issuer, m.end() + len(text[m.end():].split(issuer, 1)[0]) + len(issuer)


#: "Nghị quyết của HĐND tỉnh về việc sáp nhập...": a document named by its
#: type and issuer but no number. Capitalised, as a particular document is
#: written; "các nghị quyết của Đảng" is not one.
_MENTION = re.compile(r"(?<![\w])(?P<type>" + "|".join(re.escape(n) for n in _TYPES if n != GENERIC) + r")\s+của\s+")


def find_mentions(text: str) -> list[Citation]:
    """Documents cited by type and issuer without a number (kept unresolved)."""
    found = []
    folded = None  # folded once, not once per mention: a long line holds hundreds
    for m in _MENTION.finditer(text):
        before = text[max(0, m.start() - 12):m.start()].lower().split()
        if before and before[-1] in ("các", "những", "mọi"):
            continue
        folded = ocr_fold(text) if folded is None else folded
        issuer, end = _issuer_after(text, folded, m.end("type"))
        if issuer:
            found.append(Citation(m.group("type"), None, None, issuer, text[m.start():end], m.start(), end))
    return found


def _issuer_key(text: str) -> str:
    """"HĐND tỉnh" and "Hội đồng nhân dân tỉnh" name one body."""
    key = " ".join(fold(text).split())
    for short, long in (("ubnd", "uy ban nhan dan"), ("hdnd", "hoi dong nhan dan"), ("mttq", "mat tran to quoc")):
        key = re.sub(rf"\b{short}\b", long, key)
    return key


def unique_citations(citations: list[Citation]) -> list[Citation]:
    """One entry per cited number, first appearance first, details merged."""
    by_key: dict[str, Citation] = {}
    for c in citations:
        key = fold(c.so_ky_hieu or "") or "mention:" + _issuer_key(f"{c.loai_van_ban} {c.co_quan_ban_hanh}")
        first = by_key.get(key)
        if first is None:
            by_key[key] = Citation(c.loai_van_ban, c.so_ky_hieu, c.ngay_ban_hanh, c.co_quan_ban_hanh, c.text,
                                   c.start, c.end)
            continue
        first.ngay_ban_hanh = first.ngay_ban_hanh or c.ngay_ban_hanh
        first.co_quan_ban_hanh = first.co_quan_ban_hanh or c.co_quan_ban_hanh
    return list(by_key.values())
