"""A document as printed: header, signature, nơi nhận, layout."""

from __future__ import annotations

import math
import random
from datetime import date

from .bank import Bank
from .phrases import FOOTNOTE_SENTENCE, NOI_NHAN, RECIPIENTS, SECTOR_RECIPIENTS, localise
from .plan import Doc, titles_of
from .util import utf8_len, wrap_text
from .world import PROVINCE, REFORM_ORD, SIZE_FACTOR, TYPE_LINE, term_of
from .writer import Writer, hdnd_term, write_body

# ---------------------------------------------------------------------------
# Header, signature, layout.
# ---------------------------------------------------------------------------

def _date_line(doc: Doc, rng: random.Random) -> str:
    d = date.fromordinal(doc.ordinal)
    place = doc.issuer.place
    style = rng.random()
    day = f"{d.day:02d}"
    month = f"{d.month:02d}" if (d.month < 3 or style < 0.12) else str(d.month)
    if doc.blank_day:
        day = " " * rng.randint(1, 6)
    if doc.blank_month:
        month = " " * rng.randint(1, 6)
    return f"{place}, ngày {day} tháng {month} năm {d.year}"


def _number_line(doc: Doc, rng: random.Random) -> str:
    so = doc.so_ky_hieu
    if doc.number is None:
        so = " " * rng.randint(0, 5) + so
    if doc.issuer.party:
        return f"Số {so}" if rng.random() < 0.85 else f"Số: {so}"
    return f"Số: {so}" if rng.random() < 0.95 else f"Số {so}"


def _gap(rng: random.Random, damaged: bool) -> str:
    if damaged and rng.random() < 0.5:
        return " "
    return "  " if rng.random() < 0.55 else " " * rng.randint(3, 24)


def _signature(doc: Doc, rng: random.Random) -> tuple[list[str], str]:
    iss, t, g = doc.issuer, doc.type, doc.issuer.group
    term = term_of(iss, doc.ordinal)
    head, deputy, cvp = term["head"], rng.choice(term["deputies"]), term["cvp"]
    if g in ("ubnd_tinh", "ubnd_huyen", "ubnd_xa"):
        if t == "QĐ" and not doc.qp and rng.random() < 0.7:
            return (["CHỦ TỊCH"], head) if rng.random() < 0.3 else (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], deputy)
        if t == "CV" and g == "ubnd_tinh" and rng.random() < 0.08:
            return ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG"], cvp
        if rng.random() < 0.3:
            return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], head
        return ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], deputy
    if g == "hdnd":
        if t == "NQ":
            return ["CHỦ TỊCH"], head
        return (["TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], deputy) if rng.random() < 0.6 else \
            (["TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH"], head)
    if g == "so":
        return (["GIÁM ĐỐC"], head) if rng.random() < 0.35 else (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], deputy)
    if g == "ban_tu":
        return (["TRƯỞNG BAN"], head) if rng.random() < 0.35 else (["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], deputy)
    body = {"tinh_uy": "TỈNH ỦY", "huyen_uy": "THÀNH ỦY" if iss.code == "ThU" else "HUYỆN ỦY",
            "dang_uy_xa": "ĐẢNG ỦY", "duk": "ĐẢNG ỦY KHỐI"}[g]
    if t == "CV" and g in ("tinh_uy", "huyen_uy") and rng.random() < 0.2:
        return ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"], cvp
    first = f"T/M {body}" if (t == "NQ" or (g == "dang_uy_xa" and rng.random() < 0.5)) else "T/M BAN THƯỜNG VỤ"
    return ([first, "BÍ THƯ"], head) if rng.random() < 0.4 else ([first, "PHÓ BÍ THƯ"], deputy)


def _authority(doc: Doc, rng: random.Random) -> list[str]:
    iss = doc.issuer
    if doc.type == "QĐ":
        if iss.group in ("ubnd_tinh", "ubnd_huyen", "ubnd_xa"):
            if doc.qp:
                return [f"ỦY BAN NHÂN DÂN {iss.scope.upper()}"]
            return [f"CHỦ TỊCH ỦY BAN NHÂN DÂN {iss.scope.upper()}"]
        if iss.group == "so":
            return [f"GIÁM ĐỐC {iss.name.upper()}"]
        if iss.group == "ban_tu":
            return [iss.name.upper()]
        return [f"BAN THƯỜNG VỤ {iss.name.upper()}"]
    if doc.type == "NQ" and iss.group == "hdnd":
        khoa, ky = hdnd_term(doc.ordinal)
        return [f"HỘI ĐỒNG NHÂN DÂN TỈNH {PROVINCE.upper()}", f"KHÓA {khoa}, KỲ HỌP THỨ {ky}"]
    return []


def _header(doc: Doc, rng: random.Random, layout: str, damaged: bool, title_lines: list[str],
            kinh_gui: list[str]) -> list[str]:
    iss = doc.issuer
    lines_iss = iss.header(doc.ordinal)
    if iss.group == "duk" and iss.key == "duk:ccq" and rng.random() < 0.4:
        lines_iss = [lines_iss[0], "ĐẢNG ỦY KHỐI CCQ TỈNH"]
    motto = ["ĐẢNG CỘNG SẢN VIỆT NAM"] if iss.party else ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                          "Độc lập - Tự do - Hạnh phúc"]
    number, when = _number_line(doc, rng), _date_line(doc, rng)
    is_cv = doc.type == "CV"
    out: list[str] = []
    if layout == "lost":
        out += ["", ""]
        if iss.party:
            out += [when, "", "*", number, ""]
        else:
            out += [number, "", when, ""]
    elif layout == "stacked":
        out += lines_iss
        if iss.party:
            out.append("*")
        elif rng.random() < 0.4:
            out.append("-" * rng.randint(8, 16))
        out.append(number)
        if is_cv:
            out += title_lines
            title_lines = []
        out += [""] + motto
        if not iss.party and rng.random() < 0.4:
            out.append("_" * rng.randint(12, 28))
        out += ["", when, ""]
    else:  # merged columns, number and date on one line ("merged") or apart ("apart")
        first = f"{lines_iss[0]}{_gap(rng, damaged)}{motto[0]}"
        out.append(first)
        rest = lines_iss[1:]
        if not iss.party:
            if rest:
                out.append(f"{rest[0]}{_gap(rng, damaged)}{motto[1]}")
                rest = rest[1:]
            else:
                out.append(motto[1])
        out += rest
        if iss.party:
            out.append("*")
        elif rng.random() < 0.3:
            out.append(("-" * rng.randint(8, 14)) + _gap(rng, damaged) + ("-" * rng.randint(14, 24)))
        if layout == "merged":
            out.append(f"{number}{_gap(rng, damaged)}{when}")
        else:
            out += ["", number, "", when]
        out.append("")
    if title_lines:
        out += title_lines + [""]
    if kinh_gui:
        out += kinh_gui + [""]
    return out


def _title_block(doc: Doc, rng: random.Random, printed: str, wrap: bool) -> list[str]:
    width = rng.randint(45, 70)
    text_lines = wrap_text(printed, width) if (wrap or rng.random() < 0.6) else [printed]
    if doc.type == "CV":
        if doc.issuer.party:
            return text_lines
        text_lines[0] = "V/v " + text_lines[0]
        return text_lines
    out = [TYPE_LINE[doc.type]] + text_lines
    authority = _authority(doc, rng)
    if authority:
        out += [""] + authority
    return out


def _kinh_gui(doc: Doc, rng: random.Random, upward: str | None) -> list[str]:
    iss = doc.issuer
    if doc.type == "TTr":
        who = upward or "Ủy ban nhân dân tỉnh"
        return [f"Kính gửi: {who}."]
    if doc.type != "CV" and not (doc.type == "BC" and upward and rng.random() < 0.4):
        return []
    if upward and (doc.type == "BC" or rng.random() < 0.25):
        return [f"Kính gửi: {upward}."]
    pool = [localise(r, iss, doc.ordinal) for r in
            RECIPIENTS[iss.group] + SECTOR_RECIPIENTS.get(iss.sector or "", [])]
    names = rng.sample(pool, min(len(pool), rng.randint(1, 4)))
    sep = "," if iss.party else ";"
    if len(names) == 1:
        return [f"Kính gửi: {names[0]}."]
    items = [f"- {n}{sep}" for n in names[:-1]] + [f"- {names[-1]}."]
    indent = " " * rng.randint(8, 24) if rng.random() < 0.2 else ""
    if rng.random() < 0.5:
        return ["Kính gửi:", ""] + [indent + i for i in items]
    return [f"Kính gửi: {items[0]}"] + [indent + i for i in items[1:]]


def _upward(doc: Doc) -> str | None:
    iss, g, before = doc.issuer, doc.issuer.group, doc.ordinal < REFORM_ORD
    return {"ubnd_tinh": "Hội đồng nhân dân tỉnh", "so": "Ủy ban nhân dân tỉnh", "hdnd": None,
            "ubnd_huyen": "Ủy ban nhân dân tỉnh",
            "ubnd_xa": f"Ủy ban nhân dân huyện {iss.district}" if before else "Ủy ban nhân dân tỉnh",
            "tinh_uy": None, "ban_tu": "Ban Thường vụ Tỉnh ủy", "duk": "Ban Thường vụ Tỉnh ủy",
            "huyen_uy": "Ban Thường vụ Tỉnh ủy",
            "dang_uy_xa": "Ban Thường vụ Huyện ủy" if before else "Ban Thường vụ Tỉnh ủy"}[g]


def _noi_nhan(doc: Doc, rng: random.Random) -> list[str]:
    iss = doc.issuer
    pool = [localise(x, iss, doc.ordinal) for x in NOI_NHAN[iss.group]]
    picked = rng.sample(pool, min(len(pool), rng.randint(2, 6)))
    first = []
    if doc.type in ("CV", "TTr", "TB"):
        first = ["Như trên;" if not iss.party else rng.choice(["Như kính gửi,", "Như trên,"])]
    elif doc.type == "QĐ":
        first = ["Như Điều 4;" if not iss.party else "Như Điều 4,"]
    if iss.party:
        last = rng.choice(["Lưu VP.", "Lưu Văn phòng.", "Lưu VT.", "Lưu VP, BTG."])
    else:
        unit = doc.unit or rng.choice(iss.units or ["VP"])
        last = rng.choice([f"Lưu: VT, {unit}.", "Lưu: VT.", f"Lưu: VT, {unit} ({''.join(rng.choice('ABCDĐGHKLMNPQSTVX') for _ in range(rng.randint(2, 3)))})."])
    return ["Nơi nhận:"] + [f"- {x}" for x in first + picked + [last]]


def _footer(doc: Doc, rng: random.Random, damaged: bool, bold: bool) -> tuple[list[str], str | None]:
    titles, name = _signature(doc, rng)
    printed_name = name if (not doc.draft or rng.random() < 0.6) else None
    noi = _noi_nhan(doc, rng)
    signed = ["(Đã ký)"] if (rng.random() < 0.08 and printed_name) else []
    layout = rng.random()
    out: list[str] = []
    if layout < (0.6 if damaged else 0.35):
        width = max(len(x) for x in noi) + rng.randint(4, 30)
        if damaged and rng.random() < 0.5:
            width = 0
        for i in range(max(len(noi), len(titles))):
            left = noi[i] if i < len(noi) else ""
            right = titles[i] if i < len(titles) else ""
            if right and width:
                out.append(left.ljust(width) + right)
            elif right:
                out.append(f"{left} {right}".strip())
            else:
                out.append(left)
        if printed_name:
            out += ["", ""] + signed + [printed_name]
    else:
        sig = titles[:]
        if bold:
            sig[0] = "**" + sig[0]
            sig[-1] = sig[-1] + "**"
        sig_block = sig + [""] + signed + ([printed_name] if printed_name else [])
        if layout < 0.5:
            out += sig_block + [""] + noi
        else:
            out += noi + [""] + sig_block

    if printed_name and not doc.draft and doc.year >= 2020 and rng.random() < (0.12 if damaged else 0.3):
        base = datetime_text(doc, rng, 0)
        if rng.random() < 0.5:
            out.append(base)
        else:
            out += ["", "", ""]
            for k in range(rng.randint(1, 4)):
                out += ["\t\t" + (base if k == 0 else datetime_text(doc, rng, 1)), "", ""]
    return out, printed_name


def datetime_text(doc: Doc, rng: random.Random, later: int) -> str:
    d = date.fromordinal(doc.ordinal + (rng.randint(0, 1) if later else 0))
    return f"{d.isoformat()}T{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}+0700"


def _layout_body(blocks: list[tuple[str, str]], rng: random.Random, wrap: int, blank: bool,
                 footnote: str | None) -> list[str]:
    out: list[str] = []
    page_len = rng.randint(40, 48)
    count = 0
    page = 1
    marker_done = footnote is None
    pending_note: list[str] = []
    page_numbers = rng.random() < 0.3
    for kind, text in blocks:
        if not marker_done and kind == "p" and text.startswith(FOOTNOTE_SENTENCE[:20]):
            marker_done = True
            pending_note = wrap_text("1 " + footnote, wrap or 110)
        lines = wrap_text(text, wrap) if wrap else [text]
        for line in lines:
            out.append(line)
            count += 1
            if wrap and count >= page_len:
                if pending_note:
                    out += [""] + pending_note
                    pending_note = []
                page += 1
                out += ["", "", str(page)] if page_numbers else ["", "", ""]
                count = 0
        if blank:
            out.append("")
    if pending_note:
        out += [""] + pending_note + [""]
    return out


def _in_order(text: str, cited: list) -> list:
    """Citations in order of first appearance (trích yếu, then body)."""
    def first(x):
        so, start = x.so_ky_hieu, 0
        while True:
            i = text.find(so, start)
            if i < 0:
                return (len(text), x.ordinal)
            before = text[i - 1] if i else " "
            after = text[i + len(so)] if i + len(so) < len(text) else " "
            if not (before.isalnum() or before in "/-") and not after.isalnum():
                return (i, x.ordinal)
            start = i + 1
    return sorted(cited, key=first)


def write_one(doc: Doc, rng: random.Random, bk: Bank, primary: Doc | None, others: list, nationals: list,
               submission: Doc | None) -> tuple[str, dict]:

    damaged = doc.scanned  # the layout of a scan, whether or not its OCR went wrong
    # Layout choices.
    if damaged:
        layout = rng.choices(["merged", "apart", "stacked"], weights=[80, 12, 8])[0]
        wrap = rng.randint(72, 84)
    else:
        layout = rng.choices(["merged", "stacked", "apart", "lost"], weights=[60, 22, 12, 6])[0]
        wrap = rng.randint(88, 112) if rng.random() < 0.2 else 0
    blank = rng.random() < (0.75 if damaged else 0.85)
    bold = not damaged and not wrap and rng.random() < 0.25
    # Who is cited where: the opening, the body, a footnote.
    footnote = []
    if wrap and len(nationals) >= 2 and rng.random() < 0.35:
        footnote = nationals[-rng.randint(2, len(nationals)):]
        nationals = [x for x in nationals if x not in footnote]
    pool = others + nationals
    rng.shuffle(pool)
    lead_n = rng.randint(0, min(3, len(pool)))
    lead = ([primary] if primary is not None else []) + pool[:lead_n]
    queue = pool[lead_n:]
    target = int(min(27000, max(1000, rng.lognormvariate(math.log(6000), 0.55) * SIZE_FACTOR[doc.type])))
    if doc.type in ("CT", "TB"):
        lead, queue = [], lead + queue
    w = Writer(doc, rng, bk, lead, queue, footnote, target)
    w.submission = submission
    # The title, with the primary citation in it sometimes.
    title_cite = None
    if primary is not None and primary.topic is doc.topic and doc.type not in ("TB", "NQ") and rng.random() < 0.3:
        title_cite = w.cite(primary, True, True)
    printed, value, about = titles_of(doc, rng, title_cite)
    doc.trich_yeu, doc.about = value, about
    upward = _upward(doc)
    title_lines = _title_block(doc, rng, printed, bool(wrap))
    kinh_gui = _kinh_gui(doc, rng, upward)
    w.upward = bool(upward) and len(kinh_gui) == 1 and upward in kinh_gui[0]
    header = _header(doc, rng, layout, damaged, title_lines, kinh_gui)
    footer, signer = _footer(doc, rng, damaged, bold)
    fixed = utf8_len("\n".join(header + footer))
    w.target = max(400, target - fixed)
    write_body(w)
    note_text = None
    if footnote:
        note_text = "; ".join(w.cite(x, True, True) for x in footnote) + "."
        spots = [i for i in range(w.body_start, len(w.blocks) // 2 + 1) if w.blocks[i][0] == "h"] or [w.body_start]
        w.blocks.insert(rng.choice(spots) + 1, ("p", FOOTNOTE_SENTENCE.format(m="1", NP=doc.np)))
    body_lines = _layout_body(w.blocks, rng, wrap, blank, note_text)
    text = "\n".join(header + body_lines + footer) + "\n"
    doc.cites = _in_order(printed + "\n" + "\n".join(t for _, t in w.blocks),
                          [x for x in w.order if x not in footnote]) + [x for x in footnote if x in w.order]
    return text, {"signer": signer, "layout": layout}
