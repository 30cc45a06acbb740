"""Restore OCR-damaged and unaccented text to correct Vietnamese.

A noisy-channel decoder: for every damaged word, ``channel`` proposes the
syllables that could have printed as it, each with a cost; a trigram
language model (``lm``) scores sequences; Viterbi picks the best sequence
for the whole text at once, so "cia Ban Thuong vu" becomes "của Ban Thường
vụ" by context. Numbers, codes ("26-CT/TU", "UBND") and punctuation are
never changed. Each changed word keeps its offsets in the original and a
confidence, so pages can show what was repaired and what is still unsure.

Detection comes first: clean text is never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from vanban.text.letters import VIETNAMESE_ONLY, fold
from vanban.text.places import levels_of, units
from vanban.text.shapes import MIXED_CASE_CODES, fix_code_segments
from vanban.text.syllables import canonical, is_syllable
from vanban.text.vocabulary import UNIT_WORDS

from .channel import Candidate, Channel
from .detect import line_is_clean, needs_repair
from .lm import BOUNDARY, NUMBER, UNK, LanguageModel, default_model, lm_tokens

CODE = -1  #: slot marker: a number or code, kept as printed
GLUED = -2  #: slot marker: "số" printed glued to its number
CHEAP_CHANNEL = 0.35  #: an all-capitals word this close to a syllable is a word

#: Longer texts are published unrepaired (a directive is 5–60 KB; a file this
#: long is several documents, or not a document).
MAX_CHARS = 400_000

CHANNEL_WEIGHT = 15.0  #: nats per unit of channel cost
TRUST_PRINTED = 1.5  #: bonus for a word printed as a full syllable with Vietnamese-only letters
TRUST_ACCENTED = 1.0  #: bonus for one printed with only Latin-1 accents ("khéo")
MAX_CANDIDATES = 14
PRIOR_BEAM = 9.0  #: nats: a choice this much less likely on its own is dropped
LOW_CONFIDENCE = 2.0  #: margin (nats) under which a repaired word is marked unsure


@dataclass
class Change:
    """One word the repair changed, and how sure it is."""
    start: int  #: offset in the original text
    end: int
    original: str
    replacement: str
    confident: bool = True


@dataclass
class Repair:
    """Repaired text, with what changed."""
    text: str
    changes: list[Change] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def uncertain(self, context_words: int = 3) -> list[dict]:
        """Low-confidence repairs with the repaired words around them, so a
        page can find and mark each one in text that was re-wrapped since."""
        out = []
        shift = 0
        for change in self.changes:
            start = change.start + shift
            shift += len(change.replacement) - (change.end - change.start)
            if change.confident:
                continue
            before = self.text[:start].split()[-context_words:]
            after = self.text[start + len(change.replacement):].split()[:context_words]
            out.append({"tu": change.replacement, "goc": change.original,
                        "truoc": " ".join(before), "sau": " ".join(after)})
        return out


# --- tokens ------------------------------------------------------------------

_CHUNK = re.compile(r"\S+")
#: Punctuation around a word; the symbols OCR prints for letters (@ & € ¢ § $ |)
#: belong to the word.
_LEAD = re.compile(r"^[^\w@&€¢§$|]+")
_TRAIL = re.compile(r"[^\w@&€¢§$|]+$")
_OCR_SYMBOLS = set("@&€¢§$|¥")
_VOWEL_LETTER = re.compile(r"[aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ]")


def _is_code(token: str, channel: Channel) -> bool:
    """Numbers, codes and abbreviations ("26-CT/TU", "KH", "UBND", "XIII")
    stand as printed: they are not Vietnamese words to restore."""
    if "/" in token or (re.search(r"\d", token) and "-" in token):
        return True
    if token in MIXED_CASE_CODES:
        return True  # "TTg", "CTr"
    if "-" in token and all(seg in MIXED_CASE_CODES or (seg.isalpha() and seg.isupper()) for seg in token.split("-")):
        return True  # "CD-TTg", "TB-VPCP": a ký hiệu's code without its number
    letters = [c for c in token if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        base = fold(token)
        if not _VOWEL_LETTER.search(base) or re.fullmatch(r"[IVXL]+", token):
            return True
        return len(letters) >= 4 and not any(c.cost <= CHEAP_CHANNEL for c in channel.candidates(token))
    return False


@dataclass
class Slot:
    """One position of the decoding lattice."""

    start: int
    end: int
    text: str
    fixed: int | None = None  #: model id when the slot is not decoded
    candidates: tuple[Candidate, ...] = ()
    known: str | None = None  #: the word it must be, in lower case (a place the list of units names)


#: "s6180-HD/BTGTU": the word "số" glued to the number after it.
_GLUED_SO = re.compile(r"^([Ss][6oô0ốóò])(?=\d{1,5}[-/])")


def _slots(text: str, spans: list[tuple[int, int]], channel: Channel) -> list[Slot]:
    slots: list[Slot] = []
    for line_start, line_end in spans:
        for m in _CHUNK.finditer(text, line_start, line_end):
            chunk, offset = m.group(0), m.start()
            lead = _LEAD.match(chunk)
            trail = _TRAIL.search(chunk)
            a = lead.end() if lead else 0
            b = trail.start() if trail and trail.start() > a else len(chunk)
            if a:
                slots.append(Slot(offset, offset + a, chunk[:a], BOUNDARY))
            core = chunk[a:b]
            glued = _GLUED_SO.match(core)
            if glued:
                slots.append(Slot(offset + a, offset + a + glued.end(), glued.group(0), GLUED))
                a += glued.end()
                core = core[glued.end():]
            for piece in re.finditer(r"[^:;,»«•]+|[:;,»«•]", core):
                start = offset + a + piece.start()
                slots += [_slot(start + part.start(), part.group(0), channel) for part in _unglued(piece.group(0))]
            if b < len(chunk):
                slots.append(Slot(offset + b, offset + len(chunk), chunk[b:], BOUNDARY))
    return slots


#: A word printed glued to a number ("thang12", "nam2025", "12thang"): two or
#: more digits, so OCR's digits for letters inside a word ("th6ng") stay in it.
_WORD_NUMBER = re.compile(r"^([^\W\d_]{2,})(\d{2,})$|^(\d{2,})([^\W\d_]{2,})$")


def _unglued(token: str) -> list[re.Match]:
    """The word and the number of a token that glued them, else the token."""
    if _WORD_NUMBER.match(token):
        return list(re.finditer(r"\d+|\D+", token))
    return [re.match(r".+", token, re.S)]


def _slot(start: int, token: str, channel: Channel) -> Slot:
    end = start + len(token)
    if token in ":;,»«•":
        return Slot(start, end, token, BOUNDARY)
    if token.isdigit():
        return Slot(start, end, token, NUMBER)
    if _is_code(token, channel) or re.fullmatch(r"[|Il1]{1,4}", token):  # also "|." for "I."
        return Slot(start, end, token, CODE)
    if not any(c.isalpha() or c in _OCR_SYMBOLS for c in token):
        return Slot(start, end, token, UNK)
    return Slot(start, end, token)


# --- places ------------------------------------------------------------------

_UNIT_SLOTS = {tuple(key.split()): spelled for key, spelled in UNIT_WORDS.items()}
_PLACE_WORDS = 3  #: a place's name has at most this many syllables ("Bà Rịa - Vũng Tàu" is cut at its dash)


def spell_places(text: str, slots: list[Slot]) -> None:
    """A place named after its unit word ("tinh Dak Lak", "xa Tri Phuong")
    that the list of administrative units holds, marks aside, exactly once
    is spelled as the list writes it: its syllables are taken, not guessed
    ("Dak Lak" would decode as "Đã Làm")."""
    for i in range(len(slots)):
        for unit, spelled in _UNIT_SLOTS.items():
            if _words_at(text, slots, i, len(unit)) == unit:
                _spell_after(text, slots, i, unit, spelled)


def _spell_after(text: str, slots: list[Slot], i: int, unit: tuple[str, ...], spelled: str) -> None:
    after = i + len(unit)
    for n in range(_PLACE_WORDS, 0, -1):
        words = _words_at(text, slots, after, n)
        if not words or not all(slots[k].text[:1].isupper() for k in range(after, after + n)):
            continue  # a place is written with capitals: "phường chủ động" names no ward "Chũ"
        name = _only_spelling(" ".join(words), levels_of(spelled))
        if name and len(name.split()) == n:
            for k, word in zip(range(i, after + n), spelled.split() + name.split()):
                slots[k].known = word.lower()
            return


def _only_spelling(folded: str, levels: tuple[int, ...]) -> str | None:
    """The one way the list writes the units so folded at these levels, if one."""
    table = units()
    spellings = {name for level in levels for name in table[level].get(folded, ())}
    return spellings.pop() if len(spellings) == 1 else None


def _words_at(text: str, slots: list[Slot], i: int, n: int) -> tuple[str, ...]:
    """The folded words of slots i … i+n-1 when they are n words one space apart, else ()."""
    if i + n > len(slots):
        return ()
    run = slots[i:i + n]
    if any(s.fixed is not None or not s.text.isalpha() for s in run):
        return ()
    if any(text[a.end:b.start] != " " for a, b in zip(run, run[1:])):
        return ()
    return tuple(fold(s.text).lower() for s in run)


# --- decoding ----------------------------------------------------------------

class Decoder:
    """Restores diacritics and OCR damage: candidates from the channel model,
    chosen by the language model (Viterbi over trigrams)."""
    def __init__(self, lm: LanguageModel | None = None):
        self.lm = lm or default_model()
        self.channel_syllables = [w for w in self.lm.vocab[3:] if is_syllable(w)]
        self.channel = Channel(self.channel_syllables)
        self._word_options: dict[str, tuple] = {}

    def options(self, slot: Slot) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """(model ids, scores, surface forms) of a word slot's choices."""
        if slot.fixed is not None:
            return np.array([slot.fixed]), np.zeros(1), [slot.text]
        if slot.known:
            return np.array([self.lm.id(slot.known)]), np.zeros(1), [slot.known]
        found = self._word_options.get(slot.text)
        if found is None:
            found = self._word_options[slot.text] = self._options_for(slot.text)
        return found

    def _options_for(self, text: str) -> tuple[np.ndarray, np.ndarray, list[str]]:
        candidates = self.channel.candidates(text)
        if not candidates:
            return np.array([UNK]), np.zeros(1), [text]
        printed = canonical(text.lower())
        # A word printed as a whole syllable with its marks is likely right;
        # more so when it has a letter only Vietnamese uses (OCR's é may be ê).
        trust = 0.0
        if is_syllable(printed) and printed != fold(printed):
            trust = TRUST_PRINTED if any(c in VIETNAMESE_ONLY for c in text) else TRUST_ACCENTED
        words = [c.syllable for c in candidates]
        ids = np.fromiter((self.lm.id(w) for w in words), dtype=np.int64, count=len(words))
        scores = -CHANNEL_WEIGHT * np.fromiter((c.cost for c in candidates), dtype=np.float64, count=len(words))
        if trust:
            scores = scores + np.array([trust if w == printed else 0.0 for w in words])
        prior = scores + self.lm.unigram[ids]
        best = np.argsort(-(scores + 0.3 * self.lm.unigram[ids]), kind="stable")[:MAX_CANDIDATES]
        best = best[prior[best] >= prior.max() - PRIOR_BEAM]  # hopeless choices only cost time
        return ids[best], scores[best], [words[i] for i in best]

    def decode(self, slots: list[Slot]) -> tuple[list[str], list[float]]:
        """Best surface form and confidence margin for every slot."""
        positions, first = [], []
        for slot in slots:
            first.append(len(positions))
            positions.extend(self.positions(slot))
        words, margins = self._viterbi(positions)
        return [words[i] for i in first], [margins[i] for i in first]

    def positions(self, slot: Slot) -> list[tuple[np.ndarray, np.ndarray, list[str]]]:
        """A slot's lattice positions: a code takes as many as the model saw
        ("18-KH/TU" as "<n> kh tu"), so the words around it are judged right."""
        if slot.fixed == GLUED:
            return [(np.array([self.lm.id("số")]), np.zeros(1), ["số"])]
        if slot.fixed != CODE:
            return [self.options(slot)]
        ids = [self.lm.id(t) for t in lm_tokens(slot.text)] or [UNK]
        return [(np.array([i]), np.zeros(1), [slot.text]) for i in ids]

    def _viterbi(self, positions) -> tuple[list[str], list[float]]:
        slots = positions
        lattice = [(np.array([BOUNDARY]), np.zeros(1), ["<s>"])] * 2 + positions
        ids = [position[0] for position in lattice]
        # All trigram scores the lattice can need, looked up in one batch.
        shapes, keys = [], []
        for i in range(2, len(lattice)):
            a, b, c = np.meshgrid(ids[i - 2], ids[i - 1], ids[i], indexing="ij")
            shapes.append(a.shape)
            keys.append((a.ravel(), b.ravel(), c.ravel()))
        flat = self.lm.score(*(np.concatenate([k[j] for k in keys]) for j in range(3))) if keys else np.zeros(0)
        tri, pos = [], 0
        for shape in shapes:
            size = int(np.prod(shape))
            tri.append(flat[pos:pos + size].reshape(shape))
            pos += size
        # Viterbi over (previous, current) states.
        state = np.zeros((1, 1))
        back = []
        for i, t in enumerate(tri):
            chan = lattice[i + 2][1]
            total = state[:, :, None] + t  # (a, b, c)
            back.append(total.argmax(axis=0))
            state = total.max(axis=0) + chan[None, :]
        b, c = np.unravel_index(int(state.argmax()), state.shape)
        path = [c, b]
        for i in range(len(back) - 1, 1, -1):
            a = back[i][path[-1], path[-2]]
            path.append(a)
        path = path[::-1][-len(slots):] if slots else []
        words = [lattice[i + 2][2][k] for i, k in enumerate(path)]
        margins = self._margins(lattice[2:], tri, path)
        return words, margins

    @staticmethod
    def _margins(lattice, tri, path) -> list[float]:
        """How much worse the best other choice is, neighbours kept as chosen.

        ``tri[i][a, b, c]`` scores slot i's choice c after choices a, b of
        slots i-2, i-1 (index 0 before the start).
        """
        n = len(path)

        def p(k: int) -> int:
            return int(path[k]) if k >= 0 else 0

        margins = []
        for i in range(n):
            if len(lattice[i][0]) < 2:
                margins.append(float("inf"))
                continue
            scores = lattice[i][1] + tri[i][p(i - 2), p(i - 1), :]
            if i + 1 < n:
                scores = scores + tri[i + 1][p(i - 1), :, p(i + 1)]
            if i + 2 < n:
                scores = scores + tri[i + 2][:, p(i + 1), p(i + 2)]
            chosen = p(i)
            margins.append(float(scores[chosen] - np.delete(scores, chosen).max()))
        return margins


@lru_cache(maxsize=1)
def default_decoder() -> Decoder:
    """The decoder over the shipped model, loaded once per process."""
    return Decoder()


def repair_text(text: str, decoder: Decoder | None = None, force: bool = False) -> Repair:
    """Repair the damaged lines of ``text``; clean text comes back unchanged."""
    if not force and not needs_repair(text):
        return Repair(text)
    decoder = decoder or default_decoder()
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if force or not line_is_clean(m.group(0))]
    slots = _slots(text, spans, decoder.channel)
    spell_places(text, slots)
    words, margins = decoder.decode(slots)
    changes, out, last = [], [], 0
    for slot, word, margin in zip(slots, words, margins):
        if slot.fixed == CODE:
            surface = fix_code_segments(slot.text)  # "23-QB/TW" → "23-QĐ/TW"
        elif slot.fixed == GLUED:
            surface = _case_like(slot.text, "số") + " "
        elif slot.fixed is not None:
            attached = slot.start > 0 and text[slot.start - 1].isalpha()
            surface = _QUOTES.get(slot.text, slot.text) if attached else slot.text
        else:
            surface = _case_like(slot.text, word)
        if surface == slot.text:
            continue
        changes.append(Change(slot.start, slot.end, slot.text, surface, margin >= LOW_CONFIDENCE))
        out.append(text[last:slot.start] + surface)
        last = slot.end
    out.append(text[last:])
    return Repair(_tidy_numbers("".join(out)), changes)


def _tidy_numbers(text: str) -> str:
    """"Số:61 /KH-UBND" → "Số: 61/KH-UBND": the spacing OCR put in a number."""
    text = re.sub(r"(?m)^(\s*)(Số|SỐ)\s*:\s*(?=\d|/)", r"\1\2: ", text)
    return re.sub(r"(?<=\d) +/ *(?=[A-ZĐ])", "/", text)


#: Closing quotes OCR reads as other symbols ("khéo™").
_QUOTES = {"™": "”", "™.": "”.", "™,": "”,", "™;": "”;"}


def _case_like(printed: str, word: str) -> str:
    letters = [c for c in printed if c.isalpha()]
    if len(letters) > 1 and sum(c.isupper() for c in letters) >= 0.75 * len(letters):
        return word.upper()  # "PiCH": a capital word OCR read one letter of in lower case
    first = printed[:1]
    if first.isupper() or (first in "PB" and word.startswith("đ")):
        return word[:1].upper() + word[1:]
    return word
