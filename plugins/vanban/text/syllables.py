"""Vietnamese syllables: tone, vowel marks and where the tone mark sits.

A written syllable is a base (letters with their vowel marks ă â ê ô ơ ư
and đ) plus one of six tones. The two orthographies differ only in where
the tone mark sits ("hoà"/"hòa", "thuỷ"/"thủy"); ``canonical`` writes
"hòa", "thủy", the style that dominates in legal texts (about 4:1 in the
corpus), which the language model and the repair output use.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Combining marks of the five marked tones (huyền, sắc, hỏi, ngã, nặng).
TONE_MARKS = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
_TONE_BY_NUMBER = {v: k for k, v in TONE_MARKS.items()}
_VOWELS = set("aăâeêioôơuưy")
_MARKED_VOWELS = set("ăâêôơư")
#: Onsets written with a vowel letter: the u of "qu" and the i of "gi" are
#: not part of the rhyme ("quá", "già").
_ONSET = re.compile(r"^(ngh|ng|gh|gi|qu|ch|kh|nh|ph|th|tr|[bcdđghklmnpqrstvx])?")
#: The rhymes a Vietnamese syllable can end in.
_SYLLABLE = re.compile(
    r"^(ngh|ng|gh|gi|qu|ch|kh|nh|ph|th|tr|[bcdđghklmnpqrstvx])?"
    r"(?:"
    # rhymes ending in a vowel or glide, longest first
    r"(?:uyê|uya|uyu|oai|oay|oeo|uây|uôi|ươi|ươu|iêu|yêu|"
    r"ai|ao|au|âu|ay|ây|eo|êu|ia|iu|oa|oe|oi|ôi|ơi|ua|uâ|ui|uê|uơ|uy|ưa|ưi|ưu|[aăâeêioôơuưy])"
    # or a vowel group followed by a final consonant
    r"|(?:uyê|oă|oa|oe|uâ|uê|uô|uy|ươ|iê|yê|[aăâeêioôơuưy])(ch|ng|nh|[cmnpt])"
    r")$"
)


def split_tone(syllable: str) -> tuple[str, int]:
    """("hoà" → ("hoa", 1)): the base with vowel marks, and the tone 0–5."""
    tone = 0
    out = []
    for char in unicodedata.normalize("NFD", syllable):
        if char in TONE_MARKS:
            tone = TONE_MARKS[char]
        else:
            out.append(char)
    return unicodedata.normalize("NFC", "".join(out)), tone


def _tone_position(base: str) -> int | None:
    """Index in ``base`` (lower case) where the tone mark goes."""
    onset = _ONSET.match(base).group(0)
    if onset in ("gi", "qu") and len(base) > 2 and base[2] in _VOWELS:
        start = 2
    elif onset == "gi" and len(base) == 2:
        return 1  # "gì"
    else:
        start = len(onset)
    vowels = [i for i in range(start, len(base)) if base[i] in _VOWELS]
    if not vowels:
        return None
    first, last = vowels[0], vowels[-1]
    cluster = vowels[-1] + 1 - first
    for i in vowels:
        if base[i] in _MARKED_VOWELS:
            # "ươ": the tone goes on ơ.
            return i + 1 if base[i] == "ư" and i + 1 <= last and base[i + 1] == "ơ" else i
    has_coda = last + 1 < len(base)
    if has_coda or cluster == 1:
        return last
    if cluster == 3:
        return first + 1
    return first  # open "oa", "oe", "uy": "hòa", "thủy", as most legal texts write them


@lru_cache(maxsize=65536)
def canonical(syllable: str) -> str:
    """The syllable with its tone mark where most legal texts put it."""
    lower = syllable.lower()
    base, tone = split_tone(lower)
    if tone == 0:
        return _restore_case(syllable, base)
    pos = _tone_position(base)
    if pos is None:
        return syllable
    marked = base[:pos] + unicodedata.normalize("NFC", base[pos] + _TONE_BY_NUMBER[tone]) + base[pos + 1:]
    return _restore_case(syllable, marked)


def _restore_case(template: str, text: str) -> str:
    if template.isupper() and len(template) > 1:
        return text.upper()
    if template[:1].isupper():
        return text[:1].upper() + text[1:]
    return text


def is_syllable(word: str) -> bool:
    """True for a well-formed Vietnamese syllable (any case, any tone)."""
    base, tone = split_tone(word.lower())
    m = _SYLLABLE.match(base)
    if not m:
        return False
    coda = m.group(2) or ""
    # Stop codas (c ch p t) take only the sắc and nặng tones.
    return not (coda in ("c", "ch", "p", "t") and tone not in (2, 5))
