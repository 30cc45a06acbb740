"""Vietnamese letters: folding diacritics, case, syllable shape.

Every function here maps text to text of the same length where it says so,
because the parsers match on a folded copy and cut the original at the same
offsets.
"""

from __future__ import annotations

import re
import unicodedata

#: Letters that occur in Vietnamese and almost never in French or English
#: text; OCR that lost the diacritics keeps at most é/è/ô-like accents, so the
#: share of these letters separates damaged text from clean text.
VIETNAMESE_ONLY = set(
    "ăâđơư"
    "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
    "àáãìíòóõùúýèéêô"
)
VIETNAMESE_ONLY -= set("àáèéêìíòóôõùúý")  # shared with French/Latin-1 OCR output
VIETNAMESE_ONLY -= set("ÀÁÈÉÊÌÍÒÓÔÕÙÚÝ")


def _fold_char(char: str) -> str:
    if char in "đĐ":
        return "d"
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0] if decomposed else char
    if unicodedata.combining(base):
        return char
    return base.lower() if len(base.lower()) == 1 else char


#: Latin letters with their marks (Latin-1, Extended-A/B, Extended Additional,
#: where all Vietnamese letters are) folded by one C-speed ``str.translate``.
_FOLD_TABLE = {
    code: _fold_char(chr(code))
    for block in (range(0x41, 0x5B), range(0xC0, 0x250), range(0x1E00, 0x1F00))
    for code in block
    if _fold_char(chr(code)) != chr(code)
}


def fold(text: str) -> str:
    """Lower-case, drop diacritics, đ→d; one output character per input one."""
    return text.translate(_FOLD_TABLE)


def nfc(text: str) -> str:
    """Unicode NFC: one code point per Vietnamese letter."""
    return unicodedata.normalize("NFC", text)


def is_upper_line(text: str) -> bool:
    """True when the letters of ``text`` are (nearly) all capitals."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper / len(letters) >= 0.85


def vietnamese_letter_share(text: str) -> float:
    """Share of word tokens carrying a letter only Vietnamese uses."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    if not words:
        return 0.0
    marked = sum(1 for w in words if any(c in VIETNAMESE_ONLY for c in w))
    return marked / len(words)


def capitalize_first(text: str) -> str:
    """The first letter upper case, the rest as it is."""
    return text[:1].upper() + text[1:] if text else text


def title_case(text: str) -> str:
    """Capitalise every syllable: place and person names ("Lạng Sơn")."""
    return " ".join(capitalize_first(w.lower()) for w in text.split())
