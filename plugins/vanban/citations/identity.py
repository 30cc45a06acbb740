"""Which document a citation names: its number, read with its year.

State bodies restart numbering every year and Party bodies every term, so
"37/KH-UBND" of 2024 and of 2023 are two documents, while "37/KH-UBND" and
"37/kh-ubnd " are one. The graph, the citation notes and the site all key
cited documents this way.
"""

from __future__ import annotations

import re

from vanban.text.letters import fold


def number_key(so_ky_hieu: str) -> str:
    """"37/KH-UBND" and "37/kh-ubnd " are one key; "Đ" and "D" too (OCR)."""
    return re.sub(r"\s+", "", fold(so_ky_hieu))


def citation_year(so_ky_hieu: str | None, ngay_ban_hanh: str | None) -> str | None:
    """The year a citation pins: its date's, or the one in "59/2023/NĐ-CP"."""
    if ngay_ban_hanh:
        return str(ngay_ban_hanh)[:4]
    m = re.search(r"/((?:19|20)\d\d)/", so_ky_hieu or "")
    return m.group(1) if m else None
