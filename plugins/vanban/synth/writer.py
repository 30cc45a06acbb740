"""Writing one document's body."""

from __future__ import annotations

import random
import re
from datetime import date

from .bank import Bank
from .phrases import (
    _COORD,
    _UNITS,
    CITE_SENTENCES,
    GENERIC_HEADINGS,
    LIMITS,
    ORG_PREDICATES,
    STATS,
    TOPIC_SENTENCES,
    localise,
)
from .plan import HEAD_TITLE, Doc, National
from .util import ROMANS, cap, dmy, low, utf8_len
from .world import DISTRICT_NAMES, PROVINCE, REFORM_ORD, TYPES, Issuer, person_name, term_of

# ---------------------------------------------------------------------------
# Writing one document.
# ---------------------------------------------------------------------------

class Writer:
    def __init__(self, doc: Doc, rng: random.Random, bk: Bank, lead: list, queue: list, footnote: list,
                 target: int):
        self.doc, self.rng, self.bank = doc, rng, bk
        self.iss = doc.issuer
        self.lead_cites = lead
        self.queue = queue
        self.footnote = footnote
        self.target = target
        self.order: list = []
        self.blocks: list[tuple[str, str]] = []
        self.size = 0
        self.used: set = set()
        self.body_start = 0
        self.submission: Doc | None = None
        self.upward = False  # a công văn to a higher body
        self.party = self.iss.party
        self.comma = rng.random() < (0.85 if self.party else 0.2)
        self.roman_sep = rng.choice([". ", "- "]) if self.party else ". "
        districts = DISTRICT_NAMES[:]
        rng.shuffle(districts)
        self.districts = districts
        self.this = {"KH": "Kế hoạch này", "HD": "Hướng dẫn này", "CTr": "Chương trình này", "CT": "Chỉ thị này",
                     "NQ": "Nghị quyết này", "QĐ": "Quyết định này"}.get(doc.type, "văn bản này")
        g = self.iss.group
        self.self_subject = self.iss.self_name
        self.sup = self.iss.self_name
        self.coord = localise(_COORD[g], self.iss, doc.ordinal)

    # -- citations --------------------------------------------------------
    def cite(self, x, full: bool = True, about: bool = True) -> str:
        rng = self.rng
        if x not in self.order:
            self.order.append(x)
        if isinstance(x, National):
            type_name, so, d = x.type_name, x.so_ky_hieu, date.fromordinal(x.ordinal)
            issuer, subject = x.issuer_name, x.subject
        else:
            type_name, so, d = TYPES[x.type], x.so_ky_hieu, date.fromordinal(x.ordinal)
            issuer, subject = self.issuer_as_cited(x), x.about
        so_word = " số" if rng.random() < 0.95 else ""
        if type_name == "Luật" and "/" in so:
            text = f"Luật {subject[:1].upper() + subject[1:]} số {so}"
            if full:
                text += f" ngày {d.day:02d}/{d.month:02d}/{d.year}"
            return text
        text = f"{type_name}{so_word} {so}"
        if full:
            text += f"{', ' if self.comma else ' '}ngày {dmy(d, rng)} của {issuer}"
        if about and full:
            text += " " + (subject if not isinstance(x, National) else f"về {subject}")
        return text

    def issuer_as_cited(self, cited: Doc) -> str:
        rng, c, me = self.rng, cited.issuer, self.iss
        g = c.group
        if g == "ubnd_tinh":
            if cited.type in ("QĐ", "CT") and not cited.qp and rng.random() < 0.4:
                return rng.choice(["Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh"])
            return rng.choice(["UBND tỉnh", "UBND tỉnh", "Ủy ban nhân dân tỉnh", f"UBND tỉnh {PROVINCE}"])
        if g == "hdnd":
            return rng.choice(["HĐND tỉnh", "Hội đồng nhân dân tỉnh"]) if cited.type == "NQ" else "Thường trực HĐND tỉnh"
        if g in ("so", "ban_tu"):
            return c.name
        if g == "tinh_uy":
            if cited.type in ("NQ", "CTr") and rng.random() < 0.5:
                return "Ban Chấp hành Đảng bộ tỉnh"
            if cited.type in ("TB", "CV") and rng.random() < 0.3:
                return "Thường trực Tỉnh ủy"
            return rng.choice(["Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy",
                               f"Ban Thường vụ Tỉnh ủy {PROVINCE}"])
        if g == "duk":
            return rng.choice([c.self_name, c.name])
        local_word = c.scope[:-len((c.commune or c.district)) - 1]
        if g == "ubnd_huyen":
            if me.district == c.district and rng.random() < 0.7:
                return rng.choice([f"UBND {local_word}", f"Ủy ban nhân dân {local_word}"])
            return f"UBND {c.scope}"
        if g == "huyen_uy":
            word = "Thành ủy" if c.code == "ThU" else "Huyện ủy"
            if me.district == c.district and rng.random() < 0.7:
                return rng.choice([f"Ban Thường vụ {word}", word, f"Ban thường vụ {word}"])
            return f"Ban Thường vụ {c.name}"
        if g == "ubnd_xa":
            return f"UBND {local_word}" if me.commune == c.commune else f"UBND {c.scope}"
        # dang_uy_xa
        if me.commune == c.commune:
            if cited.type == "NQ" and rng.random() < 0.5:
                return f"Ban Chấp hành Đảng bộ {local_word}"
            return rng.choice(["Ban Thường vụ Đảng ủy", f"Đảng ủy {local_word}"])
        return f"Đảng ủy {c.scope}"

    def next_cite(self) -> str | None:
        if self.queue:
            x = self.queue.pop(0)
            return self.cite(x, True, self.rng.random() < 0.6)
        placed = [x for x in self.order if x not in self.footnote]
        if placed and self.rng.random() < 0.5:
            return self.cite(self.rng.choice(placed), self.rng.random() < 0.5, False)
        return None

    # -- text -------------------------------------------------------------
    def fill(self, text: str) -> str | None:
        if "{" not in text:
            return text
        doc = self.doc
        if "{C}" in text:
            saved = (self.queue[:], self.order[:])
            parts = text.split("{C}")
            out = [parts[0]]
            for part in parts[1:]:
                c = self.next_cite()
                if c is None:
                    self.queue, self.order = saved  # the citations rendered so far are not used
                    return None
                out.append(c)
                out.append(part)
            text = "".join(out)
        text = (text.replace("{Y}", str(doc.year)).replace("{THIS}", self.this).replace("{SELF}", self.self_subject)
                .replace("{NP}", doc.np).replace("{VP}", doc.vp).replace("{SUP}", self.sup)
                .replace("{COORD}", self.coord))
        if "{D" in text:
            for i in range(4):
                text = text.replace("{D%d}" % i, self.districts[i])
        return text

    def sentence(self, tag: str) -> str:
        """One sentence: a citation formula, a formula on the subject, a
        recombination of clauses, or a sentence of the bank."""
        rng, bk, year = self.rng, self.bank, self.doc.year
        if self.queue and rng.random() < 0.18:
            s = self.fill(rng.choice(CITE_SENTENCES))
            if s:
                return s
        if rng.random() < 0.08:
            s = rng.choice(TOPIC_SENTENCES)
            if s not in self.used:
                self.used.add(s)
                return self.fill(s)
        if rng.random() < 0.22 and bk.clauses:
            for _ in range(3):
                clauses = [rng.choice(bk.clauses) for _ in range(rng.choice((2, 2, 3)))]
                text = "; ".join([cap(clauses[0])] + [low(c) for c in clauses[1:]]) + "."
                if not _anachronism(text.replace("{Y}", str(year)), year):
                    return self.fill(text) or text
        pool = bk.sentences.get(tag) or bk.sentences["content"]
        if len(pool) < 8:
            pool = pool + bk.sentences["content"]
        for _ in range(5):
            s = rng.choice(pool)
            if (s in self.used and rng.random() < 0.8) or _anachronism(s.replace("{Y}", str(year)), year):
                continue
            filled = self.fill(s)
            if filled:
                self.used.add(s)
                return filled
        return self.fill(rng.choice(TOPIC_SENTENCES))

    def add(self, kind: str, text: str) -> None:
        self.blocks.append((kind, text))
        self.size += utf8_len(text) + 2

    def para(self, tag: str, lo: int = 1, hi: int = 3) -> None:
        self.add("p", " ".join(self.sentence(tag) for _ in range(self.rng.randint(lo, hi))))

    def items(self, tag: str, lo: int = 2, hi: int = 4) -> None:
        rng = self.rng
        for _ in range(rng.randint(lo, hi)):
            item = rng.choice(self.bank.items) if self.bank.items else None
            if item is not None and item not in self.used and rng.random() < 0.5:
                self.used.add(item)
                s = self.fill(item) or self.sentence(tag)
            else:
                s = self.sentence(tag)
            self.add("p", "- " + s)

    def heading(self, text: str) -> None:
        self.add("h", text)

    def content_heading(self) -> str:
        rng = self.rng
        if rng.random() < 0.45 and self.bank.headings:
            return self.fill(rng.choice(self.bank.headings)) or cap(self.doc.vp)
        if rng.random() < 0.35:
            verb = rng.choice(["Tuyên truyền", "Tăng cường", "Triển khai", "Đẩy mạnh", "Nâng cao hiệu quả",
                               "Kiểm tra, giám sát"])
            return f"{verb} {self.doc.np}" if not self.doc.np.startswith(verb.lower()) else cap(self.doc.np)
        return rng.choice(GENERIC_HEADINGS)

    def lead(self, verb: str) -> None:
        """"Thực hiện <citations>, <issuer> <verb>:" — the opening."""
        rng = self.rng
        if self.lead_cites:
            cites = [self.cite(x, True, i == 0 or rng.random() < 0.4) for i, x in enumerate(self.lead_cites)]
            opener = rng.choice(["Thực hiện", "Thực hiện", "Thực hiện", "Căn cứ", "Triển khai"])
            self.add("p", f"{opener} {'; '.join(cites)}, {self.self_subject} {verb}:")
        else:
            opener = rng.choice([f"Để {self.doc.vp} đạt hiệu quả", "Căn cứ chức năng, nhiệm vụ được giao",
                                 f"Nhằm {self.doc.vp}", "Căn cứ tình hình thực tế"])
            self.add("p", f"{opener}, {self.self_subject} {verb}:")
        self.body_start = len(self.blocks)

    def rest(self, tag: str, share: float) -> bool:
        return self.size < self.target * share

    def numbered_content(self, share: float, tag: str = "content", min_items: int = 1, max_items: int = 12) -> None:
        n = 0
        while n < min_items or (self.rest(tag, share) and n < max_items):
            n += 1
            self.heading(f"{n}. {self.content_heading()}")
            self.para(tag, 1, 3)
            r = self.rng.random()
            if r < 0.3:
                self.items(tag)
            elif r < 0.65 and self.rest(tag, share):
                self.para(tag, 1, 3)

    def org_section(self, share: float, min_items: int = 2) -> None:
        rng = self.rng
        units = [localise(u, self.iss, self.doc.ordinal) for u in _UNITS[self.iss.group]]
        rng.shuffle(units)
        n = 0
        for unit in units:
            if n >= min_items and not self.rest("org", share):
                break
            n += 1
            predicate = self.fill(rng.choice(ORG_PREDICATES))
            if rng.random() < 0.5:
                self.add("p", f"{n}. {unit} {predicate}")
            else:
                self.heading(f"{n}. {unit}")
                s = self.sentence("org")
                self.add("p", f"{cap(predicate)} {s}" if rng.random() < 0.5 else s)
                if rng.random() < 0.3:
                    self.items("org", 1, 3)

    def place_rest(self) -> None:
        """Every citation not yet placed goes into some paragraph."""
        while self.queue:
            s = self.fill(self.rng.choice(CITE_SENTENCES))
            if not s:
                break
            body = [i for i, (k, t) in enumerate(self.blocks) if k == "p" and i >= self.body_start
                    and not t.startswith(("Căn cứ", "- Căn cứ", "Xét", "Điều", "Nghị quyết này"))]
            if not body:
                self.add("p", s)
                continue
            i = self.rng.choice(body[1:] or body)
            kind, text = self.blocks[i]
            if text.startswith("- ") or text.endswith(":"):
                self.blocks.insert(i + 1, ("p", s))
            else:
                self.blocks[i] = (kind, f"{text} {s}")
            self.size += utf8_len(s) + 1


_YEAR = re.compile(r"(?<![-–/\d] )(?<!đến năm )\b(20\d\d)\b")


def _anachronism(text: str, year: int) -> bool:
    """A year after the document's own, other than the end of a period
    ("giai đoạn 2023 - 2030") or a horizon ("đến năm 2030")."""
    return any(int(y) > year for y in _YEAR.findall(text))


def _roman(w: Writer, i: int, title: str) -> None:
    w.heading(f"{ROMANS[i]}{w.roman_sep}{title}")


def write_body(w: Writer) -> None:
    """The body by type, grown to the target size."""
    doc, rng, t = w.doc, w.rng, w.doc.type
    g = w.iss.group
    if t in ("KH", "HD", "CTr"):
        verb = {"KH": rng.choice([f"ban hành Kế hoạch {doc.vp} như sau", "xây dựng Kế hoạch thực hiện như sau",
                                  f"xây dựng kế hoạch {doc.vp} như sau"]),
                "HD": f"hướng dẫn {doc.vp} như sau",
                "CTr": f"xây dựng Chương trình {doc.vp} như sau"}[t]
        w.lead(verb)
        sections = {"KH": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "TỔ CHỨC THỰC HIỆN"],
                    "HD": ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG TUYÊN TRUYỀN", "HÌNH THỨC TUYÊN TRUYỀN", "TỔ CHỨC THỰC HIỆN"],
                    "CTr": ["MỤC TIÊU, YÊU CẦU", "NHIỆM VỤ, GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"]}[t][:]
        if t == "KH" and "tuyên truyền" in doc.vp and rng.random() < 0.6:
            sections[1] = "NỘI DUNG TUYÊN TRUYỀN TRỌNG TÂM"
            sections.insert(2, "HÌNH THỨC TUYÊN TRUYỀN")
        for i, name in enumerate(sections):
            _roman(w, i, name)
            if name.startswith("MỤC"):
                w.heading("1. Mục đích" if "TIÊU" not in name else "1. Mục tiêu")
                w.para("purpose", 1, 3)
                if w.rest("purpose", 0.2):
                    w.para("purpose", 1, 2)
                w.heading("2. Yêu cầu")
                w.para("purpose", 1, 3)
            elif name.startswith(("NỘI DUNG", "NHIỆM VỤ")):
                w.numbered_content(0.72, min_items=2)
            elif name.startswith("HÌNH THỨC"):
                w.para("form", 1, 2)
                if rng.random() < 0.5:
                    w.items("form", 2, 3)
            else:
                w.org_section(0.97)
        w.place_rest()
        w.add("p", rng.choice([
            f"Trên đây là {w.this.replace(' này', '')} {doc.vp} của {w.self_subject}; đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
            f"Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về {w.coord} để tổng hợp, báo cáo {w.sup} xem xét, giải quyết./.",
            f"Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện; báo cáo kết quả về {w.sup} (qua {w.coord}) trước ngày {_deadline(doc, rng)} để tổng hợp./."]))
    elif t == "CV":
        addressee = rng.choice(["các cơ quan, đơn vị", "các đồng chí", "Quý cơ quan, đơn vị", "các địa phương"]) \
            if not w.party else rng.choice(["các chi bộ, đảng bộ cơ sở", "các cấp ủy", ""])
        if w.upward:
            w.lead(rng.choice(["báo cáo, đề xuất một số nội dung như sau", "kính báo cáo như sau"]))
        else:
            w.lead(f"đề nghị {addressee}".rstrip() if addressee else "đề nghị")
        n = 0
        while n < 1 or (w.rest("content", 0.85) and n < 8):
            n += 1
            if rng.random() < 0.55:
                w.heading(f"{n}. {w.content_heading()}")
                w.para("content", 1, 3)
                if rng.random() < 0.35:
                    w.items("content", 2, 3)
            else:
                w.add("p", f"{n}. {w.sentence('content')}")
                if rng.random() < 0.4:
                    w.items("content", 1, 3)
        w.place_rest()
        if w.order and not w.upward and rng.random() < 0.2:
            attached = [x for x in w.order if isinstance(x, Doc)][:3]
            if attached:
                w.add("p", "; ".join(w.cite(x, True, False) for x in attached) +
                      " gửi kèm theo qua VNPT-iOffice và đăng tải trên trang Thông tin điện tử của "
                      f"{w.iss.name if w.iss.group == 'so' else w.self_subject}.")
        if w.upward:
            w.add("p", f"{w.self_subject} kính báo cáo{rng.choice(['', ' để xem xét, chỉ đạo'])}./.")
        else:
            w.add("p", rng.choice([
                "Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
                f"{w.self_subject} đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
                f"Đề nghị Quý cơ quan, đơn vị tổ chức thực hiện nội dung nêu trên và báo cáo kết quả về {w.self_subject} khi có yêu cầu./."]))
    elif t == "CT":
        w.para("content", 2, 3)
        w.para("purpose", 1, 3)
        who = "các cấp ủy, tổ chức đảng" if w.party else "các cơ quan, đơn vị, địa phương"
        w.add("p", f"Để {doc.vp} trong thời gian tới, {w.self_subject} yêu cầu {who} tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau:")
        w.numbered_content(0.9, min_items=3)
        w.place_rest()
        w.add("p", "Chỉ thị này được phổ biến đến chi bộ và đảng viên./." if w.party else
              "Yêu cầu Thủ trưởng các cơ quan, đơn vị, địa phương nghiêm túc thực hiện Chỉ thị này./.")
    elif t == "TB":
        d = date.fromordinal(doc.ordinal - rng.randint(1, 6))
        chair = HEAD_TITLE[g]
        w.add("p", f"Ngày {dmy(d, rng)}, {chair} chủ trì {rng.choice(['buổi làm việc', 'cuộc họp', 'hội nghị'])} về {doc.np}. "
                   f"Tham dự có đại diện lãnh đạo các cơ quan, đơn vị liên quan.")
        w.add("p", f"Sau khi nghe báo cáo và ý kiến của các thành viên dự họp, {chair} kết luận như sau:")
        w.heading("1. Đánh giá chung")
        w.para("content", 2, 3)
        w.heading("2. Nhiệm vụ trong thời gian tới")
        w.items("content", 2, 4)
        while w.rest("content", 0.9):
            w.items("org", 1, 3)
        w.place_rest()
        w.add("p", f"{w.self_subject} thông báo để các cơ quan, đơn vị biết, thực hiện./.")
    elif t == "BC":
        w.lead(f"báo cáo kết quả {doc.vp} như sau")
        _roman(w, 0, "KẾT QUẢ THỰC HIỆN")
        w.heading("1. Công tác lãnh đạo, chỉ đạo, tổ chức thực hiện")
        w.add("p", " ".join([w.sentence("content"), _stat(rng), _stat(rng)]))
        n = 1
        while w.rest("content", 0.6) and n < 10:
            n += 1
            w.heading(f"{n}. {w.content_heading()}")
            w.add("p", f"{w.sentence('content')} {_stat(rng)}")
            if rng.random() < 0.4:
                w.para("content", 1, 2)
        _roman(w, 1, "ĐÁNH GIÁ CHUNG")
        w.heading("1. Ưu điểm")
        w.para("purpose", 1, 3)
        w.heading("2. Tồn tại, hạn chế và nguyên nhân")
        w.add("p", " ".join(rng.sample(LIMITS, 2)))
        _roman(w, 2, "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI")
        w.items("content", 2, 4)
        while w.rest("content", 0.92):
            w.items("content", 1, 3)
        _roman(w, 3, "ĐỀ XUẤT, KIẾN NGHỊ")
        w.para("org", 1, 2)
        w.place_rest()
        w.add("p", f"Trên đây là báo cáo kết quả {doc.vp} của {w.self_subject}./.")
    elif t == "TTr":
        w.lead(f"kính trình xem xét, phê duyệt {doc.vp}, cụ thể như sau")
        _roman(w, 0, "SỰ CẦN THIẾT")
        w.para("content", 2, 3)
        _roman(w, 1, "MỤC ĐÍCH, YÊU CẦU")
        w.para("purpose", 1, 3)
        _roman(w, 2, "NỘI DUNG CHỦ YẾU")
        w.numbered_content(0.93, min_items=2, max_items=8)
        w.place_rest()
        w.add("p", f"{w.self_subject} kính trình xem xét, quyết định./.")
    elif t == "QĐ":
        _decision(w)
    else:
        _resolution(w)


def _member_titles(iss: Issuer) -> tuple[str, str]:
    """How the head and a deputy are named in a list of members."""
    g = iss.group
    if g.startswith("ubnd"):
        body = f"UBND {iss.scope[:-len(iss.commune or iss.district or PROVINCE) - 1]}"
        return f"Chủ tịch {body}", f"Phó Chủ tịch {body}"
    if g == "so":
        return f"Giám đốc {iss.name}", f"Phó Giám đốc {iss.name}"
    if g == "ban_tu":
        return f"Trưởng {iss.name}", f"Phó Trưởng {iss.name}"
    if g == "hdnd":
        return "Chủ tịch HĐND tỉnh", "Phó Chủ tịch HĐND tỉnh"
    return f"Bí thư {iss.name}", f"Phó Bí thư {iss.name}"


def _deadline(doc: Doc, rng: random.Random) -> str:
    d = date.fromordinal(doc.ordinal + rng.randint(15, 75))
    return f"{d.day:02d}/{d.month}/{d.year}"


def _stat(rng: random.Random) -> str:
    d = rng.randint(12, 90)
    return rng.choice(STATS).format(a=rng.randint(2, 40), b=rng.randint(120, 9000), c=rng.randint(3, d), d=d,
                                    p=rng.randint(60, 100))


def _laws(ordinal: int) -> list[str]:
    if ordinal >= REFORM_ORD:
        return ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"]
    laws = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"]
    if ordinal >= date(2020, 7, 1).toordinal():  # in force from then
        laws.append("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền "
                    "địa phương ngày 22 tháng 11 năm 2019;")
    return laws


def _decision(w: Writer) -> None:
    doc, rng = w.doc, w.rng
    if w.party:
        w.add("p", "- Căn cứ Điều lệ Đảng;")
        w.add("p", f"- Căn cứ Quy chế làm việc của {w.iss.name} nhiệm kỳ {'2020 - 2025' if doc.year < 2026 else '2025 - 2030'};")
    else:
        for law in _laws(doc.ordinal):
            w.add("p", law)
    for x in w.lead_cites:
        w.add("p", f"{'- ' if w.party else ''}Căn cứ {w.cite(x, True, True)};")
    if w.submission is not None:
        who = f"Giám đốc {w.submission.issuer.name}" if w.submission.issuer.group == "so" else w.submission.issuer.name
        w.add("p", f"Xét đề nghị của {who} tại {w.cite(w.submission, True, False)}.")
    else:
        w.add("p", f"Xét đề nghị của {rng.choice(['Chánh Văn phòng', 'Trưởng phòng Nội vụ', 'Thủ trưởng cơ quan chuyên môn']) if not w.party else 'Văn phòng'}.")
    w.heading("QUYẾT ĐỊNH:")
    w.body_start = len(w.blocks)
    title = doc.trich_yeu
    if "Ban Chỉ đạo" in title:
        w.add("p", f"Điều 1. {'Thành lập' if 'thành lập' in title else 'Kiện toàn'} Ban Chỉ đạo {doc.np}, gồm các ông (bà) có tên sau:")
        term = term_of(w.iss, doc.ordinal)
        head_title, deputy_title = _member_titles(w.iss)
        w.add("p", f"1. Ông (bà) {term['head']}, {head_title} - Trưởng Ban;")
        for i, name in enumerate(term["deputies"], 2):
            w.add("p", f"{i}. Ông (bà) {name}, {deputy_title} - Phó Trưởng Ban;")
        for i in range(len(term["deputies"]) + 2, len(term["deputies"]) + 2 + rng.randint(3, 8)):
            w.add("p", f"{i}. Ông (bà) {person_name(rng)}, đại diện lãnh đạo {rng.choice(_UNITS[w.iss.group]).replace('Đề nghị ', '')} - Thành viên;")
        w.add("p", "Điều 2. Nhiệm vụ của Ban Chỉ đạo")
    elif doc.qp:
        w.add("p", f"Điều 1. Ban hành kèm theo Quyết định này Quy định về {doc.np}.")
        w.add("p", "Điều 2. Tổ chức thực hiện")
    elif "Kế hoạch" in title:
        w.add("p", f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {doc.vp}.")
        w.add("p", "Điều 2. Tổ chức thực hiện")
    else:
        w.add("p", f"Điều 1. Giao nhiệm vụ {doc.vp}, cụ thể như sau:")
        w.numbered_content(0.6, min_items=1, max_items=6)
        w.add("p", "Điều 2. Trách nhiệm thực hiện")
    w.numbered_content(0.88, tag="org", min_items=1, max_items=8)
    w.place_rest()
    if doc.qp:
        d = date.fromordinal(doc.ordinal + rng.randint(10, 20))
        w.add("p", f"Điều 3. Quyết định này có hiệu lực kể từ ngày {d.day:02d} tháng {d.month:02d} năm {d.year}.")
    else:
        w.add("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.")
    if w.party:
        w.add("p", "Điều 4. Các cơ quan, đơn vị liên quan và các đồng chí có tên tại Điều 1 căn cứ Quyết định thi hành./.")
    else:
        w.add("p", "Điều 4. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.")


def _resolution(w: Writer) -> None:
    doc, rng = w.doc, w.rng
    if w.iss.group == "hdnd":
        for law in _laws(doc.ordinal):
            w.add("p", law)
        for x in w.lead_cites:
            w.add("p", f"Căn cứ {w.cite(x, True, True)};")
        sub = f"{w.cite(w.submission, True, True)}; " if w.submission is not None else ""
        ban = rng.choice(["Kinh tế - Ngân sách", "Văn hóa - Xã hội", "Pháp chế", "Dân tộc"])
        w.add("p", f"Xét {sub}Báo cáo thẩm tra của Ban {ban} Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại biểu Hội đồng nhân dân tỉnh tại kỳ họp.")
        w.heading("QUYẾT NGHỊ:")
        w.body_start = len(w.blocks)
        w.add("p", f"Điều 1. Thông qua các nội dung {doc.vp}, cụ thể như sau:")
        w.numbered_content(0.8, min_items=2, max_items=8)
        w.add("p", "Điều 2. Tổ chức thực hiện")
        w.add("p", "1. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.")
        w.add("p", "2. Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này.")
        w.place_rest()
        d = date.fromordinal(doc.ordinal)
        khoa, ky = hdnd_term(doc.ordinal)
        w.add("p", f"Nghị quyết này đã được Hội đồng nhân dân tỉnh {PROVINCE} khóa {khoa}, kỳ họp thứ {ky} thông qua ngày {d.day:02d} tháng {d.month:02d} năm {d.year} và có hiệu lực từ ngày {'ký' if not doc.qp else '01 tháng ' + str(d.month % 12 + 1) + ' năm ' + str(d.year + (d.month == 12))}./.")
        return
    w.lead(f"thống nhất ban hành Nghị quyết {doc.vp} như sau")
    _roman(w, 0, "TÌNH HÌNH, KẾT QUẢ THỰC HIỆN")
    w.para("content", 2, 3)
    w.add("p", " ".join(rng.sample(LIMITS, 2)))
    _roman(w, 1, "MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP")
    w.heading("1. Mục tiêu")
    w.para("purpose", 1, 3)
    w.heading("2. Nhiệm vụ, giải pháp")
    while w.rest("content", 0.8):
        w.items("content", 2, 4)
    _roman(w, 2, "TỔ CHỨC THỰC HIỆN")
    w.org_section(0.97)
    w.place_rest()
    w.add("p", "Nghị quyết này được phổ biến đến chi bộ và đảng viên./.")


def hdnd_term(ordinal: int) -> tuple[str, int]:
    start = date(2021, 6, 20).toordinal()
    if ordinal < start:
        return "XVI", 8 + (ordinal - date(2019, 1, 1).toordinal()) // 95
    return "XVII", 1 + (ordinal - start) // 95
