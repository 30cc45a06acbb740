"""Pre-Unicode single-byte encodings used by Vietnamese offices.

Three are common in files that are not UTF-8: Windows-1258 (tone marks as
combining characters), TCVN3 or "ABC" (the ".Vn" fonts: one byte a letter)
and VNI-Windows (a letter, then a byte for its marks). The bytes do not
say which; each reading is tried and the one that gives the most
well-formed Vietnamese syllables wins.
"""

from __future__ import annotations

import re
import unicodedata

from vanban.text.syllables import is_syllable

#: TCVN3 (TCVN 5712:1993, VN3) byte → letter. Capitals with tone marks have
#: no codes of their own: the ".VnTimeH" fonts draw the lower-case codes as
#: capitals, so such text comes out in lower case.
_TCVN3_LETTERS = (
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
)
_TCVN3_BYTES = bytes([
    0xB5, 0xB8, 0xB6, 0xB7, 0xB9, 0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6, 0xA9, 0xC7, 0xCA, 0xC8, 0xC9, 0xCB,
    0xAE, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1, 0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6, 0xD7, 0xDD, 0xD8, 0xDC, 0xDE,
    0xDF, 0xE3, 0xE1, 0xE2, 0xE4, 0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9, 0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE,
    0xEF, 0xF3, 0xF1, 0xF2, 0xF4, 0xAD, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE,
    0xA1, 0xA2, 0xA7, 0xA3, 0xA4, 0xA5, 0xA6,
])
TCVN3_LETTERS = dict(zip(_TCVN3_BYTES, _TCVN3_LETTERS))
#: Latin-1 character of each byte → TCVN3 letter, or its Windows-1252 reading.
_TCVN3_TABLE = {b: TCVN3_LETTERS.get(b) or bytes([b]).decode("cp1252", errors="replace") for b in range(0x80, 0x100)}


def decode_tcvn3(raw: bytes) -> str:
    return raw.decode("latin-1").translate(_TCVN3_TABLE)


# VNI-Windows: a base letter followed by one byte (read here as its
# Windows-1252 character) that carries the marks.
_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}  # circumflex + tone
_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}  # breve + tone
_I_TONES = {"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị"}


def _vni_pattern() -> re.Pattern:
    marks = "".join(sorted(set(_TONES) | set(_HAT) | set(_BREVE)))
    marks += marks.upper()
    return re.compile(rf"([aAeEoOuUyYôÔöÖ])([{re.escape(marks)}])|([ôÔöÖñÑîÎíÍìÌæÆóÓòÒ])")


_VNI = _vni_pattern()


def _vni_letter(m: re.Match) -> str:
    base, mark, alone = m.group(1), m.group(2), m.group(3)
    if alone:
        lower = alone.lower()
        letter = {"ô": "ơ", "ö": "ư", "ñ": "đ", "î": "ỵ"}.get(lower) or _I_TONES.get(lower, alone)
        return letter.upper() if alone.isupper() else letter
    upper = base.isupper()
    letter = {"ô": "ơ", "ö": "ư"}.get(base.lower(), base.lower())
    mark_l = mark.lower()
    if letter in "aeo" and mark_l in _HAT:
        composed = letter + "\u0302" + _HAT[mark_l]
    elif letter == "a" and mark_l in _BREVE:
        composed = letter + "\u0306" + _BREVE[mark_l]
    elif mark_l in _TONES:
        composed = letter + _TONES[mark_l]
    else:  # a byte that is no mark after this letter: keep both as they are
        return base + mark
    composed = unicodedata.normalize("NFC", composed)
    return composed.upper() if upper else composed


def decode_vni(raw: bytes) -> str:
    return _VNI.sub(_vni_letter, raw.decode("cp1252", errors="replace"))


def decode_cp1258(raw: bytes) -> str:
    return unicodedata.normalize("NFC", raw.decode("cp1258", errors="replace"))


_WORD = re.compile(r"[^\W\d_]{2,}")


def vietnamese_score(text: str) -> float:
    """Share of words that are well-formed syllables carrying a mark."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    good = sum(1 for w in words if is_syllable(w) and unicodedata.normalize("NFD", w) != w)
    bad = sum(1 for w in words if not is_syllable(w))
    return (good - 0.5 * bad) / len(words)


READERS = (("Windows-1258", decode_cp1258), ("TCVN3 (ABC)", decode_tcvn3), ("VNI-Windows", decode_vni))


SAMPLE = 64 * 1024  #: bytes read to choose the encoding


def decode_legacy(raw: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8 with the reading that looks most Vietnamese."""
    sample = raw[:SAMPLE]
    _, name, reader = max(((vietnamese_score(reader(sample)), name, reader) for name, reader in READERS),
                          key=lambda t: t[0])
    return unicodedata.normalize("NFC", reader(raw)), name
