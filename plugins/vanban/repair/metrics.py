"""Accuracy of restored text against a reference: syllables and characters.

Syllable accuracy is the share of reference syllables reproduced exactly,
after aligning the two syllable sequences (Levenshtein alignment);
character error rate is the character edit distance over the reference
length, whitespace collapsed. Both come case-folded and case-sensitive.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

_SYLLABLE = re.compile(r"[^\s.,;:!?()\"“”'…\-–/]+")


def syllables(text: str) -> list[str]:
    """Syllables of a text, for scoring."""
    return _SYLLABLE.findall(unicodedata.normalize("NFC", text))


def syllable_accuracy(hypothesis: str, reference: str, fold_case: bool = True) -> float:
    """Share of syllables right, aligned."""
    hyp, ref = syllables(hypothesis), syllables(reference)
    if fold_case:
        hyp, ref = [s.lower() for s in hyp], [s.lower() for s in ref]
    if not ref:
        return 1.0
    matched = sum(block.size for block in Levenshtein.opcodes(hyp, ref).as_matching_blocks())
    return matched / len(ref)


def character_error_rate(hypothesis: str, reference: str, fold_case: bool = True) -> float:
    """Edit distance over length."""
    hyp = " ".join(unicodedata.normalize("NFC", hypothesis).split())
    ref = " ".join(unicodedata.normalize("NFC", reference).split())
    if fold_case:
        hyp, ref = hyp.lower(), ref.lower()
    return Levenshtein.distance(hyp, ref) / max(1, len(ref))


@dataclass
class Score:
    """Accuracy figures of one repaired text."""
    syllables_folded: float
    syllables_exact: float
    cer_folded: float
    cer_exact: float

    def __str__(self) -> str:
        return (f"syllables {self.syllables_folded:.2%} (case-sensitive {self.syllables_exact:.2%}), "
                f"CER {self.cer_folded:.2%} (case-sensitive {self.cer_exact:.2%})")


def score(hypothesis: str, reference: str) -> Score:
    """Score a repaired text against the truth."""
    return Score(syllable_accuracy(hypothesis, reference), syllable_accuracy(hypothesis, reference, False),
                 character_error_rate(hypothesis, reference), character_error_rate(hypothesis, reference, False))
