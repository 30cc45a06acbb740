"""Planning the corpus: documents, whom they cite, their subjects and titles."""

from __future__ import annotations

import bisect
import random
from datetime import date

from .util import cap, low, pick_weighted
from .world import (
    _END_ORD,
    _START_ORD,
    CITE_APPEAL,
    GROUP_SECTORS,
    GROUP_WEIGHTS,
    MERGE_ORD,
    NATIONAL,
    REFORM_ORD,
    TOPICS,
    TYPE_WEIGHTS,
    YEARLY,
    Issuer,
)

# ---------------------------------------------------------------------------
# The documents.
# ---------------------------------------------------------------------------

class Doc:
    __slots__ = ("index", "issuer", "type", "ordinal", "draft", "blank_day", "blank_month", "qp", "number", "scanned",
                 "pad", "unit", "so_ky_hieu", "topic", "topic_year", "np", "vp", "trich_yeu", "about",
                 "cites", "file")

    def __init__(self, index, issuer, type_, ordinal):
        self.index, self.issuer, self.type, self.ordinal = index, issuer, type_, ordinal
        self.draft = self.blank_day = self.blank_month = self.qp = self.scanned = False
        self.number = None
        self.pad = False
        self.unit = None
        self.so_ky_hieu = ""
        self.topic = None
        self.topic_year = (0, 0, 0)  # (year, Tết, school year) the subject speaks of
        self.np = self.vp = self.trich_yeu = self.about = ""
        self.cites: list = []
        self.file = ""

    @property
    def year(self) -> int:
        return date.fromordinal(self.ordinal).year

    @property
    def citable(self) -> bool:
        return self.number is not None and not self.blank_day


class National:
    """A national document cited by the corpus, not part of it."""
    __slots__ = ("type_name", "so_ky_hieu", "ordinal", "issuer_name", "subject", "sectors")

    def __init__(self, row):
        self.type_name, self.so_ky_hieu, d, self.issuer_name, self.subject, sectors = row
        self.ordinal = d.toordinal()
        self.sectors = sectors.split()


_NATIONAL = [National(row) for row in NATIONAL]


def _number_text(doc: Doc) -> str:
    if doc.number is None:
        return ""
    return f"{doc.number:02d}" if doc.pad else str(doc.number)


def _so_ky_hieu(doc: Doc) -> str:
    iss, n = doc.issuer, _number_text(doc)
    if iss.party:
        return f"{n}-{doc.type}/{iss.code}"
    if doc.type == "CV":
        return f"{n}/{iss.code}-{doc.unit}" if doc.unit else f"{n}/{iss.code}"
    if doc.qp:
        return f"{n}/{doc.year}/{doc.type}-{iss.code}"
    return f"{n}/{doc.type}-{iss.code}"


#: Share of documents that reach us as scans (hard-wrapped pages, OCR'd text
#: layer); the OCR-damaged ones are drawn from these first.
SCANNED_SHARE = 0.16


def plan_documents(n: int, rng: random.Random, issuers: list[Issuer]) -> list[Doc]:
    """Who issues what when, sorted by date, numbered per issuer, year and ký hiệu."""
    periods = [(_START_ORD, MERGE_ORD - 1), (MERGE_ORD, REFORM_ORD - 1), (REFORM_ORD, _END_ORD)]
    tables = []
    for first, last in periods:
        groups = {}
        for g in GROUP_WEIGHTS:
            active = [i for i in issuers if i.group == g and i.first <= first and i.last >= last]
            if active:
                groups[g] = (active, [i.factor for i in active])
        tables.append(groups)
    docs = []
    for index in range(n):
        while True:
            ordinal = rng.randint(_START_ORD, _END_ORD)
            weekday = date.fromordinal(ordinal).weekday()
            if weekday == 6 or (weekday == 5 and rng.random() < 0.85):
                continue
            break
        groups = tables[0 if ordinal < MERGE_ORD else 1 if ordinal < REFORM_ORD else 2]
        g = rng.choices(list(groups), weights=[GROUP_WEIGHTS[k] for k in groups])[0]
        active, weights = groups[g]
        iss = rng.choices(active, weights=weights)[0]
        doc = Doc(index, iss, pick_weighted(rng, TYPE_WEIGHTS[g]), ordinal)
        doc.qp = (g == "ubnd_tinh" and doc.type == "QĐ" and rng.random() < 0.08) or \
                 (g == "hdnd" and doc.type == "NQ" and rng.random() < 0.35)
        if not doc.qp and g != "hdnd" and rng.random() < 0.04:
            doc.draft = True
            r = rng.random()
            doc.blank_day = r >= 0.4
            doc.blank_month = r >= 0.85
        if doc.type == "CV" and not iss.party:
            doc.unit = None if (g == "ubnd_xa" and rng.random() < 0.4) else rng.choice(iss.units)
        doc.pad = rng.random() < 0.6
        doc.scanned = rng.random() < SCANNED_SHARE
        docs.append(doc)
    docs.sort(key=lambda d: (d.ordinal, d.index))
    last: dict = {}
    for doc in docs:
        if doc.draft:
            continue
        d = date.fromordinal(doc.ordinal)
        jan1 = date(d.year, 1, 1).toordinal()
        days = 366 if d.year % 4 == 0 else 365
        series = doc.type + ("qp" if doc.qp else "")
        rate = YEARLY[doc.issuer.group].get(series, YEARLY[doc.issuer.group].get(doc.type, 50)) * doc.issuer.factor
        key = (doc.issuer.key, d.year, series)
        expected = rate * (doc.ordinal - jan1 + 1) / days
        doc.number = max(last.get(key, 0) + 1, int(expected * rng.uniform(0.85, 1.08)) + 1)
        last[key] = doc.number
    for doc in docs:
        doc.so_ky_hieu = _so_ky_hieu(doc)
    for number, doc in enumerate(docs, 1):
        doc.file = f"{number:06d}.txt"  # in the order they were issued, as they arrive
    return docs


# ---------------------------------------------------------------------------
# Citations: whom a document cites.
# ---------------------------------------------------------------------------

class Pools:
    """Citable documents per issuer, in date order, with strictly earlier
    dates than the document being written."""

    def __init__(self) -> None:
        self.ordinals: dict[str, list[int]] = {}
        self.docs: dict[str, list[Doc]] = {}
        self.pending: list[Doc] = []
        self.pending_ordinal = -1
        self.submissions: dict[str, list[Doc]] = {}   # Tờ trình by group

    def advance(self, ordinal: int) -> None:
        if ordinal == self.pending_ordinal:
            return
        for doc in self.pending:
            self.ordinals.setdefault(doc.issuer.key, []).append(doc.ordinal)
            self.docs.setdefault(doc.issuer.key, []).append(doc)
            if doc.type == "TTr":
                self.submissions.setdefault(doc.issuer.group, []).append(doc)
        self.pending = []
        self.pending_ordinal = ordinal

    def add(self, doc: Doc) -> None:
        if doc.citable:
            self.pending.append(doc)

    def pick(self, rng: random.Random, key: str, ordinal: int, topic, appeal_power: float = 1.0) -> Doc | None:
        docs = self.docs.get(key)
        if not docs:
            return None
        ordinals = self.ordinals[key]
        best = None
        for _ in range(4):
            if rng.random() < 0.12:
                age = rng.randint(1, 3 * 365)
            else:
                age = int(rng.expovariate(1 / 120)) + 1
            i = bisect.bisect_right(ordinals, ordinal - age) - 1
            if i < 0:
                return None  # what it cites is older than the corpus
            # Look about for one on the same subject.
            for j in range(i, max(-1, i - 6), -1):
                if topic is not None and docs[j].topic is topic:
                    i = j
                    break
            cand = docs[i]
            if ordinal - cand.ordinal > 3 * 365:
                continue
            appeal = CITE_APPEAL[cand.type] ** appeal_power
            if topic is not None and cand.topic is topic:
                appeal = min(1.0, appeal * 2.5)
            if rng.random() < appeal:
                return cand
            best = best or cand
        if best is not None and ordinal - best.ordinal > 540:
            return None
        return best if rng.random() < 0.3 else None


_K_WEIGHTS = [4, 7, 13, 15, 14, 11, 9, 7, 6, 5, 4, 2, 1.5, 1, 0.5]
_K_CAP = {"CV": 6, "TB": 4, "TTr": 6, "QĐ": 8}
_NATIONAL_SHARE = {"tinh_uy": 0.5, "ban_tu": 0.45, "duk": 0.35, "ubnd_tinh": 0.3, "hdnd": 0.3, "so": 0.25,
                   "huyen_uy": 0.22, "ubnd_huyen": 0.2, "dang_uy_xa": 0.12, "ubnd_xa": 0.1}


def choose_citations(doc: Doc, rng: random.Random, pools: Pools) -> tuple[Doc | None, list, list]:
    """(primary, other corpus citations, national citations)."""
    iss = doc.issuer
    k = rng.choices(range(len(_K_WEIGHTS)), weights=_K_WEIGHTS)[0]
    if k > _K_CAP.get(doc.type, 99):
        k = rng.randint(1, _K_CAP[doc.type])
    n_nat = sum(1 for _ in range(k) if rng.random() < _NATIONAL_SHARE[iss.group])
    n_in = k - n_nat
    parents = [(p, w) for p, w in (iss.parents_post if doc.ordinal >= REFORM_ORD else iss.parents_pre)
               if pools.docs.get(p.key)]
    chosen: list[Doc] = []
    primary = None
    if n_in and parents:
        for _ in range(3):
            parent = rng.choices([p for p, _ in parents], weights=[w for _, w in parents])[0]
            primary = pools.pick(rng, parent.key, doc.ordinal, None)
            if primary is not None:
                break
        if primary is not None:
            chosen.append(primary)
    topic = primary.topic if primary is not None else None
    tries = 0
    while len(chosen) < n_in and tries < 4 * n_in + 4:
        tries += 1
        r = rng.random()
        cand = None
        if r < 0.35 and primary is not None and primary.cites:
            cand = rng.choice(primary.cites)
            if not isinstance(cand, Doc) or doc.ordinal - cand.ordinal > 2 * 365:
                cand = None
        elif r < 0.85 and parents:
            parent = rng.choices([p for p, _ in parents], weights=[w for _, w in parents])[0]
            cand = pools.pick(rng, parent.key, doc.ordinal, topic, 0.5)
        else:
            cand = pools.pick(rng, iss.key, doc.ordinal, topic, 0.5)
        if cand is not None and cand not in chosen:
            chosen.append(cand)
    nationals: list[National] = []
    if n_nat:
        before = [x for x in _NATIONAL if x.ordinal < doc.ordinal - 10]
        sector = doc.issuer.sector or "gen"
        weights = [3.0 if sector in x.sectors or (iss.party and "party" in x.sectors) else 0.7 for x in before]
        while before and len(nationals) < n_nat:
            x = rng.choices(before, weights=weights)[0]
            j = before.index(x)
            before.pop(j)
            weights.pop(j)
            nationals.append(x)
    return primary, chosen[1:] if primary is not None else chosen, nationals


# ---------------------------------------------------------------------------
# Subjects and titles.
# ---------------------------------------------------------------------------

def topic_when(ordinal: int) -> tuple[int, int, int]:
    """The years a subject started on this day speaks of: the year, the
    coming Tết, the school year."""
    d = date.fromordinal(ordinal)
    return d.year, d.year + 1 if d.month >= 11 else d.year, d.year if d.month >= 7 else d.year - 1


def topic_text(topic, when: tuple[int, int, int], scope: str) -> str:
    year, tet, school = when
    return (topic[0].replace("{Y}", str(year)).replace("{Y1}", str(year + 1)).replace("{T}", str(tet))
            .replace("{N}", str(school)).replace("{N1}", str(school + 1)).replace("{S}", scope))


def still_current(cited: Doc, doc: Doc) -> bool:
    """A subject is carried down only while it is current: a plan for 2023
    is not implemented in 2025."""
    topic = cited.topic
    if not topic[3] <= doc.year <= topic[4] + 1:
        return False
    dated = "{Y}" in topic[0] or "{T}" in topic[0] or "{N}" in topic[0]
    return cited.topic_year[0] >= doc.year - (0 if dated and date.fromordinal(doc.ordinal).month > 3 else 1)


def new_topic(doc: Doc, rng: random.Random):
    year = doc.year
    sectors = GROUP_SECTORS.get(doc.issuer.group)
    if doc.issuer.group == "so" or doc.issuer.group == "ban_tu":
        sectors = f"{doc.issuer.sector} gen" if doc.issuer.group == "so" else f"{doc.issuer.sector} party"
    fitting = [t for t in TOPICS if t[3] <= year <= t[4] and (sectors is None or any(s in sectors.split()
                                                                                        for s in t[2].split()))]
    if doc.issuer.group == "so":
        own = [t for t in fitting if doc.issuer.sector in t[2].split()]
        if own and rng.random() < 0.75:
            fitting = own
    return rng.choice(fitting or TOPICS)


HEAD_TITLE = {"ubnd_tinh": "Chủ tịch UBND tỉnh", "ubnd_huyen": "Chủ tịch UBND huyện", "ubnd_xa": "Chủ tịch UBND xã",
               "so": "Giám đốc Sở", "hdnd": "Thường trực HĐND tỉnh", "tinh_uy": "Ban Thường vụ Tỉnh ủy",
               "ban_tu": "Lãnh đạo Ban", "duk": "Ban Thường vụ Đảng ủy Khối", "huyen_uy": "Thường trực Huyện ủy",
               "dang_uy_xa": "Ban Thường vụ Đảng ủy"}


def titles_of(doc: Doc, rng: random.Random, title_cite: str | None) -> tuple[str, str, str]:
    """(trích yếu as printed, as the parser should give it, what citers say it is about)."""
    np, vp, t, g = doc.np, doc.vp, doc.type, doc.issuer.group
    core = vp
    if title_cite:
        core = f"{rng.choice(['triển khai thực hiện', 'thực hiện', 'tuyên truyền', 'quán triệt, triển khai'])} {title_cite}"
    if t in ("KH", "HD", "CTr"):
        title = core
        if t == "CTr" and rng.random() < 0.4:
            title = f"hành động {core}" if title_cite else f"công tác {np}"
    elif t == "CV":
        title = core
    elif t == "QĐ" and doc.qp:
        title = f"Ban hành Quy định về {np}"
    elif t == "QĐ":
        title = rng.choice([f"Về việc ban hành Kế hoạch {core}", f"Về việc thành lập Ban Chỉ đạo {np}",
                            f"Về việc kiện toàn Ban Chỉ đạo {np}", f"Về việc phê duyệt Kế hoạch {core}",
                            f"Về việc giao nhiệm vụ {core}"])
    elif t == "CT":
        if doc.issuer.party and rng.random() < 0.5:
            title = f"về tăng cường sự lãnh đạo của Đảng đối với {np}"
        else:
            title = f"Về {vp}" if not vp.startswith("thực hiện") else f"Về việc {vp}"
    elif t == "TB":
        where = rng.choice(["tại buổi làm việc", "tại cuộc họp", "tại hội nghị"])
        title = f"Kết luận của {HEAD_TITLE[g]} {where} về {np}"
    elif t == "BC":
        title = rng.choice([f"Kết quả {core}", f"Tình hình, kết quả {core}",
                            f"Sơ kết 6 tháng đầu năm {doc.year} {core}", f"Tổng kết {core}"])
    elif t == "TTr":
        title = rng.choice([f"Về việc đề nghị phê duyệt Kế hoạch {core}", f"Đề nghị ban hành Kế hoạch {core}"])
        if g == "ubnd_tinh":
            title = f"Đề nghị ban hành Nghị quyết về {np}"
    else:  # NQ
        if g == "hdnd":
            title = rng.choice([f"Quy định một số nội dung, mức chi thực hiện {np}", f"Về việc thông qua Kế hoạch {vp}",
                                f"Về nhiệm vụ {vp}"])
        elif g == "dang_uy_xa" and rng.random() < 0.5:
            title = f"về lãnh đạo thực hiện nhiệm vụ chính trị năm {doc.year}"
        else:
            title = f"về {core}" if not core.startswith("về") else core
    title = title.replace("  ", " ")
    printed = title
    if (doc.issuer.party and t != "CV" and rng.random() < 0.6) or (t == "CV" and not doc.issuer.party
                                                                    and rng.random() < 0.5):
        printed = low(title) if not title.startswith("Về việc") else title
    else:
        printed = cap(title)
    value = cap(title)
    plain = title if not title_cite else title.replace(core, vp)
    stripped = plain
    for prefix in ("Về việc ", "về việc "):
        if stripped.startswith(prefix):
            return printed, value, "về việc " + low(stripped[len(prefix):])
    for prefix in ("Về ", "về "):
        if stripped.startswith(prefix):
            return printed, value, "về " + low(stripped[len(prefix):])
    return printed, value, rng.choice(["về ", "về ", "về việc "]) + low(stripped)
