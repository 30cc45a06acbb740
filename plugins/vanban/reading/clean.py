"""Named clean-up steps over the lines of a decoded document.

Each step is ``list[str] -> list[str]`` and idempotent; ``STEPS`` gives the
order. Leading spaces survive on purpose: a line that starts indented right
after a footnote is where the page's body text resumes.
"""

from __future__ import annotations

import re

from vanban.text.letters import fold, is_upper_line
from vanban.text.shapes import find_place_date, find_so_line
from vanban.text.vocabulary import TYPE_WORDS

from .columns import separate_header_columns
from .unglue import split_glued_paragraphs

# Bidirectional controls too (U+202A-202E, U+2066-2069): they make text display other than it reads.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff\u00ad\u061c\u202a-\u202e\u2066-\u2069]")
_SPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u3000]"
_TABLE_CELL = re.compile(r"^\|\s+(?=\S)")  #: "| QUỐC HỘI": a cell of a flattened table
_ITALIC_START = re.compile(r"^\*(?=[^\s*])")  #: "*V/v hướng dẫn..." (a bullet "* item" has a space)
_ITALIC_END = re.compile(r"(?<=[^\s*])\*$")
_GAZETTE_HEAD = re.compile(r"^\s*cong bao\s*/\s*so\s*[\d\s+]+/\s*ngay\s*\d{1,2}-\d{1,2}-\d{4}\s*$")
_DATE_CUT = re.compile(r"\bngay(?:\s+\d{1,2}(?:\s+thang(?:\s+\d{1,2})?)?)?\s*$")  #: "ngày 19 tháng 11" / "năm 2025"
_DATE_GOES_ON = re.compile(r"^\s*(?:\d{1,2}\s+)?(?:thang|nam)\s*\d")
_YEAR_CUT = re.compile(r"\bngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s*$")  #: "ngày 18 tháng 11 năm" / "2025"
_YEAR_GOES_ON = re.compile(r"^\s*\d{4}\b")
#: Two or more spaces (or a tab) inside a line: the gap between the two
#: columns the extraction merged ("Nơi nhận:      KT. CHỦ TỊCH"); kept as
#: exactly two spaces so later steps can split there.
_COLUMN_GAP = re.compile(rf"{_SPACE}{{2,}}|\t")
_SPACES = re.compile(rf"{_SPACE}")
#: Digital-signature stamps printed by the signing software at the end.
_TIMESTAMP = re.compile(r"^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z)?\s*$")
#: A page number alone on its line: "2", "- 2 -", "Trang 2".
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?(?:[Tt]rang\s+)?\d{1,3}(?:\s*-)?\s*$")
#: A line of symbols only: the Party "*", rules, stray OCR specks.
_SYMBOLS_ONLY = re.compile(r"^\s*[^\w\s]{1,80}\s*$")


def normalise_spaces(lines: list[str]) -> list[str]:
    """Control characters out, runs of spaces as one, no trailing spaces."""
    out = []
    for line in lines:
        line = _CONTROL.sub("", line)
        indent = " " if line[:1] in (" ", "\t", "\u00a0") and line.strip() else ""
        out.append(indent + _SPACES.sub(" ", _COLUMN_GAP.sub("\0", line.strip())).replace("\0", "  "))
    return out


def strip_web_markup(lines: list[str]) -> list[str]:
    """What a web copy adds to the printed text: ``**bold**`` markers (even
    inside a word: "C**ỤC THUẾ**"), italics' ``*`` at either end of a line,
    and the cells of a flattened header table ("| QUỐC HỘI", a lone "|")."""
    out = []
    for line in lines:
        line = _TABLE_CELL.sub("", line.replace("**", ""))
        line = _ITALIC_END.sub("", _ITALIC_START.sub("", line))
        out.append("" if line.strip() == "|" else line)
    return out


#: Cyrillic capitals drawn like Latin ones, as they slip into codes ("TT-BTС" with a Cyrillic С).
_HOMOGLYPHS = str.maketrans("АВСЕНКМОРТХ", "ABCEHKMOPTX")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_MIXED_WORD = re.compile(r"[^\s]*[\u0400-\u04ff][^\s]*")


def latin_homoglyphs(lines: list[str]) -> list[str]:
    """A Cyrillic look-alike inside a word of Latin letters or a code is the
    Latin letter ("157/2025/TT-BTС" is "TT-BTC"); Cyrillic words stay."""
    return [_MIXED_WORD.sub(_latin_word, line) if _CYRILLIC.search(line) else line for line in lines]


def _latin_word(m: re.Match) -> str:
    word = m.group(0)
    return word.translate(_HOMOGLYPHS) if re.search(r"[0-9/A-Za-z]", word) else word


def join_split_dates(lines: list[str]) -> list[str]:
    """A place-and-date line wrapped after "ngày", its day, month or "năm"
    ("Hà Nội, ngày 20" / "tháng 11 năm 2025") is one line again, also when a
    web copy put a blank line between the two halves."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        # Fold only the ends the patterns look at: this runs on every line of every document.
        if out and _date_goes_on(fold(out[-1][-28:]), fold(line[:16])):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        elif out and not line.strip() and i + 1 < len(lines) \
                and _date_goes_on(fold(out[-1][-28:]), fold(lines[i + 1][:16])):
            out[-1] = out[-1].rstrip() + " " + lines[i + 1].strip()
            i += 1
        else:
            out.append(line)
        i += 1
    return out


_BARE_SO_LINE = re.compile(r"^\s*S[ốố]\s*:?\s*$")  #: "Số:" alone, its number under it
_NUMBER_START = re.compile(r"^\s*[\d/]")


def join_bare_so(lines: list[str]) -> list[str]:
    """"Số:" alone on its line takes the number printed under it ("Số:" /
    "81/2025/QĐ-UBND"), also across the blank line a web copy put between."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = i + 1 if i + 1 < len(lines) and lines[i + 1].strip() else i + 2
        if _BARE_SO_LINE.match(line) and nxt < len(lines) and _NUMBER_START.match(lines[nxt]):
            out.append(f"{line.strip()} {lines[nxt].strip()}")
            i = nxt + 1
            continue
        out.append(line)
        i += 1
    return out


def _date_goes_on(end: str, start: str) -> bool:
    return bool(_DATE_CUT.search(end) and _DATE_GOES_ON.match(start)
                or _YEAR_CUT.search(end) and _YEAR_GOES_ON.match(start))


#: A type name printed over two lines in capitals: "QUYẾT" / "ĐỊNH", "KẾ" / "HOẠCH".
_TYPE_NAMES = {folded for folded, _ in TYPE_WORDS if " " in folded}


def join_split_types(lines: list[str]) -> list[str]:
    """A type name cut over two capital lines ("**QUYẾT" / "ĐỊNH**" in a web
    copy) is one line again, so the header ends where its type stands."""
    out: list[str] = []
    for line in lines:
        if out and is_upper_line(line) and is_upper_line(out[-1]) and len(out[-1]) < 20 and len(line) < 20 \
                and f"{fold(out[-1]).strip()} {fold(line).strip()}" in _TYPE_NAMES:
            out[-1] = f"{out[-1].strip()} {line.strip()}"
        else:
            out.append(line)
    return out


def drop_running_heads(lines: list[str]) -> list[str]:
    """The Official Gazette's head on every page ("CÔNG BÁO/Số 361 + 362/Ngày
    28-02-2025") and the page number printed beside it."""
    out: list[str] = []
    skip_number = False
    for line in lines:
        if len(line) < 80 and _GAZETTE_HEAD.match(fold(line)):
            if out and _PAGE_NUMBER.match(out[-1]):
                out.pop()
            skip_number = True
            continue
        if skip_number and _PAGE_NUMBER.match(line):
            skip_number = False
            continue
        skip_number = skip_number and not line.strip()
        out.append(line)
    return out


def drop_timestamps(lines: list[str]) -> list[str]:
    """Lines that are only a printing or signing timestamp go."""
    return [line for line in lines if not _TIMESTAMP.match(line)]


def drop_page_numbers(lines: list[str]) -> list[str]:
    """Drop a bare number standing alone between blank lines (a page number)."""
    out = []
    for i, line in enumerate(lines):
        before = lines[i - 1].strip() if i > 0 else ""
        after = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if _PAGE_NUMBER.match(line) and not before and not after:
            continue
        out.append(line)
    return out


def drop_symbol_lines(lines: list[str]) -> list[str]:
    """A line of symbols (a rule "-----", the Party "*") becomes a blank
    line: it carried no text, but it did separate two parts."""
    return ["" if _SYMBOLS_ONLY.match(line) else line for line in lines]


def collapse_blank_lines(lines: list[str]) -> list[str]:
    """At most one blank line in a row, none at the start."""
    out: list[str] = []
    for line in lines:
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line)
    while out and not out[-1].strip():
        out.pop()
    return out


#: The national motto's first line, folded: where a header's block is.
_MOTTO_START = re.compile(r"^\W*cong hoa xa hoi chu nghia viet nam\b")
_DISPLACED_WITHIN = 400  #: how far down a displaced header is looked for: its first pages
#: Body lines: a header after one of them is out of place.
_BODY_LINE = re.compile(r"^\W*(?:can cu\b|dieu \d+\s*\.)")


def lift_displaced_header(lines: list[str]) -> list[str]:
    """A header the PDF extraction put after the first page's text (the
    Gazette: title and "Căn cứ" lines first, then "BỘ TÀI CHÍNH", the motto,
    "Số: 41/2026/TT-BTC", the place and date) goes back on top: the issuer
    lines above the motto down to the place-and-date line under it, when
    that block holds a "Số:" line and body lines ("Căn cứ…", "Điều 1.")
    stand above it."""
    motto = next((i for i in range(min(len(lines), _DISPLACED_WITHIN)) if _MOTTO_START.match(fold(lines[i]))), None)
    if motto is None:
        return lines
    start = motto
    while start > 0 and (not lines[start - 1].strip() or find_so_line(lines[start - 1])
                         or (is_upper_line(lines[start - 1]) and motto - start < 6)):
        start -= 1
    end = next((i for i in range(motto, min(len(lines), motto + 9)) if find_place_date(lines[i])), None)
    if end is None or not any(find_so_line(line) for line in lines[start:end + 1]) \
            or not any(_BODY_LINE.match(fold(line)) for line in lines[:start]):
        return lines
    return lines[start:end + 1] + [""] + lines[:start] + lines[end + 1:]


STEPS = (separate_header_columns, normalise_spaces, latin_homoglyphs, strip_web_markup, split_glued_paragraphs,
         join_split_dates, join_bare_so, join_split_types, drop_running_heads, drop_timestamps, drop_page_numbers,
         drop_symbol_lines, lift_displaced_header, collapse_blank_lines)


def clean_lines(text: str) -> list[str]:
    """Decoded text as clean lines: ``STEPS`` in order (spaces, timestamps,
    page numbers, lines of symbols only, blank runs)."""
    lines = text.split("\n")
    for step in STEPS:
        lines = step(lines)
    return lines
