"""The OCR channel: which Vietnamese syllables could have printed as a token.

OCR of Vietnamese loses most diacritics and reads marked letters as other
glyphs: ư as "ir", "tr", "w"; ơ/ô as "6", "d", "é"; ă/â as "i", "e"; Đ as
"P" or "B"; ã as "3" or "4"; l as "1". A token is compared with the
unmarked skeleton of each syllable by a weighted edit distance whose cheap
operations are these glyph confusions; the diacritics themselves cost
almost nothing, because the language model, not the page, decides them.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from vanban.text.letters import fold

#: (printed, meant) pairs of letters a scanner confuses, meant as folded letters.
_CONFUSIONS = {
    "o": "d6092§¢eaq&", "a": "d@43eio&", "u": "wiyt@ivga", "d": "pbo", "e": "&€¢oa", "i": "jl1|ty!",
    "l": "1i|I", "y": "vu¥", "c": "e", "s": "586$", "n": "r", "h": "b", "g": "q", "q": "g",
}
CHEAP = 0.35  #: a known confusion
DEFAULT = 1.0  #: any other substitution, insertion or deletion
#: Glyph pairs OCR prints for one marked vowel ("chirc", "chtrc" for chức,
#: "ciia", "ctia" for của): either letter of such a pair may be extra.
_SPLIT_PAIRS = {"ir", "tr", "ti", "ii", "il", "rf", "fl"}


def _drop_cost(printed: str, i: int) -> float:
    """Cost of deleting printed[i]: cheap for a glyph of a split pair, or a
    letter printed with a mark (a mark read as a letter of its own)."""
    char = printed[i]
    if i > 0 and char.isupper():
        return CHEAP
    pair_before = printed[i - 1:i + 1].lower() if i > 0 else ""
    pair_after = printed[i:i + 2].lower()
    return CHEAP if pair_before in _SPLIT_PAIRS or pair_after in _SPLIT_PAIRS else DEFAULT
MAX_DISTANCE = 2.0
MAX_FORMS = 80  #: unmarked forms compared in full per token


MARKED_CHEAP = 0.45  #: a printed mark makes its own base letter likelier


def _sub_cost(printed: str, meant: str) -> float:
    marked = printed.isupper()
    printed = printed.lower()
    if printed == meant:
        return 0.0
    if printed in _CONFUSIONS.get(meant, ""):
        return MARKED_CHEAP if marked else CHEAP
    return DEFAULT


def skeleton(token: str) -> str:
    """Lower case, diacritics off, OCR symbols kept: what the DP compares.

    A letter printed with a mark comes out in capitals ("Déan" → "dEan"): a
    marked vowel OCR split into two glyphs leaves such an extra letter.
    """
    out = []
    for char in token.lower():
        base = fold(char)
        if not base.isalpha():
            out.append(char)
        else:
            out.append(base.upper() if base != char and char != "đ" else base)
    return "".join(out)


_GUESS = str.maketrans({"6": "o", "0": "o", "9": "o", "§": "o", "@": "u", "3": "a", "4": "a", "1": "l",
                        "&": "e", "€": "e", "¢": "e", "|": "i", "!": "i", "$": "s", "5": "s", "8": "s",
                        "¥": "y", "®": "o"})


def guess(token: str) -> str:
    """The skeleton with every OCR symbol read as its likeliest letter."""
    return skeleton(token).lower().translate(_GUESS)


#: Two glyphs OCR prints for one letter: ư/ủ as "ii", "ir", "tr", "ti"; m as "rn".
_PAIR_FOR = {"ii": "u", "ir": "u", "tr": "u", "ti": "u", "il": "u", "rn": "m", "cl": "d"}
PAIR = 0.25


def weighted_distance(printed: str, meant: str) -> float:
    """Edit distance from the printed skeleton to a syllable's folded form."""
    n, m = len(printed), len(meant)
    rows = [[j * DEFAULT for j in range(m + 1)]]
    for i in range(1, n + 1):
        prev = rows[-1]
        cur = [prev[0] + DEFAULT] + [0.0] * m
        p = printed[i - 1]
        drop = _drop_cost(printed, i - 1)
        pair = _PAIR_FOR.get(printed[i - 2:i].lower()) if i >= 2 else None
        for j in range(1, m + 1):
            best = min(prev[j] + drop, cur[j - 1] + DEFAULT, prev[j - 1] + _sub_cost(p, meant[j - 1]))
            if pair == meant[j - 1]:
                best = min(best, rows[-2][j - 1] + PAIR)
            cur[j] = best
        rows.append(cur)
    return rows[-1][m]


@dataclass(frozen=True)
class Candidate:
    """A syllable the printed token may stand for, with its channel cost."""
    syllable: str  #: lower case, canonical tone placement
    cost: float  #: channel cost, ≥ 0; lower is likelier


class Channel:
    """Candidates for printed tokens over a syllable inventory."""

    def __init__(self, syllables: list[str], max_edits: int = 2):
        self.max_edits = max_edits  #: plain edits allowed before the weighted comparison
        self.by_form: dict[str, list[str]] = {}
        for s in syllables:
            self.by_form.setdefault(fold(s), []).append(s)
        self.forms = sorted(self.by_form)

    # One index per process (the default decoder's), so the cache lives as long as it should.
    @lru_cache(maxsize=200_000)  # noqa: B019
    def candidates(self, token: str) -> tuple[Candidate, ...]:
        printed = skeleton(token)
        rough = guess(token)
        marked = _has_marks(token)
        found = []
        close = process.extract(rough, self.forms, scorer=Levenshtein.distance,
                                score_cutoff=self.max_edits if len(rough) > 2 else 1,
                                limit=MAX_FORMS if self.max_edits <= 2 else None)
        for form, _, _ in close:
            cost = weighted_distance(printed, form)
            if cost > MAX_DISTANCE + (self.max_edits - 2):
                continue
            for s in self.by_form[form]:
                found.append(Candidate(s, cost + _mark_penalty(marked, s)))
        return tuple(sorted(found, key=lambda c: c.cost))


def _has_marks(token: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", token.lower()) if c != "\u0303") \
        or any(c in "đ" for c in token.lower())


def _mark_penalty(printed_marked: bool, syllable: str) -> float:
    """A mark OCR did print is weak evidence the syllable has one."""
    if not printed_marked:
        return 0.0
    has = syllable != fold(syllable)
    return 0.0 if has else 0.25
