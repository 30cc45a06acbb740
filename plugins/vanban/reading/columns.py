"""A header printed as a two-column table and taken as text side by side
(a PDF's text layer, a table copied as text): "ỦY BAN NHÂN DÂN      CỘNG HÒA
XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Số: 81/2025/QĐ-UBND   Đà Nẵng, ngày 17…". Its
left column (the issuer, the number) and its right one (the motto, the
place and date) are put one after the other, as a web copy flattens them,
so the header is read by what its parts say and not row by row.

This runs on the lines as decoded, before spaces are collapsed: where a
right-hand cell begins is only known from them.
"""

from __future__ import annotations

import re

from vanban.text.letters import fold

_GAP = re.compile(r"\S(\s{2,}|\t+)(?=\S)")
_FIRST_ROWS = 8  #: the header table starts in the first lines (a Gazette head may stand above it)
_LAST_ROW = 18  #: and ends before this one
_ROW_MAX = 160  #: a row of the table is short; a longer line is a paragraph (or a document glued into one)
_MOTTO = re.compile(r"cong\s*hoa\s*xa\s*hoi|doc\s*lap\s*-?\s*tu\s*do|dang\s*cong\s*san\s*viet\s*nam")
_DATE_OPEN = re.compile(r"\bngay\b")
_YEAR = re.compile(r"\bnam\s*\d{4}|\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}")


def _cells(line: str) -> tuple[str, str] | None:
    """(left, right) of a row with a column gap; right alone ("", cell) for an
    indented row; None for a row with no gap."""
    stripped = line.strip()
    if not stripped or len(stripped) > _ROW_MAX:
        return None
    gap = _GAP.search(line.rstrip())
    if gap and line[: gap.start() + 1].strip():
        return line[: gap.start() + 1].strip(), line[gap.end():].strip()
    if line[:1] in (" ", "\t") and len(line) - len(line.lstrip()) >= 8:
        return "", stripped
    return None


_BARE_SO = re.compile(r"^s[a-z0-9]?\s*:?$")


def _left_open(cell: str) -> bool:
    """A left-hand cell whose rest is on the next row: "Số:" alone, a number cut at a joint."""
    return bool(_BARE_SO.match(fold(cell).lower().strip())) or cell.endswith(("-", "/"))


def _date_open(right: list[str]) -> bool:
    """Whether the right column's place and date has begun and not yet ended."""
    text = fold(" ".join(right)).lower()
    opened = _DATE_OPEN.search(text)
    return bool(opened) and not _YEAR.search(text, opened.start())


def separate_header_columns(lines: list[str]) -> list[str]:
    """The header table's left column, then its right one; lines elsewhere,
    and documents without such a table, as they were."""
    rows = [(i, _cells(line)) for i, line in enumerate(lines[:_LAST_ROW])]
    gapped = [i for i, cells in rows if cells and cells[0]]
    if not gapped or gapped[0] >= _FIRST_ROWS + _blank_rows(lines, gapped[0]):
        return lines
    start, end = gapped[0], _table_end(lines, gapped)
    left: list[str] = []
    right: list[str] = []
    for i in range(start, end):
        cells = _cells(lines[i])
        if cells is None:
            left += [lines[i].strip()] if lines[i].strip() else []
            continue
        left += [cells[0]] if cells[0] else []
        right += [cells[1]] if cells[1] else []
    while end < min(len(lines), _LAST_ROW) and _date_open(right) and (_cells(lines[end]) or (None,))[0] == "":
        right.append(lines[end].strip())  # "Hà Nội, ngày 26" / "tháng 11 năm 2025": a right-hand cell wrapped
        end += 1
    while end < min(len(lines), _LAST_ROW) and left and _left_open(left[-1]) and _cells(lines[end]) is None \
            and lines[end].strip():
        left.append(lines[end].strip())  # "Số:" / "5662/CT-CS": the number under it, the right column done
        end += 1
    if not _MOTTO.search(fold(" ".join(right)).lower()) and not _DATE_OPEN.search(fold(" ".join(right)).lower()):
        return lines  # no header table: two columns of something else
    return lines[:start] + left + right + lines[end:]


def _table_end(lines: list[str], gapped: list[int]) -> int:
    """After the last row of the table that the header's rows, close together,
    make: a gap row more than two lines of text below the one before is no
    part of it (the nơi nhận and signature of a short letter side by side)."""
    end = gapped[0]
    for i in gapped:
        if sum(1 for line in lines[end + 1:i] if line.strip()) > 2:
            break
        end = i
    return end + 1


def _blank_rows(lines: list[str], stop: int) -> int:
    return sum(1 for line in lines[:stop] if not line.strip())
