"""A document named the way officials cite it.

"Kế hoạch số 61/KH-UBND ngày 26/02/2026 của Ủy ban nhân dân tỉnh Lạng Sơn
về thực hiện công tác dân vận chính quyền năm 2026 trên địa bàn tỉnh Lạng
Sơn": type, số ký hiệu, date, issuer, then the trích yếu after "về" with its
first word in lower case unless that word starts a name ("về Chỉ thị...",
"về Đảng ủy..."). Parts the document does not give are left out, never
guessed.
"""

from __future__ import annotations

import re

from vanban.model import Metadata
from vanban.text.letters import fold
from vanban.text.vocabulary import LOAI_VAN_BAN, NAME_PHRASES

#: Folded beginnings of a trích yếu that are names: they keep their capital.
_NAMES = tuple(sorted({fold(t).lower() for t in LOAI_VAN_BAN} | set(NAME_PHRASES) | {
    "dang", "nha nuoc", "quoc hoi", "chinh phu", "mat tran", "uy ban", "hoi dong", "tinh uy", "huyen uy",
    "thanh uy", "bo ", "so ", "ban ", "luat", "hien phap", "viet nam", "lang son", "ubnd", "hdnd", "doan ",
    "hoi ", "cong doan", "quan doi", "cong an", "trung uong", "bo chinh tri", "ban bi thu", "thu tuong",
}, key=len, reverse=True))
_ABOUT = re.compile(r"^(?:v/v|về việc|về)\s+", re.IGNORECASE)


def date_phrase(iso: str | None) -> str:
    """"2026-02-26" → "ngày 26/02/2026"; "2024-02" → "tháng 02/2024"; "2023" → "năm 2023"."""
    parts = str(iso or "").split("-")
    if len(parts) == 3:
        return f"ngày {parts[2]}/{parts[1]}/{parts[0]}"
    if len(parts) == 2:
        return f"tháng {parts[1]}/{parts[0]}"
    return f"năm {parts[0]}" if parts[0].isdigit() else ""


def about_phrase(trich_yeu: str | None) -> str:
    """The trích yếu as it follows a document's name: "về ..."."""
    text = " ".join(str(trich_yeu or "").split()).rstrip(" .;")
    if not text:
        return ""
    m = _ABOUT.match(text)
    lead = "về việc " if m and fold(m.group(0)).lower().startswith(("v/v", "ve viec")) else "về "
    text = text[m.end():] if m else text
    first = text.split(" ", 1)[0]
    folded = fold(text).lower() + " "
    keeps_capital = first.isupper() and len(first) > 1 or folded.startswith(_NAMES)
    return lead + (text if keeps_capital else text[:1].lower() + text[1:])


def official_citation(meta: Metadata) -> str:
    """How officials name the document in another document's text."""
    loai = str(meta.loai_van_ban or "Văn bản")
    so_ky_hieu = str(meta.so_ky_hieu or "")
    words = [loai]
    if so_ky_hieu and meta.so is not None:
        words.append(f"số {so_ky_hieu}")
    elif so_ky_hieu:
        words.append(f"ký hiệu {so_ky_hieu.lstrip('/')}")  # a number never filled in: the ký hiệu alone
    words.append(date_phrase(meta.ngay_ban_hanh))
    if meta.co_quan_ban_hanh:
        words.append(f"của {meta.co_quan_ban_hanh}")
    words.append(about_phrase(meta.trich_yeu))
    return " ".join(w for w in words if w)
