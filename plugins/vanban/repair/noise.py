"""Damage correct text the way scanners and careless typing do.

Used to measure repair on text whose truth is known, and to give the
synthetic corpus its share of damaged documents. ``strip_diacritics``
removes every mark (typing without diacritics); ``ocr_damage`` imitates
OCR of Vietnamese print: most tone marks lost, marked vowels read as other
glyphs (ơ → "6"/"d"/"é", ư → "ir"/"tr"/"w", ă → "i"), Đ read as P or B,
l as 1, a few letters dropped.
"""

from __future__ import annotations

import random
import unicodedata

from vanban.text.letters import fold
from vanban.text.syllables import split_tone

#: base letter → (replacement, weight) pairs for a letter whose tone was lost.
_GLYPHS = {
    "ơ": [("o", 6), ("6", 2), ("d", 2), ("é", 2), ("e", 1)],
    "ô": [("o", 7), ("6", 2), ("d", 1), ("é", 1), ("0", 1)],
    "ư": [("u", 7), ("ir", 1), ("tr", 1), ("w", 1), ("y", 1)],
    "ă": [("a", 6), ("i", 2), ("e", 1), ("â", 1)],
    "â": [("a", 7), ("e", 1), ("i", 1), ("d", 1)],
    "ê": [("e", 5), ("é", 3), ("¢", 1), ("€", 1)],
    "đ": [("d", 8), ("p", 1), ("b", 1)],
    "Đ": [("D", 5), ("P", 3), ("B", 2)],
    "u": [("u", 30), ("ii", 1), ("ti", 1)],
    "l": [("l", 40), ("1", 1)],
    "i": [("i", 40), ("j", 1)],
    "o": [("o", 40), ("0", 1)],
}


def strip_diacritics(text: str) -> str:
    """"Đảng ủy" → "Dang uy": what typing without diacritics leaves."""
    out = []
    for char in text:
        base = fold(char)
        out.append(base.upper() if char.isupper() else base)
    return "".join(out)


def _pick(rng: random.Random, options: list[tuple[str, int]]) -> str:
    total = sum(w for _, w in options)
    r = rng.uniform(0, total)
    for text, weight in options:
        r -= weight
        if r <= 0:
            return text
    return options[-1][0]


def _damage_word(word: str, rng: random.Random, severity: float) -> str:
    base, tone = split_tone(word)
    if tone and rng.random() > 0.85 * severity + (1 - severity):
        return word  # this word came through intact
    out = []
    for char in base:
        lower = char.lower()
        key = char if char == "Đ" else lower
        if key in _GLYPHS and (key not in "uilo" or rng.random() < severity):
            glyph = _pick(rng, _GLYPHS[key])
            out.append(glyph.upper() if char.isupper() and glyph.isalpha() and key != "Đ" else glyph)
        else:
            out.append(char)
    damaged = "".join(out)
    if tone and rng.random() < 0.15:
        damaged = _accent_one_vowel(damaged, rng)
    if len(damaged) > 3 and rng.random() < 0.02 * severity:
        i = rng.randrange(1, len(damaged))
        damaged = damaged[:i] + damaged[i + 1:]
    return damaged


def _accent_one_vowel(word: str, rng: random.Random) -> str:
    """OCR often keeps an acute: "Tuyén", "hién"."""
    vowels = [i for i, c in enumerate(word) if c in "aeo"]
    if not vowels:
        return word
    i = rng.choice(vowels)
    return word[:i] + unicodedata.normalize("NFC", word[i] + "\u0301") + word[i + 1:]


def ocr_damage(text: str, seed: int = 0, severity: float = 1.0) -> str:
    """Damage ``text`` as OCR of a printed page would, reproducibly."""
    rng = random.Random(seed)
    out, word = [], []
    for char in text + "\0":
        if char.isalpha():
            word.append(char)
            continue
        if word:
            out.append(_damage_word("".join(word), rng, severity))
            word = []
        if char != "\0":
            out.append(char)
    return "".join(out)
