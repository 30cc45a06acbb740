"""Small helpers of the generator."""

from __future__ import annotations

import random
from datetime import date

# ---------------------------------------------------------------------------
# Small helpers.
# ---------------------------------------------------------------------------

_PROPER_START = ("Đảng", "Nhân dân", "Nhà nước", "Ủy ban", "Mặt trận", "UBND", "HĐND", "Sở", "Ban", "Trung ương",
                 "Hội đồng", "Bộ", "Chính phủ", "Quốc hội", "Đề án", "Chương trình", "Kế hoạch", "Nghị quyết",
                 "Tháng", "Ngày hội", "Kỳ thi", "Đại hội", "CCHC", "ĐVHC", "Luật", "Tỉnh ủy", "Huyện ủy")
ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def low(text: str) -> str:
    if text.startswith(_PROPER_START) or (len(text) > 1 and text[1].isupper()):
        return text
    return text[:1].lower() + text[1:]


def pick_weighted(rng: random.Random, weights: dict):
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def dmy(d: date, rng: random.Random) -> str:
    """A date as citations print it: 06/02/2024, 25/9/2023."""
    month = f"{d.month:02d}" if (d.month < 3 or rng.random() < 0.35) else str(d.month)
    return f"{d.day:02d}/{month}/{d.year}"


def wrap_text(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))
