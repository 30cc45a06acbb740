"""Cut a cleaned document into its parts the way a văn thư reads it.

Header (issuer, số, place-date, type, trích yếu) → kính gửi → body (with
footnotes taken out) → nơi nhận and signature. Every rule looks at the shape
of a line (capitals, leading marker, position), never at particular words of
particular documents, and reads ``ocr_fold`` text so damaged text parses too.
"""

from __future__ import annotations

import re

from vanban.model import Parts
from vanban.text.letters import fold, is_upper_line
from vanban.text.shapes import BARE_SO, find_place_date, find_so_line, ocr_fold
from vanban.text.vocabulary import TYPE_WORDS

from .body import FOOTNOTE_ANCHOR

HEADER_WINDOW = 30  #: the header sits in the first lines of a document

MOTTO = re.compile(
    r"cong\s*hoa\s*xa\s*h[a-z]i\s*chu\s*ngh[a-z]a\s*viet\s*nam"
    r"|d[a-z]c\s*l[a-z]p\s*-?\s*t[a-z]\s*do\s*-?\s*h[a-z]nh\s*phuc"
    r"|[a-z]?ang\s*cong\s*san\s*viet\s*nam"
)
VV_LINE = re.compile(r"^\s*\**v\s*/\s*v\b\.?\s*:?\s*")
#: "Kính gửi:", or a công điện's sender before its addressees: "THỦ TƯỚNG CHÍNH PHỦ điện:".
_KINH_GUI = re.compile(r"^\s*\**(?:k[a-z]nh\s*g[a-z]{1,2}i|(?:[a-z]+\s+){1,8}dien(?=\s*:\s*\**\s*$))\s*\**\s*:?\s*")
_NOI_NHAN = re.compile(r"^\s*\**\s*n[a-z]i\s*nh[a-z]{1,2}n\s*\**\s*:?\s*\**\s*")
#: Signature authority prefixes (NĐ 30 art. 8, HD 36): TM., KT., Q., TL., TUQ.
_SIGN_PREFIX = r"(?:t\s*/\s*m|k\s*/\s*t|t\s*/\s*l|tm|™|kt|q|tl|tuq)\s*[.:]?\s+(?=\S)"
_SIGN_LINE = re.compile(rf"^\s*\**\s*{_SIGN_PREFIX}")
_SIGN_INSIDE = re.compile(rf"(?<=[;,.\s])\s*(?:{_SIGN_PREFIX}[a-z][a-z .]*$)")
_TYPE_LINE = {key for key, _ in TYPE_WORDS}
_FOOTNOTE_START = re.compile(r"^(\d{1,2})\s+(?=\S)(?!\d)")
_BODY_OPENERS = re.compile(r"^\s*(thuc hien|can cu|de nghi|theo|ngay|tiep)")


def split_parts(lines: list[str]) -> Parts:
    """Cut a document's cleaned lines into its parts (Nghị định 30/2020,
    Hướng dẫn 36-HD/VPTW): header, trích yếu, kính gửi, body, footnotes,
    nơi nhận and signature, recognised by what the lines say, not by position."""
    parts = Parts()
    folded = [ocr_fold(line) for line in lines]
    header_end, trich_start, trich_end = _find_header(lines, folded)
    parts.header = [lines[i] for i in range(header_end) if lines[i].strip()]
    parts.trich_yeu = [lines[i].strip() for i in range(trich_start, trich_end) if lines[i].strip()]
    body_start = max(header_end, trich_end)
    kinh_gui_end = body_start
    kg = _find(folded, _KINH_GUI, body_start, min(len(lines), body_start + HEADER_WINDOW))
    if kg is not None and _only_blank_or_short(lines, body_start, kg):
        parts.kinh_gui, kinh_gui_end = _read_kinh_gui(lines, folded, kg)
    body_end = _find_body_end(lines, folded, kinh_gui_end)
    body = lines[kinh_gui_end:body_end]
    parts.body, parts.footnotes = _take_footnotes(body)
    parts.noi_nhan, parts.signature = _read_tail(lines[body_end:], folded[body_end:])
    return parts


def _find(folded: list[str], pattern: re.Pattern, start: int, stop: int) -> int | None:
    for i in range(start, stop):
        if pattern.search(folded[i]):
            return i
    return None


def _only_blank_or_short(lines: list[str], start: int, stop: int) -> bool:
    return all(len(lines[i]) < 200 for i in range(start, stop))


def _find_header(lines: list[str], folded: list[str]) -> tuple[int, int, int]:
    """Return (end of header lines, start and end of the trích yếu lines)."""
    window = min(len(lines), HEADER_WINDOW)
    so = _first(lines, window, lambda i: _is_so_line(lines, folded, i))
    date = _first(lines, window, lambda i: _is_date_line(lines[i]))
    typ = _first(lines, window, lambda i: _is_type_line(lines[i], folded[i]))
    vv = _first(lines, window, lambda i: bool(VV_LINE.match(folded[i])))
    if so is not None and BARE_SO.fullmatch(folded[so]):
        so += 1  # "Số:" alone: its number, on the next line, is the header's too
    anchors = [i for i in (so, date) if i is not None]
    header_end = max(anchors) + 1 if anchors else 0
    if typ is not None and typ >= header_end - 2:
        start = _skip_blank(lines, typ + 1)
        return max(header_end, typ + 1), start, _block_end(lines, folded, start)
    if vv is not None:
        return max(header_end, vv), vv, _block_end(lines, folded, vv)
    if header_end:
        start = _skip_blank(lines, header_end)
        end = _block_end(lines, folded, start)
        if end - start <= 6 and not _BODY_OPENERS.match(folded[start] if start < len(lines) else "") \
                and not _KINH_GUI.match(folded[start] if start < len(lines) else "x"):
            return header_end, start, end
    return header_end, header_end, header_end


def _is_so_line(lines: list[str], folded: list[str], i: int) -> bool:
    """The header's "Số: …" line: printed with a capital ("số 92/2017/NĐ-CP" in
    lower case goes on a sentence), or "Số:" alone with the number below it."""
    if not lines[i].lstrip(" *|")[:1].isupper():
        return False
    if find_so_line(lines[i]) is not None:
        return True
    return bool(BARE_SO.fullmatch(folded[i])) and i + 1 < len(lines) \
        and lines[i + 1].lstrip()[:1].isdigit()


def _first(lines: list[str], window: int, test) -> int | None:
    return next((i for i in range(window) if lines[i].strip() and test(i)), None)


_ENDS_ON_YEAR = re.compile(r"\d{4}\W*$")


def _is_date_line(line: str) -> bool:
    """A header's place-and-date line, not a date in the body: it names a
    place ("Lạng Sơn, ngày ...") or is short and starts with "ngày"."""
    found = find_place_date(line)
    if found is None:
        return False
    # Without a place: the line is the date alone ("ngày 27 tháng 7 năm 2011 của Thủ tướng…" ends a title).
    return found.dia_danh is not None or (fold(line.strip())[:4] == "ngay" and bool(_ENDS_ON_YEAR.search(line)))


def _is_type_line(line: str, folded: str) -> bool:
    words = re.sub(r"[^a-z ]", "", folded).split()
    return is_upper_line(line) and " ".join(words) in _TYPE_LINE


def _skip_blank(lines: list[str], i: int) -> int:
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i


#: Lines that cannot belong to a title: where the body (or the rest of the
#: header) begins when no blank line marks it.
_NOT_TITLE = re.compile(
    r"^\s*(?:[-–]\s*)?(?:can cu|thuc hien|theo de nghi|xet de nghi|ngay \d|kinh gui|noi nhan|de |nham |tren co so"
    r"|sau khi|nam \d{4}|[ivxl]+\s*[.\-–]\s|\d{1,2}\s*[.)]\s)"
)


def _starts_part(line: str, folded: str) -> bool:
    """A line that opens the body or another part: capitalised (a title goes
    on in lower case: "ngày 18/5/2021 của...", "năm 2024 tỉnh...")."""
    first = line.lstrip(" -–")[:1]
    return bool(_NOT_TITLE.match(folded)) and (first.isupper() or first.isdigit())


def _is_motto_line(folded: str) -> bool:
    m = MOTTO.search(folded)
    return bool(m) and (m.end() - m.start()) >= 0.6 * len(folded.strip())
TITLE_MAX_LINES = 10


def _block_end(lines: list[str], folded: list[str], i: int) -> int:
    """End of a title or subject block starting at ``i``: a blank line, or a
    line that starts the body or another header part, or a line in capitals
    (the issuing authority of a decision), whichever comes first."""
    start, blanks, continued = i, 0, False
    while i < len(lines) and i - start - blanks < TITLE_MAX_LINES:
        if not lines[i].strip():
            if not _title_goes_on(lines, folded, start, i):
                break
            i, blanks, continued = i + 1, blanks + 1, True  # a blank line inside the title does not count
            continue
        line, f = lines[i], folded[i]
        if continued:  # _title_goes_on has looked at this line already
            continued = False
            i += 1
            continue
        if i > start and (_starts_part(line, f) or _is_motto_line(f) or _is_date_line(line)
                          or _is_so_line(lines, folded, i) or line.lstrip().startswith(("- ", "+ ", "• "))
                          or _KINH_GUI.match(f)
                          or (is_upper_line(line) and not is_upper_line(lines[start]))
                          or (is_upper_line(line) and _is_authority(lines, folded, i))):
            break
        if i == start and _KINH_GUI.match(f):
            break
        i += 1
    return i


#: Words a title line does not end on: the title goes on after them.
#: Besides function words: a type or treaty named before its number ("… thi hành Nghị quyết" / "số 197/…"),
#: a unit word before its place ("thuộc địa phận tỉnh" / "Lâm Đồng"; "cấp tỉnh" ends titles), "ngày"
#: before a date, a number cut at a joint ("18/2025/TT-").
_TITLE_CONTINUES = re.compile(
    r"(?:,|-|\b(?:va|cua|ve|thuoc|tai|cho|tren|trong|voi|den|tu|theo|nam|so|giai doan|ngay|thi hanh"
    r"|(?<!phan )(?<!cac )cap|nghi quyet|nghi dinh|thong tu|quyet dinh|chi thi|luat|phap lenh|hiep dinh|cong uoc"
    r"|(?<!cap )tinh|(?<!cap )huyen|(?<!cap )xa|thanh pho))\s*$")


#: The authority a decision is issued by, in capitals under its title: "BỘ TRƯỞNG BỘ CÔNG THƯƠNG".
_AUTHORITY = re.compile(r"^\s*(?:bo truong|chu tich|thu tuong|giam doc|chanh an|vien truong|tong|cuc truong"
                        r"|thong doc|chinh phu|quoc hoi|uy ban|hoi dong|ban chap hanh|ban thuong vu|truong ban)\b")
_RULE_LINE = re.compile(r"^[\W_]*$")
_CITED_NUMBER_END = re.compile(r"\b(?:số|SỐ)\s+\d[\w./-]*/[\w./-]+\s*$")


def _title_goes_on(lines: list[str], folded: list[str], start: int, blank: int) -> bool:
    """A title cut by a blank line (a web copy puts one between all its
    lines): it goes on when the next line is in lower case, or the last
    one stopped on a comma or a word a title does not end on, and the next
    is not the start of the body or another part."""
    nxt = _skip_blank(lines, blank)
    if blank == start or nxt >= len(lines) or nxt - blank > 1:
        return False
    line, f = lines[nxt], folded[nxt]
    if _RULE_LINE.match(line):
        return False  # the rule printed under a title ("________")
    if _CITED_NUMBER_END.search(lines[blank - 1]) and re.match(r"\s*(ngay|cua)\b", f):
        return True  # "… Nghị định số 181/2025/NĐ-CP" / "ngày 01 tháng 7 năm 2025 của Chính phủ …"
    if _starts_part(line, f) or _KINH_GUI.match(f) or _is_date_line(line) or _is_so_line(lines, folded, nxt):
        return False
    same_case = is_upper_line(line) == is_upper_line(lines[blank - 1])
    if is_upper_line(line) and is_upper_line(lines[blank - 1]) and not _is_authority(lines, folded, nxt) \
            and not _is_motto_line(f) and " ".join(re.sub(r"[^a-z ]", "", f).split()) not in _TYPE_LINE:
        return True  # a title in capitals, a blank line after each of its lines; not "BỘ TRƯỞNG…" under it
    return (line.strip()[:1].islower() and not is_upper_line(lines[blank - 1])) or \
        (same_case and bool(_TITLE_CONTINUES.search(folded[blank - 1].strip()))) or \
        (same_case and _in_one_line_blocks(lines, start, nxt) and _wrapped_title_line(lines[blank - 1], line, f))


_WRAPPED_AT = 40  #: a title line this long or longer was wrapped, not ended
_TITLE_LINE_MAX = 110  #: longer than this, a line is a body paragraph


def _is_authority(lines: list[str], folded: list[str], i: int) -> bool:
    """The authority line under a title ("ỦY BAN THƯỜNG VỤ QUỐC HỘI"), not a
    title line that starts alike ("HỘI ĐỒNG NHÂN DÂN CẤP TỈNH…" with the
    authority still below it): the body, not capitals, follows it."""
    if not _AUTHORITY.match(folded[i]):
        return False
    after = _skip_blank(lines, i + 1)
    return after >= len(lines) or not is_upper_line(lines[after])


def _in_one_line_blocks(lines: list[str], start: int, nxt: int) -> bool:
    """Whether the title so far and its next line each stand alone between
    blank lines, as a web copy cuts a wrapped title: a title whose lines
    follow each other ended at its first blank line (a body paragraph may be
    the next block)."""
    block = lines[start:nxt + 2]
    return all(not (a.strip() and b.strip()) for a, b in zip(block, block[1:]))


def _wrapped_title_line(previous: str, line: str, folded: str) -> bool:
    """A mixed-case title a web copy cut into blocks: the line before was
    long enough to have been wrapped and ends on no stop; the next is as
    short as a title line and opens no body ("Căn cứ…", "Theo đề nghị…")."""
    previous = previous.strip()
    return len(previous) >= _WRAPPED_AT and not previous.endswith((".", ";", ":")) \
        and len(line.strip()) <= _TITLE_LINE_MAX and not line.rstrip().endswith((":", ";")) \
        and not _BODY_OPENERS.match(folded) and not _NOT_TITLE.match(folded) and not is_upper_line(line) \
        and not line.lstrip().startswith(("-", "+", "•", "*"))


def _read_kinh_gui(lines: list[str], folded: list[str], i: int) -> tuple[list[str], int]:
    """Read "Kính gửi: A" or a "- A;" list under it; blank lines may separate items."""
    first = lines[i][_KINH_GUI.match(folded[i]).end():].strip()
    items = [first] if first else []
    j = i + 1
    while j < len(lines):
        text = lines[j].strip()
        if not text:
            nxt = _skip_blank(lines, j)
            goes_on = lines[nxt].strip()[:1] in "-+•" or bool(items) and items[-1].endswith((",", ":")) \
                if nxt < len(lines) else False
            if goes_on and not _ends_list(items):
                j = nxt
                continue
            break
        if text[:1] in "-+•" or not items:
            if items and _ends_list(items) and text[:1] not in "-+•":
                break
            items.append(text)
        elif _item_goes_on(items[-1], text, lines[j + 1] if j + 1 < len(lines) else "") and not _ends_list(items):
            items[-1] += " " + text  # an item wrapped onto the next line
        else:
            break  # the body begins ("Thực hiện...") with no blank line before it
        j += 1
    return [s for s in (_strip_item(t) for t in items) if s], j


def _item_goes_on(item: str, text: str, after: str) -> bool:
    """An addressee wrapped onto the next line: that line is in lower case,
    or the item stopped on a comma, or the line ends the item (";") or has
    the next item under it ("cơ quan thuộc" / "Chính phủ;" / "- Bí thư…")."""
    return text[:1].islower() or item.endswith((",", ":")) or (text.endswith(";") and text[:1].isalpha()) \
        or (after.lstrip()[:1] in ("-", "+", "•") and not text.endswith(":"))


def _ends_list(items: list[str]) -> bool:
    """A list item ending in "." closes the kính gửi list."""
    return bool(items) and items[-1].rstrip().endswith(".")


def _strip_item(text: str) -> str:
    return " ".join(text.replace("**", "").split()).lstrip("-+•* ").rstrip(";,. ").strip()


#: Words of a signer's position ("GIÁM ĐỐC", "PHÓ CHỦ TỊCH", "BÍ THƯ").
_POSITION = re.compile(r"\b(chu tich|giam doc|bi thu|truong|chanh|uy vien|tong cuc|cuc truong|thu ky|thu tuong"
                       r"|bo truong)\b")
_NAME = re.compile(r"^\**\s*([^\W\d_][^\W\d_']*\s+){1,5}[^\W\d_]+\s*\**$")
TAIL_WINDOW = 25  #: the signature sits in the last lines


def _find_body_end(lines: list[str], folded: list[str], start: int) -> int:
    """Where the body ends: at "Nơi nhận", or at the signature block,
    whichever comes first (either may come first in a document)."""
    ends = [len(lines)]
    ends += [i for i in range(start, len(lines)) if _NOI_NHAN.match(folded[i])][:1]
    ends += [i for i in range(start + 1, len(lines))
             if _SIGN_LINE.match(folded[i]) and is_upper_line(lines[i])][:1]
    plain = _plain_signature(lines, folded, start)
    if plain is not None:
        ends.append(plain)
    return min(ends)


def _plain_signature(lines: list[str], folded: list[str], start: int) -> int | None:
    """A signature with no TM./KT. prefix: position lines in capitals
    ("GIÁM ĐỐC") above the signer's name, near the end."""
    for i in range(len(lines) - 1, max(start, len(lines) - TAIL_WINDOW) - 1, -1):
        if not _NAME.match(lines[i].strip()) or is_upper_line(lines[i]):
            continue
        j = i - 1
        while j > start and (not lines[j].strip() or lines[j].strip().startswith("(")):
            j -= 1
        top = None
        while j > start and is_upper_line(lines[j]) and len(lines[j]) < 60 and _POSITION.search(folded[j]):
            top = j
            j -= 1
        if top is not None:
            return top
    return None


def _take_footnotes(body: list[str]) -> tuple[list[str], dict[int, str]]:
    """Lift footnotes that page breaks spliced into the body.

    A footnote starts, after a blank line, with its number and a space (list
    items have "1." or "1)"), numbered in sequence; it runs until a blank line
    or an indented line, where the body text of the next page resumes.
    """
    kept: list[str] = []
    notes: dict[int, str] = {}
    expected = 1
    i = 0
    while i < len(body):
        m = _FOOTNOTE_START.match(body[i])
        after_blank = i > 0 and not body[i - 1].strip()
        if m and after_blank and int(m.group(1)) == expected:
            text = [body[i][m.end():].strip()]
            i += 1
            while i < len(body) and body[i].strip() and not body[i].startswith(" "):
                nxt = _FOOTNOTE_START.match(body[i])
                if nxt and int(nxt.group(1)) == expected + 1:
                    break
                text.append(body[i].strip())
                i += 1
            notes[expected] = " ".join(text)
            _anchor_note(kept, expected)
            expected += 1
            if i < len(body) and body[i].startswith(" ") and kept and not kept[-1].strip():
                kept.pop()  # the body paragraph goes on across the page break
            continue
        kept.append(body[i])
        i += 1
    return kept, notes


def _anchor_note(kept: list[str], number: int) -> None:
    """Mark the last body line before the note: its reference goes there."""
    for i in range(len(kept) - 1, -1, -1):
        if kept[i].strip():
            kept[i] += f"{FOOTNOTE_ANCHOR}{number}{FOOTNOTE_ANCHOR}"
            return


def _read_tail(lines: list[str], folded: list[str]) -> tuple[list[str], list[str]]:
    """Split the lines after the body into nơi nhận items and signature lines.

    The two columns are often merged line by line ("- Bộ Nội vụ; KT. CHỦ TỊCH"):
    a signature part is cut off the end of a recipient line.
    """
    noi_nhan: list[str] = []
    signature: list[str] = []
    in_list = False
    for line, fold_line in zip(lines, folded):
        text, f = line.strip(), fold_line.strip()
        if not text:
            continue
        m = _NOI_NHAN.match(f)
        if m:
            in_list = True
            text, f = text[m.end():].strip(), f[m.end():].strip()
            if not text:
                continue
        recipient, sign = _split_columns(text, f)
        if recipient and (recipient[:1] in "-+•" or (in_list and not signature and not is_upper_line(recipient))):
            if recipient[:1] in "-+•" or not noi_nhan:
                noi_nhan.append(recipient)
            else:
                noi_nhan[-1] += " " + recipient
        elif recipient:
            signature.append(recipient)
        if sign:
            signature.append(sign)
    return [s for s in (_strip_item(t) for t in noi_nhan) if s], [s.replace("**", "").strip() for s in signature]


def _split_columns(text: str, folded: str) -> tuple[str, str]:
    """Return (left column, right column) of a line of the nơi nhận block."""
    if "  " in text:  # the column gap the extraction left
        left, right = (" ".join(part.split()) for part in text.split("  ", 1))
        if is_upper_line(right) or _NAME.match(right) or right.startswith("("):
            return left, right
        return " ".join(text.split()), ""
    if _SIGN_LINE.match(folded):
        return "", text
    m = _SIGN_INSIDE.search(folded)
    if m and is_upper_line(text[m.start():]):
        return text[: m.start()].strip(), text[m.start():].strip()
    # A trailing run of capitals after the recipient ("...; PHÓ CHỦ TỊCH").
    m = re.search(r"[;,.]\s+((?:[^\W\d_]{1,8}\s?){2,6})$", text)
    if m and text[:1] in "-+•" and is_upper_line(m.group(1)) and not is_upper_line(text[: m.start()]):
        return text[: m.start() + 1].strip(), m.group(1).strip()
    return text, ""
