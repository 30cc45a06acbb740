"""Names of organs (cơ quan, tổ chức) written as NĐ 30/2020 writes them in
running text, whatever the header printed: capitals, OCR text that lost its
marks, abbreviations, old tone placement.

"BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Bộ Lao động - Thương binh và Xã hội";
"UBND TỈNH LANG SON" → "Ủy ban nhân dân tỉnh Lạng Sơn"; "Uỷ ban Thường vụ
Quốc hội" → "Ủy ban Thường vụ Quốc hội". The rule of Phụ lục I of NĐ 30: the
first letter of the organ's kind (Bộ, Sở, Cục...) and of each word group
naming its field ("Tài chính", "Văn hóa, Thể thao và Du lịch") is a capital;
the rest is lower case, except names (places, "Quốc hội", "Tỉnh ủy"). One
spelling per body is what the issuer filter and the browse pages group by.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from vanban.text.letters import nfc, title_case
from vanban.text.places import DISTRICT, PROVINCE, known_place, levels_of, ward_kind
from vanban.text.shapes import ocr_fold
from vanban.text.syllables import canonical
from vanban.text.vocabulary import UNIT_WORDS

#: An organ's kind: the words after it name its field, each word group capitalised.
KINDS = {
    "bo": "Bộ", "so": "Sở", "cuc": "Cục", "tong cuc": "Tổng cục", "chi cuc": "Chi cục", "vu": "Vụ",
    "ban": "Ban", "van phong": "Văn phòng", "uy ban": "Ủy ban", "trung tam": "Trung tâm", "ngan hang": "Ngân hàng",
    "phong": "Phòng", "kho bac": "Kho bạc", "hoc vien": "Học viện", "vien": "Viện", "benh vien": "Bệnh viện",
    "truong": "Trường", "hoi dong": "Hội đồng", "hoi": "Hội", "lien doan": "Liên đoàn", "thanh tra": "Thanh tra",
    "kiem toan": "Kiểm toán", "cong an": "Công an", "bo chi huy": "Bộ Chỉ huy", "bo tu lenh": "Bộ Tư lệnh",
    "dai hoc": "Đại học", "khoi": "Khối", "doan": "Đoàn", "tong lien doan": "Tổng Liên đoàn",
}
#: Words written one way wherever they stand (names, and kinds whose field is lower case by usage).
FIXED = {
    "uy ban nhan dan": "Ủy ban nhân dân", "hoi dong nhan dan": "Hội đồng nhân dân",
    "toa an nhan dan": "Tòa án nhân dân", "vien kiem sat nhan dan": "Viện kiểm sát nhân dân",
    "toi cao": "tối cao", "bao hiem xa hoi": "Bảo hiểm xã hội", "kiem toan nha nuoc": "Kiểm toán nhà nước",
    "ngan hang nha nuoc": "Ngân hàng Nhà nước", "kho bac nha nuoc": "Kho bạc Nhà nước",
    "tinh uy": "Tỉnh ủy", "huyen uy": "Huyện ủy", "thanh uy": "Thành ủy", "quan uy": "Quận ủy", "thi uy": "Thị ủy",
    "quoc hoi": "Quốc hội", "chinh phu": "Chính phủ", "thu tuong": "Thủ tướng", "chu tich nuoc": "Chủ tịch nước",
    "trung uong": "Trung ương", "viet nam": "Việt Nam", "mat tran to quoc": "Mặt trận Tổ quốc",
    "bo chinh tri": "Bộ Chính trị", "ban bi thu": "Ban Bí thư", "ban chap hanh": "Ban Chấp hành",
    "cac co quan": "các cơ quan", "ccq": "các cơ quan", "cong thuong": "Công Thương",
    "giao thong van tai": "Giao thông vận tải", "van ban": "văn bản",
    "dang uy": "Đảng ủy", "dang bo": "Đảng bộ", "chi bo": "Chi bộ",
}
#: Party committees named by their place with no unit word ("Huyện ủy Văn Lãng"): the unit they imply.
PLACE_AFTER = {"Tỉnh ủy": "tinh", "Huyện ủy": "huyen", "Thành ủy": "thanh pho", "Quận ủy": "quan", "Thị ủy": "thi xa"}
#: Abbreviations printed in issuer lines ("UBND TỈNH BẮC GIANG").
ABBREVIATIONS = {"ubnd": "Ủy ban nhân dân", "hdnd": "Hội đồng nhân dân", "mttq": "Mặt trận Tổ quốc", "tp": "thành phố"}
_JOINS = {"va"}  #: a word group of a field starts after "và", a comma or a dash

_TABLES = [(tuple(k.split()), v, kind) for table, kind in ((FIXED, "fixed"), (KINDS, "kind"), (UNIT_WORDS, "unit"))
           for k, v in table.items()]
_TABLES.sort(key=lambda t: (-len(t[0]), t[2] != "fixed"))
_TOKEN = re.compile(r"[-–—,]|[^\s,\-–—]+")


def ocr_variants(word: str) -> tuple[str, ...]:
    """A word and, if it starts with P/B, the Đ-word OCR took it for ("pang")."""
    return (word, "d" + word[1:]) if word[:1] in "pb" else (word,)


def _match(keys: list[str], i: int, kinds: tuple[str, ...] = ("fixed", "kind", "unit")) -> tuple[int, str, str] | None:
    for phrase, written, kind in _TABLES:
        n = len(phrase)
        if kind in kinds and i + n <= len(keys) and all(phrase[k] in ocr_variants(keys[i + k]) for k in range(n)):
            if phrase[-1] == "uy" and keys[i + n: i + n + 1] == ["ban"]:
                continue  # "TỈNH ỦY BAN NHÂN DÂN": the "ỦY" begins "Ủy ban", no "Tỉnh ủy"
            return n, written, kind
    return None


#: Where a word stands, and what it may be there: after an organ's kind, its
#: field ("Bộ Tài chính"), where a unit needs a real place after it
#: ("Công an tỉnh Lạng Sơn", not "Xã hội"); after "và", a comma or a dash, a
#: new word group of the field; inside a field, no new organ kind ("Bộ Quốc
#: phòng", not "Quốc Phòng").
#: A dash may also start the next organ of a joint issuer ("Tòa án nhân dân tối cao - Bộ Công an").
_FREE, _AFTER_KIND, _AFTER_JOIN, _AFTER_DASH, _IN_FIELD = "free", "after-kind", "after-join", "after-dash", "in-field"
_ALLOWED = {_FREE: ("fixed", "kind", "unit"), _AFTER_KIND: ("fixed", "unit"), _AFTER_JOIN: ("fixed",),
            _AFTER_DASH: ("fixed", "kind"), _IN_FIELD: ("fixed", "unit")}


def organ_name(text: str) -> str:
    """The organ's name as NĐ 30 writes it in running text, its words spelled
    as printed ("Bộ Văn hoá, Thể thao và Du lịch" keeps its "hoá")."""
    return _read(text, spelling=False).name


def organ_key(text: str) -> str:
    """One spelling per body, for filters and browse pages: the name as
    ``organ_name`` writes it, with the tone marks where most legal texts put
    them ("Uỷ" and "Ủy", "hoá" and "hóa" are one body)."""
    return _read(nfc(text), spelling=True).name


#: First words of an organ's name that are not an organ kind of the tables.
OTHER_KINDS = ("hiep hoi", "cong ty", "tong cong ty", "tap doan", "quy", "dai", "bao", "nha xuat ban", "cang vu",
               "quan khu", "bo doi", "lien minh", "hop tac xa", "tinh doan", "thanh doan", "huyen doan", "cau lac bo",
               "ban quan ly", "hoi dong", "kiem toan", "ky tu", "toa an", "vien kiem sat", "bao hiem")
#: Fixed names an organ's name may start with.
_ORGAN_FIXED = {"Ủy ban nhân dân", "Hội đồng nhân dân", "Tòa án nhân dân", "Viện kiểm sát nhân dân", "Bảo hiểm xã hội",
                "Kiểm toán nhà nước", "Ngân hàng Nhà nước", "Kho bạc Nhà nước", "Quốc hội", "Chính phủ", "Thủ tướng",
                "Chủ tịch nước", "Trung ương", "Mặt trận Tổ quốc", "Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành",
                "Đảng ủy", "Đảng bộ", "Chi bộ", *PLACE_AFTER}


def is_organ_name(text: str) -> bool:
    """True when the name starts as an organ's does (a kind, a fixed organ,
    an abbreviation): "Cục Thuế", "UBND tỉnh..."; not "Thông tư1", "Và xã hội",
    "136/2025/NĐ-CP" or a heading that reached the header."""
    keys = [re.sub(r"[^a-z0-9]", "", ocr_fold(t)) for t in _TOKEN.findall(text)]
    keys = [k for k in keys if k]
    if not keys or any(c.isdigit() for c in text) or keys[:2] in (["bo", "truong"], ["thu", "truong"]):
        return False  # a number, or a signer's position ("Bộ trưởng Bộ Tư pháp")
    if keys[0] in ABBREVIATIONS:
        return True
    hit = _match(keys, 0, ("fixed", "kind"))
    if hit and (hit[2] == "kind" or hit[1] in _ORGAN_FIXED):
        return True
    return any(keys[: len(k.split())] == k.split() for k in OTHER_KINDS)


def unknown_place(name: str) -> str | None:
    """The place an organ's name gives that is no administrative unit, if any
    ("Ủy ban nhân dân tỉnh Xyz" → "Xyz")."""
    unknown = _read(name, spelling=False).unknown
    return unknown[0] if unknown else None


def body_key(issuer: str, parent: str | None = None) -> str:
    """The issuer filter's value: one spelling per body (``organ_key``), and
    the place of its parent where the issuer names none, so two provinces'
    "Sở Y tế" stay two bodies: "Sở Y tế" under "UBND tỉnh Bắc Giang" →
    "Sở Y tế tỉnh Bắc Giang"; "Ban Thường vụ Tỉnh ủy" under "Đảng bộ tỉnh
    Lạng Sơn" → "Ban Thường vụ Tỉnh ủy Lạng Sơn"."""
    own = _read(nfc(issuer), spelling=True)
    if own.places or not parent:
        return own.name
    above = _read(nfc(parent), spelling=True)
    if not above.places:
        return own.name
    unit, place = above.places[-1]
    return f"{own.name} {place}" if own.bare_unit else f"{own.name} {unit} {place}"


@dataclass
class _Reading:
    name: str = ""
    unknown: list[str] = field(default_factory=list)  #: places that are no unit of the list
    places: list[tuple[str, str]] = field(default_factory=list)  #: (unit word, place) named
    bare_unit: bool = False  #: the name ends on a unit word or a Party committee with no place ("... tỉnh")

    def place(self, unit: str, place: str | None, known: bool) -> list[str]:
        self.unknown += [place] if place and not known else []
        self.places += [(unit, place)] if place else []
        return [unit] + ([place] if place else [])


def _read(text: str, spelling: bool) -> _Reading:
    tokens = [t for t in _TOKEN.findall(text.replace("**", " ")) if re.search(r"\w", t) or t in ",-–—"]
    keys = [re.sub(r"[^a-z0-9]", "", ocr_fold(t)) for t in tokens]
    keep_codes = any(c.islower() for c in text)
    out: list[str] = []
    reading = _Reading()
    state = _FREE
    i = 0
    while i < len(tokens):
        token, key = tokens[i], keys[i]
        if key in ABBREVIATIONS:
            tokens[i: i + 1] = ABBREVIATIONS[key].split()
            keys[i: i + 1] = [ocr_fold(w) for w in ABBREVIATIONS[key].split()]
            continue
        if not key:
            dash = token in "-–—"
            out.append("-" if dash else token)
            state = _FREE if state == _FREE else _AFTER_DASH if dash else _AFTER_JOIN
            i += 1
            continue
        hit = _match(keys, i, _ALLOWED[state])
        if hit and hit[2] == "unit":
            n, place, known = _place_after(tokens, keys, i + hit[0], hit[1])
            if known or state != _AFTER_KIND:
                out += reading.place(hit[1], place, known)
                i += hit[0] + n
                state = _FREE
                continue
            hit = None
        if hit and hit[1] in PLACE_AFTER:
            n, place, known = _place_after(tokens, keys, i + hit[0], PLACE_AFTER[hit[1]])
            out += reading.place(hit[1], place, known)
            i += hit[0] + n
            state = _FREE
            continue
        if hit:
            out.append(hit[1])
            i += hit[0]
            state = _AFTER_KIND if hit[2] == "kind" else (_IN_FIELD if state != _FREE else _FREE)
            continue
        out.append(_word(token, capital=state in (_AFTER_KIND, _AFTER_JOIN, _AFTER_DASH), keep_code=keep_codes,
                         spelling=spelling))
        state = _AFTER_JOIN if state != _FREE and key in _JOINS else (_IN_FIELD if state != _FREE else _FREE)
        i += 1
    text = " ".join(out).replace(" ,", ",")
    reading.name = text[:1].upper() + text[1:]
    reading.bare_unit = bool(out) and (out[-1] in UNIT_WORDS.values() or out[-1] in PLACE_AFTER)
    return reading


def _word(token: str, capital: bool, keep_code: bool, spelling: bool) -> str:
    if re.fullmatch(r"[IVXL]{2,}", token) or (keep_code and re.fullmatch(r"[A-ZĐ]{2,}\d*", token)):
        return token  # roman numerals ("khóa XII") and codes stay
    word = canonical(token.lower()) if spelling else token.lower()
    return word[:1].upper() + word[1:] if capital else word


#: A place name has at most this many words ("Bà Rịa - Vũng Tàu" has four and a dash).
_PLACE_WORDS = 5


def _place_after(tokens: list[str], keys: list[str], start: int, unit: str) -> tuple[int, str | None, bool]:
    """How many words after a unit word name its place, and the place: as the
    list writes it when the words (all, or the first ones) are a unit of that
    level; as printed, title-cased, when they are not."""
    stop = start
    while stop < len(tokens) and stop - start < _PLACE_WORDS and not _match(keys, stop, ("fixed", "kind")) \
            and keys[stop] not in ABBREVIATIONS and (keys[stop] or tokens[stop] in "-–—"):
        stop += 1
    while stop > start and not keys[stop - 1]:
        stop -= 1
    for end in range(stop, start, -1):
        place = known_place(" ".join(tokens[start:end]), levels_of(unit))
        if place:
            return end - start, place, True
    return stop - start, title_case(" ".join(tokens[start:stop])) if stop > start else None, False


#: Bodies a ký hiệu's code or a damaged header may name with no place ("ĐU" → "Đảng ủy").
_BARE_LOCAL = {"Đảng ủy", "Đảng bộ", "Ủy ban nhân dân", "Hội đồng nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam"}


def with_ward(issuer: str | None, dia_danh: str | None) -> str | None:
    """A bare local body given its commune or ward where the document names
    one as its place of issue: "Đảng ủy" issued at "Tri Phương" (a xã, and no
    province or district of that name) is "Đảng ủy xã Tri Phương"."""
    if issuer not in _BARE_LOCAL or not dia_danh or known_place(dia_danh, (PROVINCE, DISTRICT)):
        return issuer
    kind = ward_kind(dia_danh)
    return f"{issuer} {kind} {dia_danh}" if kind else issuer
