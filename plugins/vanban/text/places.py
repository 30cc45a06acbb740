"""Vietnam's administrative units, as a real list names them.

An issuer's place ("Ủy ban nhân dân tỉnh Lạng Sơn") and a document's place
of issue are checked against the units of both eras: the 63 provinces with
their districts and wards before the 2025 reorganisation (documents issued
before it name them) and the 34 provinces and their wards after it. The list
is the data of the ``vietnamadminunits`` package, read as data: its parsers
(which pull in geometry libraries) are never imported.

A name is known when it is printed as a unit of its level; a name that lost
its marks ("LANG SON") gets them back when exactly one unit folds to it; an
OCR slip ("Làng Sdn") is mended when exactly one province or district is one
letter away. Anything else is unknown: the caller reports it rather than
publishing a new province.
"""

from __future__ import annotations

import importlib.util
import json
from collections import defaultdict
from functools import lru_cache
from pathlib import Path

from vanban.text.letters import fold, nfc
from vanban.text.syllables import canonical

#: Unit words (folded) and the level of unit they name.
LEVEL_OF_UNIT = {
    "tinh": 1, "thanh pho": 1, "huyen": 2, "quan": 2, "thi xa": 2,
    "xa": 3, "phuong": 3, "thi tran": 3, "dac khu": 3,
}
PROVINCE, DISTRICT, WARD = 1, 2, 3
_FUZZY_LEVELS = (PROVINCE, DISTRICT)  #: ward names are too many and too alike for a one-letter guess


class PlaceListMissing(RuntimeError):
    """The package holding the list of units is not installed."""


def _data_dir() -> Path:
    # find_spec locates the package without importing it (its __init__ imports shapely and geopy).
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        raise PlaceListMissing("the list of administrative units (package vietnamadminunits) is not installed; "
                               "run `pip install vietnamadminunits` or `make site`")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def _spelling(name: str) -> str:
    return " ".join(canonical(w) for w in nfc(name).split())


def units() -> dict[int, dict[str, tuple[str, ...]]]:
    """Level → folded name → the names so written (usually one)."""
    return _load()[0]


def ward_kind(name: str) -> str | None:
    """"xã", "phường", "thị trấn" or "đặc khu": what a ward of this name is,
    when every ward so named is the same kind ("Tri Phương" → "xã")."""
    kinds = _load()[1].get(_spelling(name))
    return next(iter(kinds)) if kinds and len(kinds) == 1 else None


@lru_cache(maxsize=1)
def _load() -> tuple[dict[int, dict[str, tuple[str, ...]]], dict[str, set[str]]]:
    data = _data_dir()
    legacy = json.loads((data / "parser_legacy.json").read_text(encoding="utf-8"))
    current = json.loads((data / "parser_from_2025.json").read_text(encoding="utf-8"))
    names: dict[int, dict[str, set[str]]] = {level: defaultdict(set) for level in (PROVINCE, DISTRICT, WARD)}

    def add(level: int, name) -> None:
        if isinstance(name, str) and name.strip():  # a few entries of the data have no name
            names[level][fold(name)].add(_spelling(name))

    for era in (legacy, current):
        for province in era["DICT_PROVINCE"].values():
            add(PROVINCE, province["provinceShort"])
    add(PROVINCE, "Thừa Thiên Huế")  # the list shortens it to "Huế"; documents print it whole
    for districts in legacy["DICT_PROVINCE_DISTRICT"].values():
        for district in districts.values():
            add(DISTRICT, district["districtShort"])
    wards = [w for districts in legacy["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"].values()
             for in_district in districts.values() for w in in_district.values()]
    wards += [w for in_province in current["DICT_PROVINCE_WARD_NO_ACCENTED"].values() for w in in_province.values()]
    kinds: dict[str, set[str]] = defaultdict(set)
    for ward in wards:
        add(WARD, ward["wardShort"])
        if isinstance(ward["wardShort"], str) and isinstance(ward.get("wardType"), str):
            kinds[_spelling(ward["wardShort"])].add(ward["wardType"].lower())
    return {level: {key: tuple(sorted(v)) for key, v in table.items()} for level, table in names.items()}, kinds


def levels_of(unit_word: str) -> tuple[int, ...]:
    """Levels a unit word can name: "thành phố" is a province or a city of one."""
    level = LEVEL_OF_UNIT.get(fold(unit_word))
    if level is None:
        return (PROVINCE, DISTRICT, WARD)
    return (PROVINCE, DISTRICT) if level == PROVINCE and fold(unit_word) == "thanh pho" else (level,)


def known_place(name: str, levels: tuple[int, ...] = (PROVINCE, DISTRICT, WARD)) -> str | None:
    """The unit's name as the list writes it, or None when no unit is meant.

    "Lạng Sơn", "LẠNG SƠN", "Lang Son", "Lạng Sờn" → "Lạng Sơn"; "Làng Sdn"
    → "Lạng Sơn" (one letter off a single province); "Xyz" → None."""
    spelled = _spelling(name.title() if name.isupper() else name)
    key = fold(spelled)
    if not key:
        return None
    table = units()
    found = [table[level].get(key, ()) for level in levels]
    if any(spelled in listed for listed in found):
        return spelled
    for listed in found:  # the highest level first: a province before a ward of its name
        if listed:
            # Several units fold alike ("Cam Giang": Cẩm Giang, Cẩm Giàng): the name stays as printed.
            return listed[0] if len(listed) == 1 else spelled
    for level in levels:
        if level in _FUZZY_LEVELS:
            near = {n for k, names in table[level].items() if _one_letter_apart(key, k) for n in names}
            if len(near) == 1:
                return near.pop()
    return None


def _one_letter_apart(a: str, b: str) -> bool:
    """One substitution, insertion or deletion, in names of five letters or more."""
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
